"""The PySide6 desktop interface. The only layer that imports Qt; it reads and writes data
through `kemidesk.services` and validates forms live with `kemidesk.domain.validation`."""
