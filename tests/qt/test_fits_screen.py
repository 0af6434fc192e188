"""The window and its dialogs fit a 1366×768 laptop with a title bar and a taskbar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize

from kemidesk.ui import geometry
from kemidesk.ui.settings import UiSettings
from tests.qt.conftest import DEMO_TODAY

# 1366×768 less a 40 px Windows taskbar.
LAPTOP = QRect(0, 0, 1366, 728)


def test_fit_size_leaves_room_for_the_frame() -> None:
    fitted = geometry.fit_size(QSize(1280, 800), LAPTOP)
    assert fitted == QSize(1280, 728 - geometry.FRAME_HEIGHT)
    assert geometry.fit_size(QSize(600, 300), LAPTOP) == QSize(600, 300)  # small stays
    big = geometry.fit_size(QSize(1600, 1000), QRect(0, 0, 1920, 1040))
    assert big == QSize(1600, 1000)


def test_fit_size_keeps_the_layout_minimum_when_the_screen_allows() -> None:
    fitted = geometry.fit_size(QSize(300, 200), LAPTOP, minimum=QSize(500, 400))
    assert fitted == QSize(500, 400)
    tiny = geometry.fit_size(QSize(300, 200), QRect(0, 0, 400, 300), minimum=QSize(500, 400))
    assert tiny == QSize(400 - geometry.FRAME_WIDTH, 300 - geometry.FRAME_HEIGHT)


def test_centred_window_and_frame_are_inside_the_available_area() -> None:
    size = geometry.fit_size(geometry.MAIN_WINDOW_SIZE, LAPTOP)
    rect = geometry.centred(size, LAPTOP)
    frame = rect.adjusted(
        -geometry.FRAME_WIDTH // 2,
        -(geometry.FRAME_HEIGHT - geometry.FRAME_WIDTH // 2),
        geometry.FRAME_WIDTH // 2,
        geometry.FRAME_WIDTH // 2,
    )
    assert LAPTOP.contains(frame)


def test_main_window_fits_its_screen_and_remembers_size_per_screen(
    window: Any, ctx: Any, qtbot: Any
) -> None:
    from kemidesk.ui.main_window import MainWindow

    available = window.screen().availableGeometry()
    assert window.width() + geometry.FRAME_WIDTH <= available.width()
    assert window.height() + geometry.FRAME_HEIGHT <= available.height()
    window.resize(700, 500)
    window.save_settings()
    key = f"window/geometry/{geometry.screen_key(window.screen())}"
    assert UiSettings(ctx.paths.settings_file).bytes_value(key) is not None
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)
    other = "window/geometry/9999x9999"
    assert UiSettings(ctx.paths.settings_file).bytes_value(other) is None


def _dialogs(window: Any) -> list[tuple[str, Callable[[], Any]]]:
    from kemidesk.services import payments, placements
    from kemidesk.ui.dialogs.followup_form import FollowupForm
    from kemidesk.ui.dialogs.payment_batch import BatchDialog
    from kemidesk.ui.dialogs.settings_dialog import SettingsDialog

    opener = window.ctx.opener
    placement = next(
        p
        for p in placements.list_placements(today=DEMO_TODAY)
        if p.start_date < DEMO_TODAY - timedelta(days=90)
    )
    first_payment = payments.list_payments()[0]
    return [
        ("association", lambda: opener.new("association")),
        ("person", lambda: opener.new("person")),
        ("placement", lambda: opener.new("placement")),
        ("placement detail", lambda: opener.open("placement", placement.id)),
        ("payment detail", lambda: opener.open("payment", first_payment.id)),
        ("followup", lambda: FollowupForm(window.ctx, None, window, placement_id=placement.id)),
        ("batch", lambda: BatchDialog(window.ctx, window)),
        ("settings", lambda: SettingsDialog(window.ctx, window)),
    ]


@pytest.mark.parametrize("index", range(8))
def test_dialogs_fit_a_laptop_screen(window: Any, qtbot: Any, index: int) -> None:
    name, make = _dialogs(window)[index]
    dialog = make()
    dialog.show()
    qtbot.waitExposed(dialog)
    minimum = dialog.minimumSizeHint()
    assert minimum.width() + geometry.FRAME_WIDTH <= LAPTOP.width(), name
    assert minimum.height() + geometry.FRAME_HEIGHT <= LAPTOP.height(), name
    available = dialog.screen().availableGeometry()
    assert dialog.width() + geometry.FRAME_WIDTH <= available.width(), name
    assert dialog.height() + geometry.FRAME_HEIGHT <= available.height(), name
    assert available.contains(dialog.frameGeometry()), name
    dialog.done(0)
