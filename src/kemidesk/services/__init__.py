"""Use cases. Each validates with domain/, writes in one transaction, appends to the audit log
and returns plain frozen row dataclasses. The UI calls only these, never the ORM."""
