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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

log = logging.getLogger(__name__)
_MARGINS_MM = QMarginsF(10, 7, 10, 7)  # well within what office printers can print (about 5 mm)
FOOTER_POINT_SIZE = 8.0


@dataclass(frozen=True)
class Printout:
    """A document to print or save, and how it must fit on paper.

    html builds the document at a base text size in points; the largest of
    `sizes` whose layout takes no more than `max_pages` pages is printed. If
    none fits, `overflow` (a layout that keeps each block whole on a page) is
    printed at the first size, or else the smallest size: more pages, never
    cut text. Every page carries the footer (the clinic and the date) and
    its page number.
    """

    html: Callable[[float], str]
    title: str = ""
    footer: str = ""
    landscape: bool = False
    max_pages: int = 0  # 0: as many as it takes
    sizes: tuple[float, ...] = (10.0,)
    overflow: Callable[[float], str] | None = None  # when even the smallest size needs more pages
    # A strip this many mm tall kept free at the foot of every page, and what is
    # drawn there on the first page (the summary's QR code), as vectors.
    reserve_mm: float = 0.0
    paint_reserved: Callable[[QPainter, QRectF, float], None] | None = None  # painter, strip, pixels per mm


def _printout(document: str | Printout, title: str = "") -> Printout:
    if isinstance(document, Printout):
        return document
    return Printout(lambda _size: document, title=title)


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def _layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, _MARGINS_MM, QPageLayout.Unit.Millimeter)


def _footer_font() -> QFont:
    font = QFont()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    return font


def paginate(printout: Printout, device: QPdfWriter | QPrinter) -> QTextDocument:
    """The document laid out in pages of the device, at the largest size that fits `max_pages`.

    Laid out on the device itself (its resolution), so points are points on
    paper; the page is the printable area less a line for the footer.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footer = QFontMetricsF(_footer_font(), device).height() * 1.5 + _reserved_px(printout, device)

    def laid_out(html: str) -> QTextDocument:
        document = _document(html)
        document.documentLayout().setPaintDevice(device)
        document.setIndentWidth(14)  # list bullets about 4 mm in (screen pixels, scaled to the device), not 10 mm
        frame = document.rootFrame().frameFormat()
        frame.setMargin(0)  # the page layout has the margins
        document.rootFrame().setFrameFormat(frame)
        document.setPageSize(QSizeF(rect.width(), rect.height() - footer))
        keep_with_next(document)
        return document

    document = QTextDocument()
    for size in printout.sizes:
        document = laid_out(printout.html(size))
        if not printout.max_pages or document.pageCount() <= printout.max_pages:
            return document
    if printout.overflow is not None:
        return laid_out(printout.overflow(printout.sizes[0]))
    return document


KEEP_WITH_NEXT = 1  # a block's user state (CSS "-qt-user-state: 1"): never last on its page


def keep_with_next(document: QTextDocument) -> int:
    """Start a new page at any marked block (a heading) that would end a page without the text after it.

    QTextDocument has no keep-with-next; HTML marks its headings with
    `-qt-user-state: 1` and this moves each one that would be left at the
    foot of a page to the top of the next. Returns how many it moved.
    """
    layout = document.documentLayout()
    height = document.pageSize().height()
    moved = 0
    document.pageCount()  # lays the whole document out: positions are only known after that
    block = document.begin()
    while block.isValid() and height > 0:
        after = block.next()
        if block.userState() == KEEP_WITH_NEXT and after.isValid() and after.layout().lineCount():
            here = layout.blockBoundingRect(block).top()
            line = after.layout().lineAt(0)
            there = layout.blockBoundingRect(after).top() + line.y() + line.height() / 2
            if (
                here // height != there // height
                and block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
            ):
                cursor = QTextCursor(block)
                marked = block.blockFormat()
                marked.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(marked)
                moved += 1
                document.pageCount()  # and again below the moved block
        block = after
    return moved


def _reserved_px(printout: Printout, device: QPdfWriter | QPrinter) -> float:
    return printout.reserve_mm * device.resolution() / 25.4


def _render(printout: Printout, device: QPdfWriter | QPrinter) -> int:
    """Paint every page with its footer; returns the number of pages."""
    document = paginate(printout, device)
    pages = document.pageCount()
    page = document.pageSize()
    painter = QPainter(device)
    if not painter.isActive():  # a PDF path that cannot be written (QPdfWriter says nothing else)
        return 0
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            if index == 0 and printout.paint_reserved is not None:
                strip = _reserved_px(printout, device)
                printout.paint_reserved(
                    painter, QRectF(0, page.height(), page.width(), strip), device.resolution() / 25.4
                )
            number = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
                page=index + 1, pages=pages
            )
            painter.setFont(_footer_font())
            footer = QRectF(0, page.height(), page.width(), device.height() - page.height())
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), printout.footer)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), number)
    finally:
        painter.end()
    return pages


def save_pdf(document: str | Printout, path: Path, title: str = "") -> Path:
    """Write the document as a PDF at path (and nowhere else)."""
    printout = _printout(document, title)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_layout(printout.landscape))
    writer.setResolution(300)
    writer.setTitle(printout.title or title)
    writer.setCreator("clinicapp")
    written = _render(printout, writer)
    del writer  # flushes and closes the file
    if not written:
        raise OSError(f"the PDF could not be written: {path.name}")
    return path


def save_pdf_where_asked(parent: QWidget, document: str | Printout, path: Path) -> bool:
    """save_pdf, and a plain card instead of a false "Saved" when the folder is gone or read-only.

    The log gets no file name: a clinician may name the file after the patient.
    """
    try:
        save_pdf(document, path)
    except OSError as exc:
        log.warning("PDF save failed: %s", exc.strerror or type(exc).__name__)
        _tell(
            parent,
            QCoreApplication.translate("Printing", "Not saved"),
            QCoreApplication.translate("Printing", "Could not save the file there. Choose another folder."),
        )
        return False
    return True


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


def print_html(parent: QWidget, html: str | Printout, *, kiosk: bool) -> bool:
    """Print; False when cancelled, not allowed, or (kiosk) there is no printer.

    Clinician mode shows the system print dialog. Kiosk mode never does: it
    sends one copy to the default printer, or shows a plain message.
    """
    in_kiosk, allowed = _locked_down(parent)
    kiosk = kiosk or in_kiosk
    if not allowed:
        return False  # IT turned printing off
    printout = _printout(html)
    if kiosk:
        return _print_to_default(parent, printout)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout(printout.landscape))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _render(printout, printer)
    return True


# Printers that are really files: Windows' "Microsoft Print to PDF" and XPS writer,
# OneNote and fax drivers open their own Save dialog, a way to the file system.
_FILE_PRINTER = re.compile(r"\b(pdf|xps|onenote|fax)\b|print to file", re.IGNORECASE)


def is_file_printer(name: str) -> bool:
    """True for a printer that writes a file (and asks where), which a kiosk never uses."""
    return bool(_FILE_PRINTER.search(name))


def _print_to_default(parent: QWidget, printout: Printout) -> bool:
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
    printer.setPageLayout(_layout(printout.landscape))
    printer.setCopyCount(1)
    _render(printout, printer)
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
    from clinicapp.ui.kiosk.controller import Overlay  # kiosk widgets only when a kiosk needs them

    window = parent.window()
    card = window.findChild(Overlay, "print-message")
    if card is None:
        card = Overlay(window)
        card.setObjectName("print-message")
    card.present(title, message, QCoreApplication.translate("Printing", "OK"))
