"""The newest schema version this program knows, without the migrations' imports (peewee,
the frozen schema texts): `kemidesk list` checks a file's version against it before
deciding whether the migrations are needed at all (db.reading). A new migration step raises
it; `db.migrations` asserts that it is the highest registered step."""

HEAD = 27
