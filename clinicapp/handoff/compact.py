"""The compact form of a visit: a QuestionnaireResponse in about 30 QR-alphanumeric characters.

    CA1:FFFF:PAYLOAD

`CA1` names the format (version 1); FFFF is the checklist's fingerprint
(`Codes.fingerprint`); PAYLOAD is base 32 (RFC 4648 letters and digits, no
padding) of a bit string, most significant bit first:

    26 bits  visit time: minutes since 2020-01-01 00:00, local wall-clock time
     7 bits  UTC offset in quarter hours, plus 64
     2 bits  language: 0 en, 1 es
     4 bits  per PEG question, content order: the answer 0-10, or 15 unanswered
     k bits  duration: its position in the content + 1, 0 for none (k = bits for len + 1)
     1 bit   per body region, content order
     1 bit   per checklist item, section by section
     1 bit   per warning sign, content order
     0-4     zero bits to a whole base-32 character

Every character is in the QR alphanumeric set (5.5 bits a character there),
so the whole form fits a version 2 or 3 symbol. Nothing in it is readable
without the same content: `decode` refuses another fingerprint, a wrong
length or an impossible value rather than guess. docs/HANDOFF.md has an
example.
"""

from __future__ import annotations

import datetime as dt

from clinicapp.content.model import Library
from clinicapp.handoff.fhir import questionnaire_response
from clinicapp.handoff.ids import BASE32, Codes, codes
from clinicapp.session import PEG_RANGE, VisitSession

PREFIX = "CA1"
EPOCH = dt.datetime(2020, 1, 1)
LANGUAGES = ("en", "es")
_NO_PEG = 15
_TIME_BITS, _OFFSET_BITS, _LANGUAGE_BITS, _PEG_BITS = 26, 7, 2, 4


class CompactError(ValueError):
    """A scanned string that is not a compact visit for this content; the text says why."""


def _layout(c: Codes) -> int:
    """Number of payload bits for this checklist."""
    return (
        _TIME_BITS + _OFFSET_BITS + _LANGUAGE_BITS + _PEG_BITS * len(c.peg)
        + _duration_bits(c) + len(c.regions) + len(c.items) + len(c.warning_signs)
    )  # fmt: skip


def _duration_bits(c: Codes) -> int:
    return len(c.durations).bit_length()


def encode(session: VisitSession, library: Library, when: dt.datetime) -> str:
    """The compact string for this visit; when must carry a time zone."""
    if library.checklist is None:
        raise ValueError("the content has no checklist")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("the visit time needs its UTC offset")
    if library.language not in LANGUAGES:
        raise ValueError(f"the compact form knows the languages {LANGUAGES}, not {library.language!r}")
    c = codes(library.checklist)
    offset = when.utcoffset() or dt.timedelta()
    minutes = int((when.replace(tzinfo=None) - EPOCH).total_seconds() // 60)
    if not 0 <= minutes < 1 << _TIME_BITS:
        raise ValueError("the visit time is outside 2020-2147")
    fields: list[tuple[int, int]] = [
        (minutes, _TIME_BITS),
        (int(offset.total_seconds() // 900) + 64, _OFFSET_BITS),
        (LANGUAGES.index(library.language), _LANGUAGE_BITS),
    ]
    fields += [(session.peg.get(q, _NO_PEG), _PEG_BITS) for q in c.peg]
    duration = c.durations.index(session.duration) + 1 if session.duration in c.durations else 0
    fields.append((duration, _duration_bits(c)))
    for ids, chosen in (
        (c.regions, session.regions),
        (c.items, session.checked_items),
        (c.warning_signs, session.warning_signs),
    ):
        fields += [(int(i in chosen), 1) for i in ids]
    value, width = 0, 0
    for number, bits in fields:
        value, width = (value << bits) | number, width + bits
    pad = -width % 5
    value, width = value << pad, width + pad
    payload = "".join(BASE32[(value >> shift) & 31] for shift in range(width - 5, -1, -5))
    return f"{PREFIX}:{c.fingerprint}:{payload}"


def decode_session(text: str, library: Library) -> tuple[VisitSession, dt.datetime, str]:
    """The answers, the visit time and the patient's language from a compact string."""
    if library.checklist is None:
        raise CompactError("the content has no checklist")
    c = codes(library.checklist)
    parts = text.strip().upper().split(":")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise CompactError(f"not a clinicapp compact visit (it should start with {PREFIX}:)")
    if parts[1] != c.fingerprint:
        raise CompactError(
            f"made with another checklist (fingerprint {parts[1][:8]}, this content has {c.fingerprint}); "
            "decode it with the content version that made it"
        )
    payload = parts[2]
    bits = _layout(c)
    if len(payload) != -(-bits // 5) or any(ch not in BASE32 for ch in payload):
        raise CompactError(f"the answers part should be {-(-bits // 5)} characters of A-Z and 2-7")
    value = 0
    for ch in payload:
        value = (value << 5) | BASE32.index(ch)
    width = len(payload) * 5
    if value & ((1 << (width - bits)) - 1):
        raise CompactError("the answers part has stray bits at its end")
    position = width

    def take(n: int) -> int:
        nonlocal position
        position -= n
        return (value >> position) & ((1 << n) - 1)

    minutes, offset, language = take(_TIME_BITS), take(_OFFSET_BITS), take(_LANGUAGE_BITS)
    if language >= len(LANGUAGES):
        raise CompactError("unknown language code")
    session = VisitSession()
    for q in c.peg:
        answer = take(_PEG_BITS)
        if answer != _NO_PEG:
            if answer not in PEG_RANGE:
                raise CompactError(f"PEG answer {answer} is not 0-10")
            session.peg[q] = answer
    duration = take(_duration_bits(c))
    if duration > len(c.durations):
        raise CompactError("unknown duration")
    session.duration = c.durations[duration - 1] if duration else None
    for ids, chosen in (
        (c.regions, session.regions),
        (c.items, session.checked_items),
        (c.warning_signs, session.warning_signs),
    ):
        chosen.update(i for i in ids if take(1))
    zone = dt.timezone(dt.timedelta(minutes=15 * (offset - 64)))
    when = (EPOCH + dt.timedelta(minutes=minutes)).replace(tzinfo=zone)
    return session, when, LANGUAGES[language]


def decode(text: str, library: Library) -> dict[str, object]:
    """The full QuestionnaireResponse from a compact string, in the library's language.

    Pass the library of the patient's language (`decode_session` says which)
    to get the same text as the screen showed; codes are the same in every one.
    """
    session, when, _language = decode_session(text, library)
    return questionnaire_response(session, library, when)
