"""Asetukset → Säännöt: the dated rule versions and the form that edits one.

The form is generated from `RULE_FIELDS`: every figure with its unit, the default and where
the default comes from. Published Kemi-lisä conditions (and the laws) are listed apart from
the program's own defaults, which nobody has published and the office should check. A
version stores only the figures that differ from the defaults; overlapping periods and bad
values are refused by `save_rule_version` and the message appears under the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import ValidationError
from kemidesk.domain.rule_fields import RULE_FIELDS, RuleField, coerce_value, display_value
from kemidesk.domain.rules import RuleSet, RuleVersion
from kemidesk.domain.types import Proration
from kemidesk.services import settings as service
from kemidesk.ui.context import UiContext
from kemidesk.ui.dialogs.form import ERROR_STYLE, FormDialog, FormField, _change_signal
from kemidesk.ui.errors import error_text
from kemidesk.ui.labels import enum_label
from kemidesk.ui.models.columns import Column, date_col, text_col
from kemidesk.ui.widgets.date_edit import DateField
from kemidesk.ui.widgets.fields import MoneyEdit
from kemidesk.ui.widgets.related_table import RelatedTable

RULES = "rules"  # bus kind
PUBLISHED_STYLE = "color: #1b5e20;"
PROGRAM_STYLE = "color: #8a5a00;"


@dataclass(frozen=True)
class VersionRow:
    """A rule version as the list shows it (`id` is its position in the list, from 1)."""

    id: int
    version: RuleVersion
    in_force: bool

    @property
    def valid_from(self) -> date:
        return self.version.valid_from

    @property
    def valid_to(self) -> date | None:
        return self.version.valid_to

    @property
    def changes(self) -> str:
        specs = {s.name: s for s in RULE_FIELDS}
        return ", ".join(
            f"{specs[name].label} {display_value(specs[name], coerce_value(specs[name], value))}"
            for name, value in sorted(self.version.overrides.items())
            if name in specs
        )


VERSION_COLUMNS: tuple[Column, ...] = (
    date_col(QT_TRANSLATE_NOOP("Columns", "Voimassa alkaen"), "valid_from", 12),
    date_col(QT_TRANSLATE_NOOP("Columns", "Voimassa asti"), "valid_to", 12),
    text_col(
        QT_TRANSLATE_NOOP("Columns", "Nyt voimassa"),
        lambda r: QCoreApplication.translate("Settings", "kyllä") if r.in_force else "",
        9,
    ),
    text_col(QT_TRANSLATE_NOOP("Columns", "Muutetut arvot"), "changes", 60),
    text_col(QT_TRANSLATE_NOOP("Columns", "Huomautus"), lambda r: r.version.note, 30),
)


def version_rows(today: date) -> list[VersionRow]:
    versions = service.list_rule_versions()
    return [VersionRow(i + 1, v, v.covers(today)) for i, v in enumerate(versions)]


# ---------------------------------------------------------------- the form


def rule_editor(spec: RuleField, parent: QWidget) -> QWidget:
    if spec.kind == "bool":
        return QCheckBox(parent)
    if spec.kind == "enum":
        combo = QComboBox(parent)
        for choice in Proration:
            combo.addItem(enum_label(choice), choice.value)
        return combo
    edit: QLineEdit = MoneyEdit(parent) if spec.kind == "cents" else QLineEdit(parent)
    edit.setMaxLength(60)
    if spec.kind in ("int", "decimal"):
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def editor_value(spec: RuleField, widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def set_editor_value(spec: RuleField, widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(Proration(value).value)))
    elif isinstance(widget, QLineEdit):
        widget.setText(display_value(spec, value))


class RuleVersionForm(FormDialog):
    help_page = "vuosikierto.html#saannot"  # F1: its page in the user guide
    kind = RULES
    new_title = QT_TRANSLATE_NOOP("Forms", "Uusi sääntöversio")
    edit_title = QT_TRANSLATE_NOOP("Forms", "Muokkaa sääntöversiota")

    def __init__(
        self,
        ctx: UiContext,
        record_id: int | None = None,
        parent: QWidget | None = None,
        version: RuleVersion | None = None,
    ) -> None:
        super().__init__(ctx, record_id if version is not None else None, parent)
        self.version = version
        self.defaults = RuleSet()
        self.rule_widgets: dict[str, QWidget] = {}
        self._build_validity()
        self._build_rules()
        self._load(version)
        self.resize(1120, 720)
        self.finish_building()

    def _build_validity(self) -> None:
        form = self.group(self.tr("Voimassaolo"), 0, 0)
        self.valid_from = DateField(self)
        self.valid_to = DateField(self, optional=True)
        self.note = self.line(200)
        self.note.setPlaceholderText(self.tr("esim. kaupunginhallituksen päätös 12.1.2027 § 5"))
        self.add_field(
            form, "valid_from", self.tr("Voimassa &alkaen"), self.valid_from, required=True
        )
        self.add_field(form, "valid_to", self.tr("Voimassa &asti"), self.valid_to)
        self.add_field(form, "note", self.tr("&Huomautus"), self.note)
        if self.version is not None:
            self.valid_from.setEnabled(False)
            self.valid_from.setToolTip(
                self.tr(
                    "Alkamispäivä yksilöi version. Jos sääntö muuttuu toisesta päivästä alkaen, "
                    "päätä tämä versio ja lisää uusi."
                )
            )

    def _build_rules(self) -> None:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        published = [s for s in RULE_FIELDS if s.published]
        defaults = [s for s in RULE_FIELDS if not s.published]
        box.addWidget(
            self._rule_group(
                self.tr("Julkaistut ehdot (Kemi-lisän ehdot ja lait)"),
                self.tr(
                    "Nämä luvut ovat kaupungin julkaisemia Kemi-lisän ehtoja tai lain "
                    "määräyksiä. Muuta niitä vain, kun ehdot tai laki muuttuvat."
                ),
                published,
                PUBLISHED_STYLE,
            )
        )
        box.addWidget(
            self._rule_group(
                self.tr("Ohjelman oletukset (ei julkaistuja ehtoja)"),
                self.tr(
                    "Näitä lukuja ei ole julkaistu; ne ovat ohjelman järkeviä oletuksia. "
                    "Tarkista ne ja muuta toimiston käytännön mukaisiksi."
                ),
                defaults,
                PROGRAM_STYLE,
            )
        )
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("rules_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.grid.addWidget(scroll, 1, 0)
        self.grid.setRowStretch(1, 1)

    def _rule_group(
        self, title: str, explanation: str, specs: list[RuleField], style: str
    ) -> QGroupBox:
        group = QGroupBox(title, self)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(12)
        intro = QLabel(explanation, group)
        intro.setWordWrap(True)
        intro.setStyleSheet(style)
        grid.addWidget(intro, 0, 0, 1, 5)
        for column, heading in enumerate(
            (self.tr("Sääntö"), self.tr("Arvo"), self.tr("Yksikkö"), self.tr("Oletus"))
        ):
            label = QLabel(f"<b>{heading}</b>", group)
            grid.addWidget(label, 1, column)
        grid.addWidget(QLabel(f"<b>{self.tr('Lähde')}</b>", group), 1, 4)
        for offset, spec in enumerate(specs):
            self._rule_row(grid, offset + 2, spec, style)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(4, 3)
        return group

    def _rule_row(self, grid: QGridLayout, row: int, spec: RuleField, style: str) -> None:
        widget = rule_editor(spec, self)
        widget.setObjectName(spec.name)
        self.rule_widgets[spec.name] = widget
        caption = QLabel(spec.label, self)
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        if spec.help:
            caption.setToolTip(spec.help)
            widget.setToolTip(spec.help)
        error = QLabel(self)
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(self)
        cell_box = QVBoxLayout(cell)
        cell_box.setContentsMargins(0, 0, 0, 0)
        cell_box.setSpacing(1)
        cell_box.addWidget(widget)
        cell_box.addWidget(error)
        default = QLabel(display_value(spec, getattr(self.defaults, spec.name)), self)
        default.setObjectName(f"default_{spec.name}")
        source = QLabel(spec.source, self)
        source.setStyleSheet(style)
        source.setWordWrap(True)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(cell, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(QLabel(spec.unit, self), row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(default, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(source, row, 4, Qt.AlignmentFlag.AlignTop)
        entry = FormField(spec.name, spec.label, widget, error, self._rule_check(spec, widget))
        self.fields[spec.name] = entry
        _change_signal(widget).connect(lambda *_a, f=entry: self._field_edited(f))

    def _rule_check(self, spec: RuleField, widget: QWidget) -> Callable[[], str | None]:
        def check() -> str | None:
            try:
                coerce_value(spec, editor_value(spec, widget))
            except ValidationError as exc:
                return error_text(exc)
            return None

        return check

    def _load(self, version: RuleVersion | None) -> None:
        if version is None:
            start = self.ctx.today()
            for existing in service.list_rule_versions():
                if existing.covers(start) and existing.valid_to is not None:
                    start = existing.valid_to + timedelta(days=1)
            self.valid_from.set_value(start)
            rules = service.rules_for(start)
        else:
            self.valid_from.set_value(version.valid_from)
            self.valid_to.set_value(version.valid_to)
            self.note.setText(version.note)
            rules = RuleSet().with_overrides(version.overrides)
        for spec in RULE_FIELDS:
            set_editor_value(spec, self.rule_widgets[spec.name], getattr(rules, spec.name))

    def cross_checks(self) -> dict[str, str]:
        start, end = self.valid_from.value(), self.valid_to.value()
        if start is not None and end is not None and end < start:
            return {"valid_to": self.tr("Päättymispäivä on ennen alkamispäivää.")}
        return {}

    def overrides(self) -> dict[str, Any]:
        """The figures that differ from the defaults (JSON-safe values)."""
        raw = {s.name: editor_value(s, self.rule_widgets[s.name]) for s in RULE_FIELDS}
        return RuleSet().with_overrides(raw).differences(self.defaults)

    def build_input(self) -> RuleVersion:
        return RuleVersion(
            valid_from=self.valid_from.value() or self.ctx.today(),
            valid_to=self.valid_to.value(),
            overrides=self.overrides(),
            note=self.note.text().strip(),
        )

    def submit(self, data: RuleVersion) -> VersionRow:
        saved = service.save_rule_version(data)
        versions = service.list_rule_versions()
        position = next(i for i, v in enumerate(versions) if v.valid_from == saved.valid_from)
        return VersionRow(position + 1, saved, saved.covers(self.ctx.today()))


# ---------------------------------------------------------------- the page


class RulesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = RelatedTable(VERSION_COLUMNS, self._edit_row, self)
        self.table.setObjectName("rule_versions")
        self.table.view.setToolTip(self.tr("Muokkaa versiota napsauttamalla"))
        intro = QLabel(
            self.tr(
                "Kemi-lisän säännöt ovat ohjelman oletuksia, ellei jokin sääntöversio ole "
                "voimassa. Versio muuttaa vain ne luvut, jotka poikkeavat oletuksista, ja on "
                "voimassa alkamispäivästään päättymispäiväänsä asti. Jokainen päätös tallentaa "
                "säännöt, joilla se tehtiin; uusi versio ei muuta tehtyjä päätöksiä."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("rules_status")
        self.new_button = QPushButton(self.tr("&Uusi sääntöversio…"), self)
        self.new_button.setObjectName("new_version")
        self.new_button.clicked.connect(lambda: self.new_version())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        ctx.bus.changed.connect(self._bus_changed)
        self.reload()

    def reload(self) -> None:
        rows = version_rows(self.ctx.today())
        self.table.set_rows(rows)
        current = next((r for r in rows if r.in_force), None)
        if current is None:
            text = self.tr("Nyt ovat voimassa ohjelman oletussäännöt (%1 sääntöversiota).")
        else:
            text = self.tr("Nyt on voimassa %2 alkanut sääntöversio (%1 sääntöversiota).").replace(
                "%2", format_date(current.valid_from)
            )
        self.status.setText(text.replace("%1", str(len(rows))))

    def _bus_changed(self, kind: str, _record_id: int) -> None:
        if kind == RULES:
            self.reload()

    def new_version(self) -> RuleVersionForm:
        form = RuleVersionForm(self.ctx, None, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def edit_version(self, row: VersionRow) -> RuleVersionForm:
        form = RuleVersionForm(self.ctx, row.id, self, version=row.version)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()
        return form

    def _edit_row(self, row: VersionRow) -> RuleVersionForm:
        return self.edit_version(row)
