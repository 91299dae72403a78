"""QR symbols for the hand-off, made with segno (pure Python) and handed to views as a matrix.

Error correction M at least (segno raises it further when that costs no
extra size), and the 4-module quiet zone the QR standard asks for is part of
the matrix, so every view that draws it draws the quiet zone too.
"""

from __future__ import annotations

from dataclasses import dataclass

QUIET_ZONE = 4  # modules of light margin on each side (ISO/IEC 18004)


@dataclass(frozen=True, slots=True)
class QrSymbol:
    """A QR code ready to draw: rows of dark (True) and light modules, quiet zone included."""

    text: str
    version: int
    error: str  # "M", "Q" or "H"
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules across, quiet zone included."""
        return len(self.rows)

    @property
    def payload_bytes(self) -> int:
        return len(self.text.encode("utf-8"))


def make_symbol(text: str) -> QrSymbol:
    """The smallest QR code for text at error correction M or better."""
    # Imported here: segno's writers pull in urllib.request, http.client and email (~50 ms of
    # CPU), which the checklist page paid on its first build though a code shows only later.
    import segno

    code = segno.make_qr(text, error="m", boost_error=True)
    rows = tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE))
    return QrSymbol(text=text, version=int(code.version), error=str(code.error).upper(), rows=rows)
