"""Errors of the persistence layer, with messages fit to show a user (Finnish)."""


class DatabaseFileError(Exception):
    """The database file is not usable: not SQLite, corrupt, or from a newer program."""


class SchemaTooNewError(DatabaseFileError):
    """The file was written by a newer kemidesk."""


class ServerConnectionError(DatabaseFileError):
    """The office database server cannot be reached or refuses the connection."""
