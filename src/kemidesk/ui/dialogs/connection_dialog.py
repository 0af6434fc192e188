"""Tiedosto → Tietokantayhteys…: the office server (server, port, database, user, password,
TLS) or the laptop's own file.

"Yhdistä" tests the connection first; a problem is shown next to its field in Finnish and
nothing is saved. When it works, the password goes to the operating system's credential
store (`keyring`), the URL without it to the settings file, and the window switches to the
new database at once (ui.connection). The saved connection is used at the next start unless
the command line or KEMIDESK_DATABASE names another database.
"""

from __future__ import annotations

import dataclasses
import getpass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kemidesk.ui import connection, messages
from kemidesk.ui.dialogs.form import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"
FIELDS = ("host", "port", "database", "user", "password", "tls")


class ConnectionDialog(QDialog):
    help_page = "palvelin.html"  # F1: its page in the user guide

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx  # type: ignore[attr-defined]
        self.setWindowTitle(self.tr("Tietokantayhteys"))
        self.local = QRadioButton(self.tr("&Oma tiedosto tällä koneella"), self)
        self.server = QRadioButton(self.tr("Toi&miston tietokantapalvelin"), self)
        self.local.setObjectName("use_local")
        self.server.setObjectName("use_server")
        self.group = QGroupBox(self.tr("Palvelin"), self)
        form = QFormLayout(self.group)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {
            "host": self.tr("&Palvelin"),
            "port": self.tr("Po&rtti"),
            "database": self.tr("&Tietokanta"),
            "user": self.tr("&Käyttäjätunnus"),
            "password": self.tr("&Salasana"),
        }
        for key, label in labels.items():
            edit = QLineEdit(self)
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(label, edit)
            self._error_row(form, key)
        self.edits["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Salattu yhteys (T&LS, sslmode=require)"), self)
        self.tls.setObjectName("tls")
        form.addRow("", self.tls)
        self._error_row(form, "tls")
        note = QLabel(
            self.tr(
                "Salasana tallennetaan käyttöjärjestelmän salasanasäilöön (Windowsissa "
                "Tunnistetietojen hallinta), ei asetustiedostoon."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setMinimumHeight(note.fontMetrics().lineSpacing() * 2 + 4)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connection_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = QPushButton(self.tr("Testaa &yhteys"), self)
        self.connect_button = QPushButton(self.tr("Yhd&istä"), self)
        self.connect_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.connect_button.clicked.connect(lambda: self.connect_and_save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.group)
        layout.addWidget(note)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.local.toggled.connect(lambda _on: self._mode_changed())
        self._fill()
        self.resize(560, self.sizeHint().height())

    def _error_row(self, form: QFormLayout, key: str) -> None:
        label = QLabel(self)
        label.setObjectName(f"{key}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        form.addRow("", label)

    def _fill(self) -> None:
        current = self.ctx.paths.database_url or self.ctx.settings.database_url
        choice = connection.parse_choice(current) if current else None
        try:
            user = getpass.getuser()
        except Exception:  # no login name here
            user = ""
        if choice is None:
            choice = connection.ServerChoice("", connection.DEFAULT_PORT, "kemidesk", user)
        for key, value in (
            ("host", choice.host),
            ("port", str(choice.port)),
            ("database", choice.database),
            ("user", choice.user),
        ):
            self.edits[key].setText(value)
        self.tls.setChecked(choice.tls)
        if current and connection.load_password(current):
            self.edits["password"].setPlaceholderText(self.tr("(tallennettu)"))
        (self.server if self.ctx.paths.on_server else self.local).setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.group.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    # ------------------------------------------------------------ checking

    def show_errors(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        general = problems.get("", "")
        self.result_label.setStyleSheet(ERROR_STYLE if general else "")
        self.result_label.setText(general)

    def choice(self) -> connection.ServerChoice | None:
        """The typed server, or None after showing what is missing next to its field."""
        problems: dict[str, str] = {}
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        if not text["host"]:
            problems["host"] = self.tr("Anna palvelimen nimi tai osoite.")
        port = int(text["port"]) if text["port"].isdigit() else 0
        if not 0 < port < 65536:
            problems["port"] = self.tr("Portin on oltava luku 1–65535 (yleensä 5432).")
        if not text["database"]:
            problems["database"] = self.tr("Anna tietokannan nimi (yleensä kemidesk).")
        if not text["user"]:
            problems["user"] = self.tr("Anna käyttäjätunnus.")
        self.show_errors(problems)
        if problems:
            return None
        return connection.ServerChoice(
            text["host"], port, text["database"], text["user"], self.tls.isChecked()
        )

    def password_for(self, choice: connection.ServerChoice) -> str | None:
        """The typed password, else the stored one."""
        typed = self.edits["password"].text()
        return typed or connection.load_password(choice.url())

    def test_connection(self) -> bool:
        choice = self.choice()
        if choice is None:
            return False
        problems = connection.connection_problems(choice.url(self.password_for(choice)))
        self.show_errors({k: self._translated(v) for k, v in problems.items()})
        if not problems:
            self.result_label.setStyleSheet(OK_STYLE)
            self.result_label.setText(self.tr("Yhteys toimii."))
        return not problems

    def _translated(self, text: str) -> str:
        if text.startswith("Yhteyttä ei saatu: "):  # connection.NO_CONNECTION with libpq's text
            detail = text.removeprefix("Yhteyttä ei saatu: ")
            return QCoreApplication.translate("Connection", connection.NO_CONNECTION).replace(
                "%1", detail
            )
        return QCoreApplication.translate("Connection", text)

    # ------------------------------------------------------------ saving

    def connect_and_save(self) -> bool:
        """Test, save (password to the credential store), switch the window; True when the
        window now uses the chosen database."""
        paths = self.ctx.paths
        if self.local.isChecked():
            target = dataclasses.replace(paths, database_url=None)
            problem = connection.switch_database(self.window_, target)  # type: ignore[arg-type]
            if problem is not None:
                self.show_errors({"": problem})
                return False
            self.ctx.settings.database_url = ""
            self.ctx.settings.sync()
            self.accept()
            return True
        choice = self.choice()
        if choice is None or not self.test_connection():
            return False
        typed = self.edits["password"].text()
        if typed:
            try:
                connection.store_password(choice.url(), typed)
            except connection.CredentialStoreError:
                self.show_errors(
                    {
                        "password": self.tr(
                            "Salasanaa ei voitu tallentaa käyttöjärjestelmän salasanasäilöön; "
                            "mitään ei tallennettu."
                        )
                    }
                )
                return False
        target = dataclasses.replace(paths, database_url=choice.url(self.password_for(choice)))
        problem = connection.switch_database(self.window_, target)  # type: ignore[arg-type]
        if problem is not None:
            self.show_errors({"": problem})
            return False
        self.ctx.settings.database_url = choice.url()
        self.ctx.settings.sync()
        self.accept()
        return True


def open_connection_dialog(window: QWidget) -> ConnectionDialog:
    dialog = ConnectionDialog(window)
    dialog.open()
    return dialog


def recover_at_start(window: QWidget, problem: str) -> bool:
    """The saved office connection failed at start: offer the dialog (True = connected)."""
    title = QCoreApplication.translate("Connection", "Yhteys toimiston tietokantaan")
    text = QCoreApplication.translate(
        "Connection",
        "%1\n\nAvataanko tietokantayhteyden asetukset? Voit korjata yhteyden tai käyttää "
        "tämän koneen omaa tiedostoa.",
    ).replace("%1", problem)
    if not messages.ask(window, title, text, default_yes=True):
        return False
    dialog = ConnectionDialog(window)
    return dialog.exec() == QDialog.DialogCode.Accepted
