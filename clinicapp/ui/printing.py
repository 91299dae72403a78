"""Printing and PDF export of handouts, the only way an answer leaves memory.

Both take finished HTML (built by pure functions from the visit session) and
write nothing anywhere unless the person asked: `save_pdf` writes exactly the
file they chose, `print_html` sends to a printer. In kiosk mode there is no
print dialog at all: its Properties are a way to the file system and offer
"hold indefinitely" (a summary parked in the spool on disk), so the kiosk
prints straight to the machine's default printer, or says plainly that there
is none. No PDF export in kiosk mode.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

log = logging.getLogger(__name__)
_MARGINS_MM = QMarginsF(18, 18, 18, 18)


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def _layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, _MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def save_pdf(html: str, path: Path, title: str = "") -> Path:
    """Write the HTML as a PDF at path (and nowhere else)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_layout())
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("clinicapp")
    # No setPageSize here: print_() lays the text out on the writer's page in
    # points. Sizing the document in 300-dpi device pixels printed 9 pt text at 3 pt.
    _document(html).print_(writer)
    del writer  # flushes and closes the file
    return path


def _locked_down(parent: QWidget) -> tuple[bool, bool]:
    """(kiosk, printing allowed) from the page's context, so a page that forgot to check is still safe."""
    context = getattr(parent, "context", None)
    config = getattr(context, "config", None)
    return bool(getattr(context, "kiosk", False)), bool(getattr(config, "printing", True))


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Ask where to save; None when the person cancels. Never in kiosk mode: a file dialog is a way out."""
    if _locked_down(parent)[0]:
        return None
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        suggested_name,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def print_html(parent: QWidget, html: str, *, kiosk: bool) -> bool:
    """Print; False when cancelled, not allowed, or (kiosk) there is no printer.

    Clinician mode shows the system print dialog. Kiosk mode never does: it
    sends one copy to the default printer, or shows a plain message.
    """
    in_kiosk, allowed = _locked_down(parent)
    kiosk = kiosk or in_kiosk
    if not allowed:
        return False  # IT turned printing off
    if kiosk:
        return _print_to_default(parent, html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(html).print_(printer)
    return True


# Printers that are really files: Windows' "Microsoft Print to PDF" and XPS writer,
# OneNote and fax drivers open their own Save dialog, a way to the file system.
_FILE_PRINTER = re.compile(r"\b(pdf|xps|onenote|fax)\b|print to file", re.IGNORECASE)


def is_file_printer(name: str) -> bool:
    """True for a printer that writes a file (and asks where), which a kiosk never uses."""
    return bool(_FILE_PRINTER.search(name))


def _print_to_default(parent: QWidget, html: str) -> bool:
    default = QPrinterInfo.defaultPrinter()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)  # never a file
    usable = not default.isNull() and not is_file_printer(default.printerName())
    if usable:
        printer.setPrinterName(default.printerName())
    elif not default.isNull():
        log.warning("kiosk: the default printer writes files; not used (set a real printer as the default)")
    # Qt falls back to PDF output for a printer it cannot use: that would be a file, so it counts as none.
    if not usable or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        _tell(
            parent,
            QCoreApplication.translate("Printing", "No printer here"),
            QCoreApplication.translate(
                "Printing", "This screen has no printer set up. Please ask a member of staff to print it for you."
            ),
        )
        return False
    printer.setPageLayout(_layout())
    printer.setCopyCount(1)
    _document(html).print_(printer)
    _tell(
        parent,
        QCoreApplication.translate("Printing", "Sent to the printer"),
        kiosk_printed_message(),
    )
    return True


def kiosk_printed_message() -> str:
    """What a kiosk says once a printout is on its way (also the summary's status line)."""
    return QCoreApplication.translate("Printing", "Printing — collect it at the front desk")


def _tell(parent: QWidget, title: str, message: str) -> None:
    """A plain card over the window (not a dialog: nothing to close but the OK button)."""
    from clinicapp.ui.kiosk import Overlay  # kiosk widgets only when a kiosk needs them

    window = parent.window()
    card = window.findChild(Overlay, "print-message")
    if card is None:
        card = Overlay(window)
        card.setObjectName("print-message")
    card.present(title, message, QCoreApplication.translate("Printing", "OK"))
