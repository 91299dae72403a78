"""Kiosk printing never shows the system print dialog (its Properties offer "hold indefinitely")."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from clinicapp.ui import printing
from clinicapp.ui.kiosk import Overlay


class _Page(QWidget):
    def __init__(self, context) -> None:
        super().__init__()
        self.context = context


class FakePrinterInfo:
    def __init__(self, name: str) -> None:
        self.name = name

    def isNull(self) -> bool:
        return not self.name

    def printerName(self) -> str:
        return self.name


class FakePrinter:
    """Stands in for QPrinter: this machine has no real printer to accept a name."""

    PrinterMode = QPrinter.PrinterMode
    OutputFormat = QPrinter.OutputFormat

    def __init__(self, mode=None) -> None:
        self.name, self.format, self.copies = "", None, 0

    def setOutputFormat(self, fmt) -> None:
        self.format = fmt

    def outputFormat(self):
        return self.format

    def setPrinterName(self, name: str) -> None:
        self.name = name

    def setPageLayout(self, layout) -> None:
        pass

    def setCopyCount(self, copies: int) -> None:
        self.copies = copies


@pytest.fixture
def printed(monkeypatch) -> dict[str, list]:
    """What reached a printer and every print dialog made; nothing really prints."""
    seen: dict[str, list] = {"printers": [], "dialogs": []}

    class Document:
        def print_(self, printer) -> None:
            seen["printers"].append(printer)

    class Dialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent=None) -> None:
            seen["dialogs"].append(self)

        def setOption(self, *args) -> None:
            pass

        def exec(self) -> int:
            return 0  # the clinician cancels

    monkeypatch.setattr(printing, "_document", lambda html: Document())
    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    monkeypatch.setattr(printing, "QPrinter", FakePrinter)
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Front desk"]))
    return seen


def kiosk_page(context, show_window) -> _Page:
    context.kiosk = True
    window = show_window(context)
    page = _Page(context)
    page.setParent(window)
    return page


def test_kiosk_prints_straight_to_the_default_printer(context, show_window, monkeypatch, printed):
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(lambda: FakePrinterInfo("Front desk")))
    page = kiosk_page(context, show_window)
    assert printing.print_html(page, "<p>summary</p>", kiosk=False)  # the context's kiosk flag wins
    assert printed["dialogs"] == []  # no dialog, no Properties, no "hold indefinitely"
    (printer,) = printed["printers"]
    assert printer.name == "Front desk" and printer.copies == 1
    assert printer.format == QPrinter.OutputFormat.NativeFormat


def test_kiosk_without_a_printer_says_so_plainly(context, show_window, monkeypatch, printed):
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(lambda: FakePrinterInfo("")))
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
