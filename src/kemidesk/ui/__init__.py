"""The PySide6 desktop interface. The only layer that imports Qt; it reads and writes data
through `kemidesk.services` and validates forms live with `kemidesk.domain.validation`."""

from kemidesk.ui.compat import scan_sources_quickly

scan_sources_quickly()  # before the modules of the window are imported; see ui.compat
