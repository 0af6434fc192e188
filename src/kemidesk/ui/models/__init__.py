"""Qt item models over the frozen row dataclasses of the services."""
