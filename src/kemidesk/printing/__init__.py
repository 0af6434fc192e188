"""Printed documents: frozen dataclasses in, PDF bytes out.

- `documents`: the input dataclasses (built by services; money in cents, dates as dates).
- `decision.render_decision`, `followup.render_followup`, `payments.render_payment_list`.
- `base`: page templates, letterhead, "sivu X / Y" numbering; `fonts`: bundled DejaVu Sans.

Nothing is imported here, so that services can use `documents` without loading ReportLab.
"""
