"""Pure rules of the domain: no peewee, no Qt, no ReportLab. Most tests live here."""
