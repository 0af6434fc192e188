"""Persistence: peewee models over SQLite, the connection, migrations and backups."""
