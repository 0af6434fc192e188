# ruff: noqa: E501
"""Frozen schema steps. Never edit a released step: add a migration."""

SCHEMA_V1 = """
CREATE TABLE "person" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "hetu" VARCHAR(255) NOT NULL, "birth_date" DATE, "kemi_resident" INTEGER NOT NULL, "tmt_days" INTEGER, "partial_work_ability" INTEGER NOT NULL, "work_ability_note" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL);
CREATE UNIQUE INDEX "person_uuid" ON "person" ("uuid");
CREATE INDEX "person_last_name" ON "person" ("last_name");
CREATE INDEX "person_archived" ON "person" ("archived");
CREATE TABLE "association" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(255) NOT NULL, "employer_type" VARCHAR(255) NOT NULL, "business_id" VARCHAR(255) NOT NULL, "association_number" VARCHAR(255) NOT NULL, "business_activity" INTEGER NOT NULL, "street" VARCHAR(255) NOT NULL, "postcode" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "iban" VARCHAR(255) NOT NULL, "bic" VARCHAR(255) NOT NULL, "contact_name" VARCHAR(255) NOT NULL, "contact_phone" VARCHAR(255) NOT NULL, "contact_email" VARCHAR(255) NOT NULL, "supervisor_name" VARCHAR(255) NOT NULL, "supervision_competence" INTEGER NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL);
CREATE UNIQUE INDEX "association_uuid" ON "association" ("uuid");
CREATE INDEX "association_business_id" ON "association" ("business_id");
CREATE INDEX "association_archived" ON "association" ("archived");
CREATE TABLE "placement" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "person_id" INTEGER NOT NULL, "association_id" INTEGER NOT NULL, "job_title" VARCHAR(255) NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, "actual_end_date" DATE, "hours_per_week" TEXT NOT NULL, "monthly_wage_cents" INTEGER NOT NULL, "wage_costs_cents" INTEGER, "supervisor_name" VARCHAR(255) NOT NULL, "job_coach" VARCHAR(255) NOT NULL, "end_reason" VARCHAR(255) NOT NULL, "pt_authority" VARCHAR(255) NOT NULL, "pt_decision_number" VARCHAR(255) NOT NULL, "pt_decision_date" DATE, "pt_percent" INTEGER, "pt_start" DATE, "pt_end" DATE, "pt_monthly_cents" INTEGER, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person" ("id"), FOREIGN KEY ("association_id") REFERENCES "association" ("id"));
CREATE UNIQUE INDEX "placement_uuid" ON "placement" ("uuid");
CREATE INDEX "placement_person_id" ON "placement" ("person_id");
CREATE INDEX "placement_association_id" ON "placement" ("association_id");
CREATE INDEX "placement_start_date" ON "placement" ("start_date");
CREATE INDEX "placement_archived" ON "placement" ("archived");
CREATE TABLE "application" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "placement_id" INTEGER NOT NULL, "received_on" DATE NOT NULL, "pt_decision_attached" INTEGER NOT NULL, "contract_attached" INTEGER NOT NULL, "requested_monthly_cents" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "justification" TEXT NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL, FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"));
CREATE UNIQUE INDEX "application_uuid" ON "application" ("uuid");
CREATE INDEX "application_placement_id" ON "application" ("placement_id");
CREATE INDEX "application_status" ON "application" ("status");
CREATE TABLE "appropriation" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "year" INTEGER NOT NULL, "amount_cents" INTEGER NOT NULL, "notes" TEXT NOT NULL);
CREATE UNIQUE INDEX "appropriation_uuid" ON "appropriation" ("uuid");
CREATE UNIQUE INDEX "appropriation_year" ON "appropriation" ("year");
CREATE TABLE "app_setting" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "key" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL);
CREATE UNIQUE INDEX "app_setting_uuid" ON "app_setting" ("uuid");
CREATE UNIQUE INDEX "app_setting_key" ON "app_setting" ("key");
CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "os_user" VARCHAR(255) NOT NULL, "entity" VARCHAR(255) NOT NULL, "entity_id" INTEGER NOT NULL, "entity_uuid" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL);
CREATE INDEX "audit_log_at" ON "audit_log" ("at");
CREATE INDEX "audit_log_entity_entity_id" ON "audit_log" ("entity", "entity_id");
CREATE TABLE "decision" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "number" VARCHAR(255), "year" INTEGER, "seq" INTEGER, "decision_type" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "placement_id" INTEGER NOT NULL, "association_id" INTEGER NOT NULL, "application_id" INTEGER, "parent_id" INTEGER, "decision_date" DATE NOT NULL, "decided_by_name" VARCHAR(255) NOT NULL, "decided_by_title" VARCHAR(255) NOT NULL, "monthly_amount_cents" INTEGER NOT NULL, "period_start" DATE, "period_end" DATE, "total_cents" INTEGER NOT NULL, "cost_centre" VARCHAR(255) NOT NULL, "reasons" TEXT NOT NULL, "conditions" TEXT NOT NULL, "appropriation_override" INTEGER NOT NULL, "override_justification" TEXT NOT NULL, "notification_method" VARCHAR(255) NOT NULL, "sent_on" DATE, "notified_on" DATE, "appeal_deadline" DATE, "rules_json" TEXT NOT NULL, "archived" INTEGER NOT NULL, FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"), FOREIGN KEY ("association_id") REFERENCES "association" ("id"), FOREIGN KEY ("application_id") REFERENCES "application" ("id"), FOREIGN KEY ("parent_id") REFERENCES "decision" ("id"));
CREATE UNIQUE INDEX "decision_uuid" ON "decision" ("uuid");
CREATE UNIQUE INDEX "decision_number" ON "decision" ("number");
CREATE INDEX "decision_decision_type" ON "decision" ("decision_type");
CREATE INDEX "decision_status" ON "decision" ("status");
CREATE INDEX "decision_placement_id" ON "decision" ("placement_id");
CREATE INDEX "decision_association_id" ON "decision" ("association_id");
CREATE INDEX "decision_application_id" ON "decision" ("application_id");
CREATE INDEX "decision_parent_id" ON "decision" ("parent_id");
CREATE INDEX "decision_decision_date" ON "decision" ("decision_date");
CREATE TABLE "decision_series" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "prefix" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "last_seq" INTEGER NOT NULL);
CREATE UNIQUE INDEX "decision_series_uuid" ON "decision_series" ("uuid");
CREATE UNIQUE INDEX "decision_series_prefix_year" ON "decision_series" ("prefix", "year");
CREATE TABLE "de_minimis_aid" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "association_id" INTEGER NOT NULL, "granted_on" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, "grantor" VARCHAR(255) NOT NULL, FOREIGN KEY ("association_id") REFERENCES "association" ("id"));
CREATE UNIQUE INDEX "de_minimis_aid_uuid" ON "de_minimis_aid" ("uuid");
CREATE INDEX "de_minimis_aid_association_id" ON "de_minimis_aid" ("association_id");
CREATE TABLE "followup" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "placement_id" INTEGER NOT NULL, "followup_type" VARCHAR(255) NOT NULL, "held_on" DATE NOT NULL, "participants" TEXT NOT NULL, "job_coach_present" INTEGER NOT NULL, "goals" TEXT NOT NULL, "progress" TEXT NOT NULL, "support_given" TEXT NOT NULL, "training" TEXT NOT NULL, "job_search_support" TEXT NOT NULL, "trial_visit" TEXT NOT NULL, "absences" TEXT NOT NULL, "end_assessment" TEXT NOT NULL, "next_step" VARCHAR(255) NOT NULL, "signed" INTEGER NOT NULL, "signed_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"));
CREATE UNIQUE INDEX "followup_uuid" ON "followup" ("uuid");
CREATE INDEX "followup_placement_id" ON "followup" ("placement_id");
CREATE TABLE "outcome" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "placement_id" INTEGER NOT NULL, "checkpoint" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "recorded_on" DATE NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"));
CREATE UNIQUE INDEX "outcome_uuid" ON "outcome" ("uuid");
CREATE INDEX "outcome_placement_id" ON "outcome" ("placement_id");
CREATE UNIQUE INDEX "outcome_placement_id_checkpoint" ON "outcome" ("placement_id", "checkpoint");
CREATE TABLE "payment_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "created_on" DATE NOT NULL, "title" VARCHAR(255) NOT NULL, "paid_on" DATE);
CREATE UNIQUE INDEX "payment_batch_uuid" ON "payment_batch" ("uuid");
CREATE TABLE "payment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "decision_id" INTEGER NOT NULL, "period_index" INTEGER NOT NULL, "period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "eligible_days" INTEGER NOT NULL, "total_days" INTEGER NOT NULL, "amount_cents" INTEGER NOT NULL, "claim_due" DATE NOT NULL, "status" VARCHAR(255) NOT NULL, "claim_received_on" DATE, "payslip_received" INTEGER NOT NULL, "proof_received" INTEGER NOT NULL, "held_reason" TEXT NOT NULL, "approved_on" DATE, "batch_id" INTEGER, "paid_on" DATE, "reference" VARCHAR(255) NOT NULL, FOREIGN KEY ("decision_id") REFERENCES "decision" ("id"), FOREIGN KEY ("batch_id") REFERENCES "payment_batch" ("id"));
CREATE UNIQUE INDEX "payment_uuid" ON "payment" ("uuid");
CREATE INDEX "payment_decision_id" ON "payment" ("decision_id");
CREATE INDEX "payment_status" ON "payment" ("status");
CREATE INDEX "payment_batch_id" ON "payment" ("batch_id");
CREATE UNIQUE INDEX "payment_decision_id_period_index" ON "payment" ("decision_id", "period_index");
CREATE TABLE "rule_version" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "valid_from" DATE NOT NULL, "valid_to" DATE, "overrides_json" TEXT NOT NULL, "note" TEXT NOT NULL);
CREATE UNIQUE INDEX "rule_version_uuid" ON "rule_version" ("uuid");
"""

SCHEMA_V2_RINGS = """
CREATE TABLE "employer_ring" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(255) NOT NULL, "coordinator" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL);
CREATE UNIQUE INDEX "employer_ring_uuid" ON "employer_ring" ("uuid");
CREATE TABLE "ring_member" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "ring_id" INTEGER NOT NULL, "association_id" INTEGER NOT NULL, "hours_per_week" TEXT NOT NULL, FOREIGN KEY ("ring_id") REFERENCES "employer_ring" ("id") ON DELETE CASCADE, FOREIGN KEY ("association_id") REFERENCES "association" ("id"));
CREATE UNIQUE INDEX "ring_member_uuid" ON "ring_member" ("uuid");
CREATE INDEX "ring_member_ring_id" ON "ring_member" ("ring_id");
CREATE INDEX "ring_member_association_id" ON "ring_member" ("association_id");
CREATE UNIQUE INDEX "ring_member_ring_id_association_id" ON "ring_member" ("ring_id", "association_id");
ALTER TABLE "placement" ADD COLUMN "ring_id" INTEGER REFERENCES "employer_ring" ("id");
CREATE INDEX "placement_ring_id" ON "placement" ("ring_id");
"""

# Indexes for the sums the rules make on every decision and approval (the year's committed
# money, the year's paid money) and for the HETU lookup of the duplicate check; without them
# each of those reads every decision or payment of every year.
SCHEMA_V4_INDEXES = """
CREATE INDEX "decision_year_decision_type" ON "decision" ("year", "decision_type");
CREATE INDEX "payment_status_paid_on" ON "payment" ("status", "paid_on");
CREATE INDEX "person_hetu_archived" ON "person" ("hetu", "archived");
"""

# The follow-up form's new fields (issue 11): the employee's own assessment, the next talk's
# date, and the new employer, start date and contract type that the employment bonus needs.
SCHEMA_V5_FOLLOWUP_FIELDS = """
ALTER TABLE "followup" ADD COLUMN "own_assessment" TEXT NOT NULL DEFAULT '';
ALTER TABLE "followup" ADD COLUMN "next_meeting_on" DATE;
ALTER TABLE "followup" ADD COLUMN "new_employer" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "followup" ADD COLUMN "new_job_start" DATE;
ALTER TABLE "followup" ADD COLUMN "new_contract_type" VARCHAR(255) NOT NULL DEFAULT '';
"""

# Other de minimis aid a company declares: what the aid was for (the granting body, date and
# amount were there from the start; the form under a company now writes them).
SCHEMA_V6_DE_MINIMIS_DESCRIPTION = """
ALTER TABLE "de_minimis_aid" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';
"""

# Employer trainings (työnantaja- ja esimiesvalmennukset) with their themes, registrations and
# attendance, and the supervision sessions (työnohjaus) of the associations (issue 19). The
# first themes are a starting list; the office adds its own.
SCHEMA_V8_TRAININGS = """
CREATE TABLE "training_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(255) NOT NULL, "archived" INTEGER NOT NULL);
CREATE UNIQUE INDEX "training_theme_uuid" ON "training_theme" ("uuid");
CREATE TABLE "training" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "theme_id" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "held_on" DATE NOT NULL, "start_time" VARCHAR(255) NOT NULL, "end_time" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "remote_link" VARCHAR(255) NOT NULL, "trainer" VARCHAR(255) NOT NULL, "capacity" INTEGER, "target" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "feedback_useful" INTEGER NOT NULL, "feedback_partly" INTEGER NOT NULL, "feedback_not" INTEGER NOT NULL, "archived" INTEGER NOT NULL, FOREIGN KEY ("theme_id") REFERENCES "training_theme" ("id"));
CREATE UNIQUE INDEX "training_uuid" ON "training" ("uuid");
CREATE INDEX "training_theme_id" ON "training" ("theme_id");
CREATE INDEX "training_held_on" ON "training" ("held_on");
CREATE TABLE "training_registration" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "training_id" INTEGER NOT NULL, "association_id" INTEGER NOT NULL, "person_id" INTEGER, "name" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "attended" INTEGER NOT NULL, FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE CASCADE, FOREIGN KEY ("association_id") REFERENCES "association" ("id"), FOREIGN KEY ("person_id") REFERENCES "person" ("id"));
CREATE UNIQUE INDEX "training_registration_uuid" ON "training_registration" ("uuid");
CREATE INDEX "training_registration_training_id" ON "training_registration" ("training_id");
CREATE INDEX "training_registration_association_id" ON "training_registration" ("association_id");
CREATE INDEX "training_registration_person_id" ON "training_registration" ("person_id");
CREATE TABLE "supervision_session" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "association_id" INTEGER NOT NULL, "held_on" DATE NOT NULL, "supervisor" VARCHAR(255) NOT NULL, "participants" INTEGER NOT NULL, "hours" TEXT NOT NULL, "cost_cents" INTEGER NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("association_id") REFERENCES "association" ("id"));
CREATE UNIQUE INDEX "supervision_session_uuid" ON "supervision_session" ("uuid");
CREATE INDEX "supervision_session_association_id" ON "supervision_session" ("association_id");
CREATE INDEX "supervision_session_held_on" ON "supervision_session" ("held_on");
INSERT INTO "training_theme" ("uuid", "created_at", "updated_at", "name", "archived") VALUES (lower(hex(randomblob(16))), datetime('now'), datetime('now'), 'Rekrytointiosaaminen', 0);
INSERT INTO "training_theme" ("uuid", "created_at", "updated_at", "name", "archived") VALUES (lower(hex(randomblob(16))), datetime('now'), datetime('now'), 'Osatyökykyisen työntekijän tukipalvelut', 0);
INSERT INTO "training_theme" ("uuid", "created_at", "updated_at", "name", "archived") VALUES (lower(hex(randomblob(16))), datetime('now'), datetime('now'), 'Perehdytys ja työnopastus', 0);
INSERT INTO "training_theme" ("uuid", "created_at", "updated_at", "name", "archived") VALUES (lower(hex(randomblob(16))), datetime('now'), datetime('now'), 'Esihenkilötyö ja työhyvinvointi', 0);
"""

# Transfer agreements (issue 19, siirtosopimus): an agreement of the association, a receiving
# employer and the employee under one placement.
SCHEMA_V7_TRANSFER_AGREEMENTS = """
CREATE TABLE "transfer_agreement" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "placement_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "receiving_name" VARCHAR(255) NOT NULL, "receiving_business_id" VARCHAR(255) NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, "tasks" TEXT NOT NULL, "hours_per_week" TEXT NOT NULL, "contact_name" VARCHAR(255) NOT NULL, "contact_phone" VARCHAR(255) NOT NULL, "contact_email" VARCHAR(255) NOT NULL, "payment_cents" INTEGER, "payment_terms" VARCHAR(255) NOT NULL, "coach_part" TEXT NOT NULL, "signed_on" DATE, "ended_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"));
CREATE UNIQUE INDEX "transfer_agreement_uuid" ON "transfer_agreement" ("uuid");
CREATE INDEX "transfer_agreement_placement_id" ON "transfer_agreement" ("placement_id");
CREATE INDEX "transfer_agreement_status" ON "transfer_agreement" ("status");
"""

# Step 9: the audit log records the database user (issue 12). On the local file it is the
# OS user, given by services.common.audit; rows from before the step keep ''.
SCHEMA_V9_AUDIT_DB_USER = """
ALTER TABLE "audit_log" ADD COLUMN "db_user" VARCHAR(255) NOT NULL DEFAULT '';
"""

# Recruitment needs, job seekers and employer rings (issue 16): the survey rounds and their
# answers, the people seeking work, the rings' lead employer and the members' part of the job,
# and the ring proposals the officer accepted or rejected.
SCHEMA_V10_RINGS_AND_NEEDS = """
ALTER TABLE "employer_ring" ADD COLUMN "lead_id" INTEGER REFERENCES "association" ("id");
CREATE INDEX "employer_ring_lead_id" ON "employer_ring" ("lead_id");
ALTER TABLE "ring_member" ADD COLUMN "tasks" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ring_member" ADD COLUMN "supervisor_name" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "ring_member" ADD COLUMN "weekdays" VARCHAR(255) NOT NULL DEFAULT '';
CREATE TABLE "survey_round" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "year" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "opened_on" DATE NOT NULL, "closes_on" DATE, "notes" TEXT NOT NULL);
CREATE UNIQUE INDEX "survey_round_uuid" ON "survey_round" ("uuid");
CREATE INDEX "survey_round_year" ON "survey_round" ("year");
CREATE TABLE "recruitment_need" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "survey_round_id" INTEGER, "association_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "tasks" TEXT NOT NULL, "hours_per_week" TEXT NOT NULL, "start_date" DATE, "end_date" DATE, "skills" TEXT NOT NULL, "supervisor_name" VARCHAR(255) NOT NULL, "supervision_capacity" INTEGER NOT NULL, "street" VARCHAR(255) NOT NULL, "postcode" VARCHAR(255) NOT NULL, "area" VARCHAR(255) NOT NULL, "suits_partial_ability" INTEGER NOT NULL, "contact_name" VARCHAR(255) NOT NULL, "contact_phone" VARCHAR(255) NOT NULL, "contact_email" VARCHAR(255) NOT NULL, "answered_on" DATE, "placement_id" INTEGER, "ring_id" INTEGER, "notes" TEXT NOT NULL, FOREIGN KEY ("survey_round_id") REFERENCES "survey_round" ("id"), FOREIGN KEY ("association_id") REFERENCES "association" ("id"), FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"), FOREIGN KEY ("ring_id") REFERENCES "employer_ring" ("id"));
CREATE UNIQUE INDEX "recruitment_need_uuid" ON "recruitment_need" ("uuid");
CREATE INDEX "recruitment_need_survey_round_id" ON "recruitment_need" ("survey_round_id");
CREATE INDEX "recruitment_need_association_id" ON "recruitment_need" ("association_id");
CREATE INDEX "recruitment_need_status" ON "recruitment_need" ("status");
CREATE INDEX "recruitment_need_placement_id" ON "recruitment_need" ("placement_id");
CREATE INDEX "recruitment_need_ring_id" ON "recruitment_need" ("ring_id");
CREATE TABLE "job_seeker" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "person_id" INTEGER NOT NULL, "active" INTEGER NOT NULL, "interests" TEXT NOT NULL, "skills" TEXT NOT NULL, "hours_min" TEXT NOT NULL, "hours_max" TEXT NOT NULL, "restrictions" TEXT NOT NULL, "available_from" DATE, "area" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person" ("id"));
CREATE UNIQUE INDEX "job_seeker_uuid" ON "job_seeker" ("uuid");
CREATE UNIQUE INDEX "job_seeker_person_id" ON "job_seeker" ("person_id");
CREATE INDEX "job_seeker_active" ON "job_seeker" ("active");
CREATE TABLE "ring_proposal" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "need_key" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "decided_on" DATE NOT NULL, "ring_id" INTEGER, FOREIGN KEY ("ring_id") REFERENCES "employer_ring" ("id"));
CREATE UNIQUE INDEX "ring_proposal_uuid" ON "ring_proposal" ("uuid");
CREATE UNIQUE INDEX "ring_proposal_need_key" ON "ring_proposal" ("need_key");
CREATE INDEX "ring_proposal_ring_id" ON "ring_proposal" ("ring_id");
"""

# Step 13: job coaches as records, their visit log; the placements' free-text coach names
# become coach records (one per distinct trimmed name) linked by "coach_id", and the text
# column goes (SQLite 3.35+ drops a column in place). PostgreSQL: PG_SCHEMA_V13_COACHES.
SCHEMA_V13_COACHES = """
CREATE TABLE "job_coach" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL);
CREATE UNIQUE INDEX "job_coach_uuid" ON "job_coach" ("uuid");
CREATE TABLE "coach_visit" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "coach_id" INTEGER NOT NULL, "placement_id" INTEGER NOT NULL, "visited_on" DATE NOT NULL, "kind" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("coach_id") REFERENCES "job_coach" ("id"), FOREIGN KEY ("placement_id") REFERENCES "placement" ("id"));
CREATE UNIQUE INDEX "coach_visit_uuid" ON "coach_visit" ("uuid");
CREATE INDEX "coach_visit_coach_id" ON "coach_visit" ("coach_id");
CREATE INDEX "coach_visit_placement_id" ON "coach_visit" ("placement_id");
CREATE INDEX "coach_visit_visited_on" ON "coach_visit" ("visited_on");
ALTER TABLE "placement" ADD COLUMN "coach_id" INTEGER REFERENCES "job_coach" ("id");
CREATE INDEX "placement_coach_id" ON "placement" ("coach_id");
INSERT INTO "job_coach" ("uuid", "created_at", "updated_at", "name", "phone", "email", "active") SELECT lower(hex(randomblob(16))), datetime('now'), datetime('now'), "name", '', '', 1 FROM (SELECT DISTINCT trim("job_coach") AS "name" FROM "placement" WHERE trim("job_coach") <> '') ORDER BY "name";
UPDATE "placement" SET "coach_id" = (SELECT "job_coach"."id" FROM "job_coach" WHERE "job_coach"."name" = trim("placement"."job_coach")) WHERE trim("job_coach") <> '';
ALTER TABLE "placement" DROP COLUMN "job_coach";
"""

# Step 12: the lists' and the overview's reads through an index (issue #15): the ids of the
# placements and decisions lists in their order without reading the rows, the payments in
# period order, the placements that end (or whose palkkatuki ends) in a window of days and
# the outcomes that earn a bonus, the grants running now; ANALYZE so that the planner knows the new indexes.
SCHEMA_V12_LIST_INDEXES = """
CREATE INDEX "placement_archived_start_date_id" ON "placement" ("archived", "start_date", "id");
CREATE INDEX "decision_archived_decision_date_id" ON "decision" ("archived", "decision_date", "id");
CREATE INDEX "payment_period_start_id" ON "payment" ("period_start", "id");
CREATE INDEX "payment_status_period_start" ON "payment" ("status", "period_start");
CREATE INDEX "placement_end_date" ON "placement" ("end_date");
CREATE INDEX "placement_actual_end_date" ON "placement" ("actual_end_date");
CREATE INDEX "placement_pt_end" ON "placement" ("pt_end");
CREATE INDEX "outcome_status" ON "outcome" ("status");
CREATE INDEX "decision_period_end" ON "decision" ("period_end");
ANALYZE;
"""

# Step 15: the overview built from indexes alone (issue #15): a decision row (with its rules)
# is about 1 kB, so the year's committed money and its amendments, the grants running in a
# period, whether a placement has a grant, the year's paid money and the outcomes that earn a
# bonus are read from covering indexes; each replaces a narrower index with the same leading
# columns (decision type, placement, year, parent; payment status and day paid; outcome
# status). The long name is peewee's (cut at 64 characters with a hash).
SCHEMA_V15_OVERVIEW_INDEXES = """
DROP INDEX "decision_decision_type";
DROP INDEX "decision_placement_id";
DROP INDEX "decision_year_decision_type";
DROP INDEX "decision_parent_id";
DROP INDEX "payment_status_paid_on";
DROP INDEX "outcome_status";
CREATE INDEX "decision_year_decision_type_status_total_cents" ON "decision" ("year", "decision_type", "status", "total_cents");
CREATE INDEX "decision_parent_id_decision_type_status_total_cents" ON "decision" ("parent_id", "decision_type", "status", "total_cents");
CREATE INDEX "decision_decision_type_period_end_status_period_start_pl_ddf61fa" ON "decision" ("decision_type", "period_end", "status", "period_start", "placement_id", "association_id");
CREATE INDEX "decision_placement_id_decision_type_status_period_end" ON "decision" ("placement_id", "decision_type", "status", "period_end");
CREATE INDEX "payment_status_paid_on_amount_cents" ON "payment" ("status", "paid_on", "amount_cents");
CREATE INDEX "outcome_status_placement_id" ON "outcome" ("status", "placement_id");
ANALYZE;
"""

# Step 19: the associations' list counts each one's placements and those running today
# (issue #15): read from a covering index of the placement's association and dates (about
# 70 → 16 ms at 40 000 placements) instead of 40 000 placement rows. It replaces the index on
# the association alone, which is its leading column.
SCHEMA_V19_PLACEMENT_COUNT_INDEX = """
DROP INDEX "placement_association_id";
CREATE INDEX "placement_association_id_start_date_end_date_actual_end_date" ON "placement" ("association_id", "start_date", "end_date", "actual_end_date");
ANALYZE;
"""

# Step 22: the overview's held payments and claims to check (issue #15) read from covering
# indexes in the order shown (claim date, id): the payment's columns from the first, its
# decision's number and employer from the second, instead of a payment row and a decision row
# (about 1 kB) per line and a sort (5 586 held payments: about 39 → 17 ms of SQLite). The
# outcome checks' placements (ended in the last 240 days, with their person and employer)
# from an index of the actual end that also holds those columns; it replaces the index on the
# actual end alone, its leading column (6 650 rows: about 64 → 32 ms of SQLite).
SCHEMA_V22_OVERVIEW_INDEXES = """
CREATE INDEX "payment_status_claim_received_on_id_decision_id_period_s_ef4ea4b" ON "payment" ("status", "claim_received_on", "id", "decision_id", "period_start", "period_end", "held_reason");
CREATE INDEX "decision_id_number_association_id" ON "decision" ("id", "number", "association_id");
DROP INDEX "placement_actual_end_date";
CREATE INDEX "placement_actual_end_date_archived_end_date_person_id_as_9b1f314" ON "placement" ("actual_end_date", "archived", "end_date", "person_id", "association_id");
ANALYZE;
"""

# Step 26: linear growth from 40 000 to 160 000 placements (issue #15). At 160 000 the
# placement table (39 MB) no longer fits the 16 MB page cache, so every placement row read at
# random costs a read of the file. The overview's placements without a coach come from an
# index that holds the columns it reads, in its order (it walked every running placement's
# row: 35 -> 7 ms of SQLite at 40 000, 149 -> 36 ms at 160 000). A placement read by id for
# its person, employer, state and dates (a decision's or a payment's line, the overview's
# running grants, unsent decisions and bonus proposals) comes from an index of those columns
# instead of the row. The money paid of each decision on the Päätökset list is summed from
# an index of (decision, status, amount) instead of each payment's row (the list's pages,
# CPU: about 520 -> 350 ms at 40 000, 2 700 -> 1 550 ms at 160 000).
SCHEMA_V26_GROWTH_INDEXES = """
CREATE INDEX "placement_coach_id_archived_start_date_id_end_date_actua_a3a7991" ON "placement" ("coach_id", "archived", "start_date", "id", "end_date", "actual_end_date", "person_id", "association_id");
CREATE INDEX "placement_id_person_id_association_id_archived_actual_en_4364b23" ON "placement" ("id", "person_id", "association_id", "archived", "actual_end_date", "end_date");
CREATE INDEX "payment_decision_id_status_amount_cents" ON "payment" ("decision_id", "status", "amount_cents");
ANALYZE;
"""

# Step 27: growth from 40 000 to 160 000 placements (issue #15). The overview's unsent decisions
# come from a partial index of the decided (not yet sent) ones alone, holding the columns the
# overview shows, instead of the status index and each unsent decision's row (about 1 kB; 798
# of 35 910 decisions at 40 000 placements). The two others replace an index with the same
# leading columns, one column wider (no index more for the inserts). A line of the Maksut list
# (and of `kemidesk list payments`) finds its decision's placement in the index of the
# decision's number and employer instead of the decision's row. The Maksut list's recently
# paid keys come from the index of (status, day paid, amount) with the period start added,
# instead of each paid payment's row.
SCHEMA_V27_GROWTH_INDEXES = """
CREATE INDEX "decision_unsent" ON "decision" ("status", "decision_date", "id", "number", "decision_type", "association_id", "placement_id") WHERE ("status" = 'decided');
DROP INDEX "decision_id_number_association_id";
CREATE INDEX "decision_id_number_association_id_placement_id" ON "decision" ("id", "number", "association_id", "placement_id");
DROP INDEX "payment_status_paid_on_amount_cents";
CREATE INDEX "payment_status_paid_on_amount_cents_period_start" ON "payment" ("status", "paid_on", "amount_cents", "period_start");
ANALYZE;
"""
