"""How tests/data/schema_v1.sqlite3 was made (kept for the record; the file is committed).

It is a database as the first release (schema version 1) wrote it, with a little data, so
that the migration test starts from a real old file rather than from today's code.
"""

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "src"))
from kemidesk.db.schema_sql import SCHEMA_V1

target = Path(__file__).with_name("schema_v1.sqlite3")
target.unlink(missing_ok=True)
conn = sqlite3.connect(target)
conn.executescript(SCHEMA_V1)
now = "2025-01-02 10:00:00"
conn.executescript(f"""
INSERT INTO association (uuid, created_at, updated_at, name, employer_type, business_id,
  association_number, business_activity, street, postcode, city, iban, bic, contact_name,
  contact_phone, contact_email, supervisor_name, supervision_competence, notes, archived)
VALUES ('a1', '{now}', '{now}', 'Vanha Yhdistys ry', 'association', '0737546-2', '', 0, '',
  '94100', 'Kemi', '', '', '', '', '', '', 1, '', 0),
       ('a2', '{now}', '{now}', 'Toinen Säätiö sr', 'foundation', '1572860-0', '', 0, '',
  '94100', 'Kemi', '', '', '', '', '', '', 1, '', 0);
INSERT INTO person (uuid, created_at, updated_at, first_name, last_name, hetu, birth_date,
  kemi_resident, tmt_days, partial_work_ability, work_ability_note, phone, email, notes, archived)
VALUES ('p1', '{now}', '{now}', 'Vanha', 'Henkilö', '', '1980-01-01', 1, 400, 0, '', '', '', '', 0);
INSERT INTO placement (uuid, created_at, updated_at, person_id, association_id, job_title,
  start_date, end_date, actual_end_date, hours_per_week, monthly_wage_cents, wage_costs_cents,
  supervisor_name, job_coach, end_reason, pt_authority, pt_decision_number, pt_decision_date,
  pt_percent, pt_start, pt_end, pt_monthly_cents, notes, archived)
VALUES ('pl1', '{now}', '{now}', 1, 1, 'avustaja', '2025-01-01', '2025-12-31', NULL, '30',
  180000, NULL, '', '', '', 'Lapin TE-toimisto', 'PT-1', '2024-12-20', 100, '2025-01-01',
  '2025-12-31', NULL, '', 0);
PRAGMA user_version = 1;
""")
conn.commit()
conn.execute("VACUUM")
conn.close()
print(target, target.stat().st_size)
