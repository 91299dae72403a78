"""PDF export writes a readable A4 document, only where asked."""

from __future__ import annotations

from pypdf import PdfReader

from clinicapp.ui.common.printing import save_pdf


def test_pdf_text_is_printed_at_reading_size(qapp, tmp_path):
    # 80 short paragraphs need more than one A4 page at a normal text size;
    # at a third of that size (the old bug) they all fit on one.
    html = "".join(f"<p>Paragraph number {n}</p>" for n in range(80))
    path = save_pdf(html, tmp_path / "out.pdf", "Test")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait in points
    assert "Paragraph number 0" in " ".join(reader.pages[0].extract_text().split())
    assert list(tmp_path.iterdir()) == [path]
