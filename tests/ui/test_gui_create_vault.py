"""First run: passphrase twice, refused when weak or mismatched, then the recovery key once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from guikit import screen_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from testkit import PASSPHRASE

from counsel_desk.domain.secrets import parse_recovery_key, passphrase_strength
from counsel_desk.services.workspace import VaultState, vault_state
from counsel_desk.ui.dialogs import create_vault
from counsel_desk.ui.dialogs.create_vault import CreateVaultWindow
from counsel_desk.ui.forms import MISMATCH
from counsel_desk.ui.main_window import MainWindow


def type_passphrases(qtbot, window: CreateVaultWindow, first: str, second: str) -> None:
    qtbot.keyClicks(window.fields.first, first)
    qtbot.keyClicks(window.fields.second, second)


def test_create_vault_end_to_end_calibrates_the_kdf(qtbot, make_controller, vault_dir, monkeypatch):
    printed: list[str] = []

    def fake_print(_parent: object, key: str) -> tuple[str, bool]:
        printed.append(key)
        return create_vault.SENT, False

    monkeypatch.setattr(create_vault, "print_recovery_key", fake_print)
    controller = make_controller(vault_dir, kdf=None)  # the app's own path: calibrated
    window = controller.window
    assert isinstance(window, CreateVaultWindow)
    assert window.windowTitle() == "Counsel Desk"

    type_passphrases(qtbot, window, PASSPHRASE, PASSPHRASE)
    assert window.fields.hint.text() == passphrase_strength(PASSPHRASE)[1]
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.busy.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.showing_key, timeout=20_000)

    shown = window.key_label.text()
    assert len(shown.split()) == 14  # 14 groups of four
    assert parse_recovery_key(shown)  # a well-formed key, checksum and all
    said = screen_text()
    assert "recovery key is the way back" in said
    assert "lodge a sealed copy with your clinical executor or a solicitor" in said
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    assert printed == ["-".join(shown.split())]
    assert window.printed.text() == create_vault.SENT
    assert not window.continue_button.isEnabled()
    qtbot.mouseClick(window.stored, Qt.MouseButton.LeftButton)
    assert window.continue_button.isEnabled()
    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)

    assert controller.state == "unlocked"
    assert isinstance(controller.window, MainWindow)
    header = json.loads((vault_dir / "keys.json").read_text())
    (slot,) = [s for s in header["slots"] if s["id"] == "passphrase"]
    assert slot["kdf"]["m_kib"] >= 65536
    assert slot["kdf"]["t"] >= 3
    assert slot["kdf"]["p"] >= 4


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("short", "short", passphrase_strength("short")[1]),
        ("", "", passphrase_strength("")[1]),
        (PASSPHRASE, PASSPHRASE + "!", MISMATCH),
    ],
    ids=["too-short", "empty", "mismatch"],
)
def test_weak_or_mismatched_passphrase_is_refused_with_a_sentence(
    qtbot, make_controller, vault_dir: Path, first: str, second: str, expected: str
):
    controller = make_controller(vault_dir)
    window = controller.window
    type_passphrases(qtbot, window, first, second)
    qtbot.keyClick(window.fields.second, Qt.Key.Key_Return)
    assert window.error.isVisibleTo(window)
    assert window.error.text() == expected
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    assert shown.count(expected) == 1  # said once: not also under the strength bar
    assert vault_state(vault_dir) is VaultState.NONE
    assert controller.state == "setup"
    qtbot.keyClicks(window.fields.second, "x")  # typing again clears the sentence
    assert not window.error.isVisibleTo(window)
    assert window.fields.hint.text() == passphrase_strength(first)[1]  # the hint is back


def test_closing_before_confirming_the_key_asks_first(qtbot, make_controller, vault_dir, alert_log):
    controller = make_controller(vault_dir)
    window = controller.window
    type_passphrases(qtbot, window, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.showing_key)
    workspace = controller.workspace
    alert_log.confirm_answer = False
    window.close()
    assert alert_log.texts("confirm")
    assert controller.state == "setup"
    alert_log.confirm_answer = True
    with qtbot.waitSignal(controller.quit_requested):
        window.close()
    assert not workspace.is_open


def test_the_printed_sheet_holds_the_key_and_prints(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    key = "-".join(["ABCD"] * 14)
    doc = create_vault.recovery_key_document(key)
    text = doc.toPlainText()
    assert all(line in text for line in create_vault.key_lines(key))
    assert "Forgot passphrase?" in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    doc.print_(printer)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


@pytest.fixture
def key_page(qtbot, make_controller, vault_dir):
    controller = make_controller(vault_dir)
    window = controller.window
    type_passphrases(qtbot, window, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.showing_key, timeout=10_000)
    return window


def test_with_no_printer_it_says_the_pdf_is_unencrypted_before_saving_it(
    qtbot, key_page, monkeypatch, alert_log, tmp_path
):
    """Issue #9: Print quietly defaulted to "Print to File (PDF)"."""
    asked: list[object] = []

    def save_as_pdf(printer, _parent):
        asked.append(printer.outputFormat())
        printer.setOutputFileName(str(tmp_path / "key.pdf"))
        return True

    monkeypatch.setattr(create_vault, "printers", lambda: ([], ""))
    monkeypatch.setattr(create_vault, "choose_printer", save_as_pdf)
    alert_log.confirm_answer = False
    qtbot.mouseClick(key_page.print_button, Qt.MouseButton.LeftButton)
    assert alert_log.texts("confirm") == [create_vault.NO_PRINTER]
    assert "not encrypted" in create_vault.NO_PRINTER
    assert asked == []  # cancelled: no file, no print dialog
    assert not (tmp_path / "key.pdf").exists()

    alert_log.confirm_answer = True
    qtbot.mouseClick(key_page.print_button, Qt.MouseButton.LeftButton)
    from PySide6.QtPrintSupport import QPrinter

    assert asked == [QPrinter.OutputFormat.PdfFormat]
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    warning = key_page.file_warning.text()
    assert warning == create_vault.SAVED_AS_PDF.format(path=tmp_path / "key.pdf")
    assert "not encrypted" in warning
    assert key_page.printed.text() == ""


def test_with_a_printer_it_goes_to_the_printer_without_asking(
    qtbot, key_page, monkeypatch, alert_log
):
    chosen: list[object] = []

    def cancel(printer, _parent):
        chosen.append(printer)
        return False

    monkeypatch.setattr(create_vault, "printers", lambda: (["Office"], "Office"))
    monkeypatch.setattr(create_vault, "choose_printer", cancel)
    qtbot.mouseClick(key_page.print_button, Qt.MouseButton.LeftButton)
    assert alert_log.texts("confirm") == []
    assert len(chosen) == 1
    assert key_page.printed.text() == ""
    assert key_page.file_warning.text() == ""
