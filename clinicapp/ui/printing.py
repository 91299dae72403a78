"""Printing and PDF export of handouts, the only way an answer leaves memory.

Both take finished HTML (built by pure functions from the visit session) and
write nothing anywhere unless the person asked: `save_pdf` writes exactly the
file they chose, `print_html` sends to a printer. In kiosk mode the print
dialog offers system printers only (no print-to-file) and no PDF export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

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
    """Show the print dialog and print; False when cancelled, not allowed, or (kiosk) no printer."""
    in_kiosk, allowed = _locked_down(parent)
    kiosk = kiosk or in_kiosk
    if not allowed or (kiosk and not QPrinterInfo.availablePrinterNames()):
        return False  # IT turned printing off, or the kiosk has no system printer to offer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout())
    dialog = QPrintDialog(printer, parent)
    if kiosk:  # only the machine's printers: no file, no way out to the file system
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if kiosk and printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return False
    _document(html).print_(printer)
    return True
