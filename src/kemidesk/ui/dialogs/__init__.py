"""Forms, detail views and the record opener."""
