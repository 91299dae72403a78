"""Kiosk printing never shows the system print dialog (its Properties offer "hold indefinitely")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from clinicapp.ui.common import printing
from clinicapp.ui.kiosk.controller import Overlay


class _Page(QWidget):
    def __init__(self, context) -> None:
        super().__init__()
        self.context = context


@pytest.fixture
def printed(monkeypatch, default_printer) -> dict[str, list]:
    """What reached a printer and every print dialog made; nothing really prints."""
    seen: dict[str, list] = {"printers": [], "dialogs": []}

    class Dialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent=None) -> None:
            seen["dialogs"].append(self)

        def setOption(self, *args) -> None:
            pass

        def exec(self) -> int:
            return 0  # the clinician cancels

    monkeypatch.setattr(printing, "_render", lambda printout, printer: seen["printers"].append(printer) or 1)
    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Front desk"]))
    return seen


def kiosk_page(context, show_window) -> _Page:
    context.kiosk = True
    window = show_window(context)
    page = _Page(context)
    page.setParent(window)
    return page


def test_kiosk_prints_straight_to_the_default_printer(context, show_window, monkeypatch, printed, default_printer):
    default_printer("Front desk")
    page = kiosk_page(context, show_window)
    assert printing.print_html(page, "<p>summary</p>", kiosk=False)  # the context's kiosk flag wins
    assert printed["dialogs"] == []  # no dialog, no Properties, no "hold indefinitely"
    (printer,) = printed["printers"]
    assert printer.name == "Front desk" and printer.copies == 1
    assert printer.format == QPrinter.OutputFormat.NativeFormat


def test_kiosk_without_a_printer_says_so_plainly(context, show_window, monkeypatch, printed, default_printer):
    default_printer("")
    page = kiosk_page(context, show_window)
    assert not printing.print_html(page, "<p>summary</p>", kiosk=True)
    assert printed == {"printers": [], "dialogs": []}
    card = page.window().findChild(Overlay, "print-message")
    assert card is not None and card.isVisible()
    assert "staff" in card.message.text()


def test_clinician_mode_still_shows_the_print_dialog(context, show_window, printed):
    page = _Page(context)
    page.setParent(show_window(context))
    assert not printing.print_html(page, "<p>summary</p>", kiosk=False)  # cancelled in the dialog
    assert len(printed["dialogs"]) == 1 and printed["printers"] == []


def test_kiosk_says_where_to_collect_the_printout(context, show_window, monkeypatch, printed, qtbot, default_printer):
    default_printer("Front desk")
    context.kiosk = True
    window = show_window(context)
    window.go("checklist")
    summary = window.page("checklist").summary
    window.page("checklist").show_summary()
    qtbot.mouseClick(summary.print_button, Qt.MouseButton.LeftButton)
    assert len(printed["printers"]) == 1 and printed["dialogs"] == []
    card = window.findChild(Overlay, "print-message")
    assert card is not None and card.isVisible()
    assert card.message.text() == "Printing — collect it at the front desk"
    assert summary.status.text() == "Printing — collect it at the front desk"


def test_a_printer_that_writes_files_is_never_used(context, show_window, monkeypatch, printed, default_printer):
    """Windows' "Microsoft Print to PDF" as the default would open its own Save dialog."""
    for name in ("Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)", "Fax"):
        default_printer(name)
        page = kiosk_page(context, show_window)
        assert not printing.print_html(page, "<p>summary</p>", kiosk=True), name
        assert printed == {"printers": [], "dialogs": []}
        assert "no printer" in page.window().findChild(Overlay, "print-message").title.text().lower()
    assert not printing.is_file_printer("HP LaserJet Front Desk")


@pytest.mark.parametrize("default", ["Front desk", "", "Microsoft Print to PDF"])
def test_no_system_dialog_can_appear_in_kiosk_mode(
    context, show_window, monkeypatch, printed, qtbot, default, default_printer
):
    """Every print and save button of a kiosk, whatever the printer: no print, page-setup or file dialog."""
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    opened: list[str] = []
    default_printer(default)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: opened.append("file") or ("", "")))
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    context.kiosk = True
    window = show_window(context)
    window.go("checklist")
    checklist = window.page("checklist")
    checklist.show_summary()
    qtbot.mouseClick(checklist.summary.print_button, Qt.MouseButton.LeftButton)
    assert checklist.summary.save_pdf() is False
    window.go("compare")
    compare = window.page("compare")
    context.session.set_picked_therapies(["stretching", "self-care"])
    qtbot.mouseClick(compare.print_button, Qt.MouseButton.LeftButton)
    assert compare.save_pdf() is False
    assert opened == [] and printed["dialogs"] == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(printed["printers"]) == (2 if default == "Front desk" else 0)


def test_no_print_button_on_compare_when_it_turned_printing_off(qtbot, fixture_result, show_window):
    from clinicapp.config import Config
    from clinicapp.ui.common.context import AppContext

    context = AppContext(fixture_result.library, config=Config(printing=False), kiosk=True)
    window = show_window(context)
    window.go("compare")
    assert not window.page("compare").print_button.isVisible()
    window.go("checklist")
    window.page("checklist").show_summary()
    assert not window.page("checklist").summary.print_button.isVisible()


def test_the_collect_message_is_in_spanish_too(qapp, context, show_window, monkeypatch, printed, default_printer):
    from clinicapp.ui.common import i18n

    default_printer("Recepción")
    translators = i18n.Translators(qapp)
    assert translators.switch("es"), "the Spanish .qm did not load (make translations)"
    try:
        page = kiosk_page(context, show_window)
        assert printing.print_html(page, "<p>resumen</p>", kiosk=True)
        card = page.window().findChild(Overlay, "print-message")
        assert card.message.text() == "Imprimiendo — recójalo en la recepción"
    finally:
        translators.switch("en")
