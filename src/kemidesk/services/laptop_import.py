"""`server import-laptop`: a standalone laptop's SQLite database merged into the office database.

The laptop's file is never written: it is copied (SQLite's online backup, so a WAL file is
included), the copy is migrated to head and read whole; then everything is written in ONE
transaction of the office database (a failure leaves it as it was; `dry_run` rolls back).

- A record keeps its UUID; a UUID that the office has already is the same record (not
  written again): a second run of the same file adds nothing.
- People with the same HETU and associations with the same Y-tunnus that the office has under
  another UUID are joined: the laptop's rows that point at them point at the office's row,
  and the fields that differ are listed (the office's value stays). Training themes are
  joined by name, appropriations by year (the office's amount stays).
- Decision numbers: a decision that was sent (status sent, a sent date, or printed) keeps its
  number. When the office already has another decision with it, both are kept and the pair is
  listed for a person: the number column is unique, so the laptop's decision is stored as
  `KL-2026-004/2` (its year and running number stay those printed). A decision never sent
  keeps its number only where that fills a free place below the office's counter, otherwise
  it takes the next number from the office's counter (`services.numbering`), in the laptop's
  order. Every year's counter moves past the highest number imported. Payment batches (whose
  number is their id) the same way; a paid or printed batch counts as sent.
- The laptop's settings and rule versions are not imported over the office's: the
  differences are listed. The numbering counters are not imported (see above). Audit rows are
  history: imported, re-pointed at the office's ids; one already there is not repeated.
- A payment's bank reference is made of its decision's id: an open payment (not approved,
  in no batch) gets the reference of the office's id; an approved or paid one keeps its own.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from kemidesk.db.connection import database_proxy, is_server, write_transaction
from kemidesk.db.migrations import check_version, inspect_file, migrate
from kemidesk.db.models import (
    ALL_MODELS,
    Appropriation,
    AppSetting,
    Association,
    AuditLog,
    Decision,
    JobCoach,
    JobSeeker,
    PaymentBatch,
    Person,
    RuleVersionRow,
    TrainingTheme,
)
from kemidesk.domain.numbering import parse_decision_number
from kemidesk.domain.rings import need_key
from kemidesk.domain.types import DecisionStatus, PaymentStatus
from kemidesk.services.common import os_user
from kemidesk.services.decision_factory import payment_reference
from kemidesk.services.numbering import BATCH_SERIES, allocate_decision_number, lock_series

# The tables in the summary, in the order they are written (parents before children).
TABLE_LABELS: dict[str, str] = {
    "association": "järjestöt",
    "person": "henkilöt",
    "employer_ring": "työnantajaringit",
    "ring_member": "ringin jäsenet",
    "job_coach": "työhönvalmentajat",
    "placement": "työsuhteet",
    "application": "hakemukset",
    "decision": "päätökset",
    "payment_batch": "maksuerät",
    "payment": "maksut",
    "followup": "seurannat",
    "outcome": "jatkopolut",
    "appropriation": "määrärahat",
    "de_minimis_aid": "de minimis -tuet",
    "training_theme": "valmennusteemat",
    "training": "valmennukset",
    "training_registration": "valmennusten osallistujat",
    "supervision_session": "työnohjaukset",
    "transfer_agreement": "siirtosopimukset",
    "survey_round": "kartoituskierrokset",
    "recruitment_need": "rekrytointitarpeet",
    "job_seeker": "työnhakijat",
    "ring_proposal": "rinkiehdotukset",
    "coach_visit": "työhönvalmentajan käynnit",
    "audit_log": "muutoshistoria",
}
# Counters and settings stay the office's; a laptop's synchronisation bookkeeping (a copy's
# outbox, state, conflicts, a server's change log) is not data to merge.
NOT_IMPORTED = (
    "decision_series",
    "rule_version",
    "app_setting",
    "sync_state",
    "sync_outbox",
    "sync_conflict",
    "sync_change_log",
    "sync_applied",
    "sync_log_pruned",
)
_SKIP_COMPARE = {"id", "uuid", "created_at", "updated_at"}
CHUNK = 500


class LaptopImportError(Exception):
    """The laptop's file cannot be read (message in Finnish); nothing was written."""


@dataclass
class TableCount:
    table: str
    label: str
    new: int = 0
    existing: int = 0  # the same UUID (or audit row) is there already
    joined: int = 0  # same HETU / Y-tunnus / name / year under another UUID


@dataclass(frozen=True)
class Collision:
    """A sent decision or batch whose number the office already uses for another record."""

    kind: str  # "päätös" or "maksuerä"
    number: str  # the printed number
    laptop_uuid: str
    office_uuid: str
    stored_as: str  # what the laptop's record is stored as in the office


@dataclass(frozen=True)
class Renumbered:
    kind: str
    old: str
    new: str
    laptop_uuid: str


@dataclass(frozen=True)
class Difference:
    """A joined record (or a setting) whose value differs: the office's value stays."""

    table: str
    office_uuid: str
    field: str
    office_value: str
    laptop_value: str


@dataclass
class ImportResult:
    source: str
    laptop_version: int
    dry_run: bool
    counts: list[TableCount] = field(default_factory=list)
    collisions: list[Collision] = field(default_factory=list)
    renumbered: list[Renumbered] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    references_renewed: int = 0  # open payments' bank references made from the office's ids

    @property
    def new_total(self) -> int:
        return sum(c.new for c in self.counts)

    def count(self, table: str) -> TableCount:
        return next(c for c in self.counts if c.table == table)


# ------------------------------------------------------------------ reading the laptop


@dataclass
class _Laptop:
    version: int
    rows: dict[str, list[dict[str, Any]]]


def read_laptop(path: Path) -> _Laptop:
    """Every row of the laptop's database, read from a migrated temporary copy."""
    if not path.is_file():
        raise LaptopImportError(f"Tiedostoa {path} ei löydy.")
    version = inspect_file(path)  # read-only: foreign, damaged, newer → DatabaseFileError
    with tempfile.TemporaryDirectory(prefix="kemidesk-import-") as tmp:
        copy = Path(tmp) / "laptop.sqlite3"
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(copy)
            with target:
                source.backup(target)
            target.close()
        finally:
            source.close()
        db = peewee.SqliteDatabase(str(copy), pragmas={"foreign_keys": 1})
        db.connect()
        try:
            check_version(db)
            migrate(db, None, None)
            rows: dict[str, list[dict[str, Any]]] = {}
            with db.bind_ctx(ALL_MODELS, bind_refs=False, bind_backrefs=False):
                for model in ALL_MODELS:
                    rows[model._meta.table_name] = list(
                        model.select().order_by(model._meta.primary_key).dicts()
                    )
        finally:
            db.close()
    return _Laptop(version, rows)


# ------------------------------------------------------------------ the merge


class _DryRun(Exception):
    pass


def import_laptop(path: Path, dry_run: bool = False) -> ImportResult:
    """Merge the laptop's database at `path` into the open (office) database; see the module
    docstring. One transaction; `dry_run` computes the same result and rolls it back."""
    laptop = read_laptop(path)
    result = ImportResult(str(path), laptop.version, dry_run)
    try:
        with write_transaction():
            _Merge(laptop, result).run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        return result
    if result.new_total:
        database_proxy.obj.execute_sql("ANALYZE")  # statistics for the planner on the new rows
    return result


def _model(table: str) -> type[peewee.Model]:
    return next(m for m in ALL_MODELS if m._meta.table_name == table)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


class _Merge:
    def __init__(self, laptop: _Laptop, result: ImportResult) -> None:
        self.rows = laptop.rows
        self.result = result
        # table → laptop id → office id
        self.ids: dict[str, dict[int, int]] = defaultdict(dict)
        # table → laptop uuid → office uuid (differs only for joined records)
        self.uuids: dict[str, dict[str, str]] = defaultdict(dict)

    def run(self) -> None:
        for table, label in TABLE_LABELS.items():
            count = TableCount(table, label)
            self.result.counts.append(count)
            if table == "audit_log":
                self._audit(count)
            elif table == "decision":
                self._records(count, prepare=self._number_decisions)
            elif table == "payment_batch":
                self._records(count, prepare=self._number_batches)
            elif table == "payment":
                self._records(count, prepare=self._payment_references)
            elif table == "ring_proposal":
                self._records(count, prepare=self._proposal_keys)
            else:
                self._records(count, join=self._joiner(table))
        self._settings()
        if self.result.new_total:
            AuditLog.create(
                os_user=os_user(),
                entity="LaptopImport",
                entity_id=0,
                entity_uuid="",
                action="import_laptop",
                fields=",".join(c.table for c in self.result.counts if c.new),
            )

    # -- generic records

    def _records(
        self,
        count: TableCount,
        join: Callable[[list[dict[str, Any]]], dict[str, peewee.Model]] | None = None,
        prepare: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> None:
        model = _model(count.table)
        rows = self.rows[count.table]
        existing = self._office_ids(model, [r["uuid"] for r in rows])
        joined = join(rows) if join else {}
        fresh: list[dict[str, Any]] = []
        for row in rows:
            if row["uuid"] in existing:
                self.ids[count.table][row["id"]] = existing[row["uuid"]]
                self.uuids[count.table][row["uuid"]] = row["uuid"]
                count.existing += 1
            elif row["uuid"] in joined:
                office = joined[row["uuid"]]
                self.ids[count.table][row["id"]] = office.id
                self.uuids[count.table][row["uuid"]] = office.uuid
                self._differences(count.table, office, row)
                count.joined += 1
            else:
                fresh.append(row)
        if prepare:
            prepare(fresh)
        self._insert(model, fresh)
        count.new = len(fresh)

    def _office_ids(self, model: type[peewee.Model], uuids: list[str]) -> dict[str, int]:
        """UUID → office id of the given UUIDs that the office has."""
        table = model._meta.table_name
        if is_server():  # one array parameter: no statement with thousands of parameters
            cursor = database_proxy.obj.execute_sql(
                f'SELECT "uuid", "id" FROM "{table}" WHERE "uuid" = ANY(%s)', (uuids,)
            )
            return dict(cursor.fetchall())
        found: dict[str, int] = {}
        for start in range(0, len(uuids), CHUNK):
            chunk = uuids[start : start + CHUNK]
            query = model.select(model.uuid, model._meta.primary_key).where(model.uuid.in_(chunk))
            found.update(dict(query.tuples()))
        return found

    def _insert(self, model: type[peewee.Model], rows: list[dict[str, Any]]) -> None:
        """Write the new rows with their foreign keys re-pointed at the office's ids; the
        office gives them new ids (a payment batch keeps the id chosen for it). Rows that
        point at a row of their own table (a decision's parent) wait for it: written in
        generations, parents first."""
        table = model._meta.table_name
        fks = [f for f in model._meta.sorted_fields if isinstance(f, peewee.ForeignKeyField)]
        own = [f.name for f in fks if f.rel_model is model]
        keep_id = table == "payment_batch"
        pending = rows
        while pending:
            ready = [r for r in pending if all(self._known(table, r[name]) for name in own)]
            if not ready:
                raise LaptopImportError(
                    f"Taulun {table} rivit viittaavat toisiinsa kehässä; tuontia ei tehty."
                )
            waiting = [r for r in pending if not all(self._known(table, r[n]) for n in own)]
            out = []
            for row in ready:
                values = {
                    k: v for k, v in row.items() if k != "_laptop_id" and (keep_id or k != "id")
                }
                for fk in fks:
                    if row[fk.name] is not None:
                        values[fk.name] = self.ids[fk.rel_model._meta.table_name][row[fk.name]]
                out.append(values)
            write_rows(model, out)
            by_uuid = self._office_ids(model, [r["uuid"] for r in ready])
            for row in ready:
                self.ids[table][row.get("_laptop_id", row["id"])] = by_uuid[row["uuid"]]
                self.uuids[table][row["uuid"]] = row["uuid"]
            pending = waiting

    def _known(self, table: str, laptop_id: int | None) -> bool:
        return laptop_id is None or laptop_id in self.ids[table]

    # -- joins

    def _joiner(self, table: str) -> Callable[[list[dict[str, Any]]], dict[str, peewee.Model]]:
        keys: dict[str, tuple[type[peewee.Model], str]] = {
            "person": (Person, "hetu"),
            "association": (Association, "business_id"),
            "training_theme": (TrainingTheme, "name"),
            "appropriation": (Appropriation, "year"),
            "job_coach": (JobCoach, "name"),
        }
        if table == "job_seeker":
            return self._join_seekers
        if table not in keys:
            return lambda rows: {}
        model, key = keys[table]

        def join(rows: list[dict[str, Any]]) -> dict[str, peewee.Model]:
            wanted = {r[key] for r in rows if r[key] not in ("", None)}
            office: dict[Any, peewee.Model] = {}
            values = sorted(wanted, key=str)
            for start in range(0, len(values), CHUNK):
                query = (
                    model.select()
                    .where(getattr(model, key).in_(values[start : start + CHUNK]))
                    .order_by(model._meta.primary_key)
                )
                if model is Person or model is Association:
                    # a live record before an archived one
                    query = query.order_by(model.archived, model._meta.primary_key)
                for found in query:
                    office.setdefault(getattr(found, key), found)
            return {
                r["uuid"]: office[r[key]]
                for r in rows
                if r[key] in office and office[r[key]].uuid != r["uuid"]
            }

        return join

    def _join_seekers(self, rows: list[dict[str, Any]]) -> dict[str, peewee.Model]:
        """A person has one job-seeker record: a laptop's record of a person the office
        already has one for (the person joined by HETU) is that record."""
        people = {r["uuid"]: self.ids["person"].get(r["person"]) for r in rows}
        wanted = sorted({p for p in people.values() if p is not None})
        office: dict[int, peewee.Model] = {}
        for start in range(0, len(wanted), CHUNK):
            for found in JobSeeker.select().where(
                JobSeeker.person.in_(wanted[start : start + CHUNK])
            ):
                office[found.person_id] = found
        return {
            uuid: office[person]
            for uuid, person in people.items()
            if person in office and office[person].uuid != uuid
        }

    def _proposal_keys(self, rows: list[dict[str, Any]]) -> None:
        """A ring proposal is keyed by its needs' ids ("3,7,12"): the office's ids."""
        needs = self.ids["recruitment_need"]
        for r in rows:
            laptop_ids = [int(i) for i in str(r["need_key"]).split(",") if i]
            r["need_key"] = need_key(needs[i] for i in laptop_ids)

    def _differences(self, table: str, office: peewee.Model, row: dict[str, Any]) -> None:
        model = type(office)
        for f in model._meta.sorted_fields:
            if f.name in _SKIP_COMPARE or isinstance(f, peewee.ForeignKeyField):
                continue
            ours, theirs = getattr(office, f.name), row[f.name]
            if _text(ours) != _text(theirs):
                self.result.differences.append(
                    Difference(table, office.uuid, f.name, _text(ours), _text(theirs))
                )

    # -- numbers

    def _sent_uuids(self, entity: str) -> set[str]:
        return {
            r["entity_uuid"]
            for r in self.rows["audit_log"]
            if r["entity"] == entity and str(r["action"]).startswith(("print", "export"))
        }

    def _number_decisions(self, rows: list[dict[str, Any]]) -> None:
        printed = self._sent_uuids("Decision")
        numbered = [r for r in rows if r["number"]]
        taken = {
            n: u
            for start in range(0, len(numbered), CHUNK)
            for n, u in Decision.select(Decision.number, Decision.uuid)
            .where(Decision.number.in_([r["number"] for r in numbered[start : start + CHUNK]]))
            .tuples()
        }
        sent = [
            r
            for r in numbered
            if r["status"] == DecisionStatus.SENT
            or r["sent_on"] is not None
            or r["uuid"] in printed
        ]
        sent_uuids = {r["uuid"] for r in sent}
        counters = self._keep_sent_numbers(sent, taken)
        self._place_unsent([r for r in numbered if r["uuid"] not in sent_uuids], taken, counters)

    def _keep_sent_numbers(
        self, sent: list[dict[str, Any]], taken: dict[str, str]
    ) -> dict[tuple[str, int], int]:
        """Sent decisions keep their number (a collision is kept and listed); returns each
        series' counter, moved past the highest number kept."""
        high: dict[tuple[str, int], int] = {}
        for r in sent:
            prefix, year, seq = parse_decision_number(r["number"])
            high[(prefix, year)] = max(high.get((prefix, year), 0), seq)
            if r["number"] in taken:
                stored = self._collision_number(r["number"], taken)
                self.result.collisions.append(
                    Collision("päätös", r["number"], r["uuid"], taken[r["number"]], stored)
                )
                taken[stored] = r["uuid"]
                r["number"] = stored
            else:
                taken[r["number"]] = r["uuid"]
        counters: dict[tuple[str, int], int] = {}
        for (prefix, year), seq in high.items():
            series = lock_series(year, prefix)
            if seq > series.last_seq:
                series.last_seq = seq
                series.save()
            counters[(prefix, year)] = series.last_seq
        return counters

    def _place_unsent(
        self,
        unsent: list[dict[str, Any]],
        taken: dict[str, str],
        counters: dict[tuple[str, int], int],
    ) -> None:
        """A decision never sent keeps a free number below its series' counter, else takes
        the next number of the office's counter (in the laptop's order)."""
        later = []
        for r in unsent:
            prefix, year, seq = parse_decision_number(r["number"])
            if (prefix, year) not in counters:
                counters[(prefix, year)] = lock_series(year, prefix).last_seq
            if r["number"] not in taken and seq <= counters[(prefix, year)]:
                taken[r["number"]] = r["uuid"]
            else:
                later.append((r, prefix, year))
        for r, prefix, year in later:
            number, year, seq = allocate_decision_number(year, prefix)
            if number != r["number"]:
                self.result.renumbered.append(Renumbered("päätös", r["number"], number, r["uuid"]))
            r.update(number=number, year=year, seq=seq)
            taken[number] = r["uuid"]

    @staticmethod
    def _collision_number(number: str, taken: dict[str, str]) -> str:
        n = 2
        while f"{number}/{n}" in taken or Decision.get_or_none(Decision.number == f"{number}/{n}"):
            n += 1
        return f"{number}/{n}"

    def _number_batches(self, rows: list[dict[str, Any]]) -> None:
        printed = self._sent_uuids("PaymentBatch")
        taken = {
            i: u
            for i, u in PaymentBatch.select(PaymentBatch.id, PaymentBatch.uuid)
            .where(PaymentBatch.id.in_([r["id"] for r in rows]))
            .tuples()
        }
        series = lock_series(0, BATCH_SERIES)
        highest = PaymentBatch.select(peewee.fn.MAX(PaymentBatch.id)).scalar() or 0
        counter = max(series.last_seq, int(highest))
        sent = [r for r in rows if r["paid_on"] is not None or r["uuid"] in printed]
        sent_uuids = {r["uuid"] for r in sent}
        later: list[tuple[dict[str, Any], bool]] = []
        for r in sent:
            counter = max(counter, r["id"])
            if r["id"] in taken:
                later.append((r, True))
            else:
                taken[r["id"]] = r["uuid"]
        for r in rows:
            if r["uuid"] in sent_uuids:
                continue
            if r["id"] not in taken and r["id"] <= counter:
                taken[r["id"]] = r["uuid"]
            else:
                later.append((r, False))
        for r, collided in later:
            counter += 1
            old = f"ME-{r['id']}"
            if collided:
                self.result.collisions.append(
                    Collision("maksuerä", old, r["uuid"], taken[r["id"]], f"ME-{counter}")
                )
            elif r["id"] != counter:
                self.result.renumbered.append(
                    Renumbered("maksuerä", old, f"ME-{counter}", r["uuid"])
                )
            r["_laptop_id"] = r["id"]
            r["id"] = counter
            taken[counter] = r["uuid"]
        if counter > series.last_seq:
            series.last_seq = counter
            series.save()

    def _payment_references(self, rows: list[dict[str, Any]]) -> None:
        """The bank reference is made of the decision's id, which the office gives anew: a
        payment not yet approved (its reference not yet on a payment list) gets the
        reference of its decision's office id; an approved or paid one keeps the printed one."""
        open_states = (PaymentStatus.DUE, PaymentStatus.CLAIMED, PaymentStatus.HELD)
        for r in rows:
            if r["status"] in open_states and r["batch"] is None:
                new = payment_reference(self.ids["decision"][r["decision"]], r["period_index"])
                if new != r["reference"]:
                    r["reference"] = new
                    self.result.references_renewed += 1

    # -- history and settings

    def _audit(self, count: TableCount) -> None:
        rows = self.rows["audit_log"]
        if not rows:
            return
        entities = {m.__name__: m._meta.table_name for m in ALL_MODELS}
        start = min(r["at"] for r in rows)
        # a multiset: the same change twice in one second is two rows, and stays two
        seen = Counter(
            AuditLog.select(
                AuditLog.at,
                AuditLog.os_user,
                AuditLog.entity,
                AuditLog.entity_uuid,
                AuditLog.action,
                AuditLog.fields,
            )
            .where(AuditLog.at >= start)
            .tuples()
        )
        fresh = []
        for r in rows:
            table = entities.get(r["entity"])
            uuids, ids = (self.uuids[table], self.ids[table]) if table else ({}, {})
            office_uuid = uuids.get(r["entity_uuid"], r["entity_uuid"])
            key = (r["at"], r["os_user"], r["entity"], office_uuid, r["action"], r["fields"])
            if seen[key] > 0:
                seen[key] -= 1
                count.existing += 1
                continue
            values = {k: v for k, v in r.items() if k != "id"}
            values.update(entity_uuid=office_uuid, entity_id=ids.get(r["entity_id"], 0))
            fresh.append(values)
        write_rows(AuditLog, fresh)
        count.new = len(fresh)

    def _settings(self) -> None:
        office = {s.key: s.value for s in AppSetting.select()}
        for row in self.rows["app_setting"]:
            if office.get(row["key"], "") != row["value"]:
                self.result.differences.append(
                    Difference(
                        "app_setting", row["key"], "value", office.get(row["key"], ""), row["value"]
                    )
                )
        rules = {r.valid_from: r for r in RuleVersionRow.select()}
        for row in self.rows["rule_version"]:
            ours = rules.get(row["valid_from"])
            for name in ("valid_to", "overrides_json", "note"):
                mine = _text(getattr(ours, name)) if ours else ""
                if ours is None or mine != _text(row[name]):
                    self.result.differences.append(
                        Difference(
                            "rule_version", str(row["valid_from"]), name, mine, _text(row[name])
                        )
                    )
                    if ours is None:
                        break


def write_rows(model: type[peewee.Model], rows: list[dict[str, Any]]) -> None:
    """Insert rows (field name → value) in the open transaction. On the server through
    COPY (the values made by each field's db_value, as an INSERT would send them): a
    40 000-placement laptop is half a million rows."""
    if not rows:
        return
    if not is_server():
        for start in range(0, len(rows), CHUNK):
            model.insert_many(rows[start : start + CHUNK]).execute()
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    conn = database_proxy.obj.connection()
    with (
        conn.cursor() as cursor,
        cursor.copy(f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy,
    ):
        for row in rows:
            copy.write_row([f.db_value(row[f.name]) for f in fields])


def rows_for_report(result: ImportResult) -> Iterable[list[str]]:
    """The CSV report's rows: kind; table or kind; record; field or number; office; laptop."""
    yield ["laji", "taulu", "tunniste", "kenttä/numero", "toimisto", "kannettava"]
    for c in result.counts:
        yield [
            "määrä",
            c.table,
            "",
            "uusia/oli jo/yhdistetty",
            "",
            f"{c.new}/{c.existing}/{c.joined}",
        ]
    for k in result.collisions:
        yield ["numeropäällekkäisyys", k.kind, k.laptop_uuid, k.number, k.office_uuid, k.stored_as]
    for n in result.renumbered:
        yield ["uusi numero", n.kind, n.laptop_uuid, n.old, n.new, ""]
    for d in result.differences:
        yield ["ero", d.table, d.office_uuid, d.field, d.office_value, d.laptop_value]
