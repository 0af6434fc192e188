"""The main window's tabs. Each is a `BaseTab`; list tabs are `RecordTab`s."""
