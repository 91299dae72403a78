"""What an article body may contain.

Bodies are shown in a kiosk where nothing may leave the app, so a body may
link only to other records (topic:, therapy:, term:). Raw HTML could embed
remote images or scripts-like markup and is refused; web addresses belong in
the record's sources, where they are shown as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTERNAL_SCHEMES = ("topic", "therapy", "term")

_CODE_SPAN = re.compile(r"`[^`\n]*`")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(\S+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}):[^\s<>]*)>")
_HTML = re.compile(r"<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)")
_BARE_URL = re.compile(r"\b(?:https?://|ftp://|www\.)\S+|\bmailto:\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BodyIssue:
    line: int  # 1-based, within the body
    column: int
    message: str


@dataclass(frozen=True, slots=True)
class InternalLink:
    scheme: str
    target: str
    line: int
    column: int


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_body(body: str) -> tuple[list[BodyIssue], list[InternalLink]]:
    """Problems in a Markdown body, and the internal links it makes."""
    issues: list[BodyIssue] = []
    links: list[InternalLink] = []
    # Blank out code spans so `<tag>` written as an example is not flagged.
    scan = _CODE_SPAN.sub(lambda m: " " * len(m.group()), body)

    for match in _LINK.finditer(scan):
        image, _label, target = match.group(1), match.group(2), match.group(3)
        line, column = _position(body, match.start())
        if image:
            issues.append(BodyIssue(line, column, "images are not allowed in article bodies"))
            continue
        scheme, sep, rest = target.partition(":")
        if sep and scheme in INTERNAL_SCHEMES and rest:
            links.append(InternalLink(scheme, rest, line, column))
        else:
            issues.append(
                BodyIssue(
                    line,
                    column,
                    f"link to '{target}' is not internal: bodies may link only to "
                    "topic:ID, therapy:ID or term:ID (put web addresses in sources)",
                )
            )
    without_links = _LINK.sub(lambda m: " " * len(m.group()), scan)

    for match in _REF_DEF.finditer(without_links):
        line, column = _position(body, match.start(1))
        issues.append(BodyIssue(line, column, "reference-style links are not allowed; use [text](topic:ID)"))

    for match in _AUTOLINK.finditer(without_links):
        line, column = _position(body, match.start())
        issues.append(
            BodyIssue(line, column, f"external link '{match.group(1)}' in body (put web addresses in sources)")
        )
    without_autolinks = _AUTOLINK.sub(lambda m: " " * len(m.group()), without_links)

    for match in _HTML.finditer(without_autolinks):
        line, column = _position(body, match.start())
        issues.append(BodyIssue(line, column, f"raw HTML '{match.group()[:40]}' is not allowed in bodies"))

    for match in _BARE_URL.finditer(without_autolinks):
        line, column = _position(body, match.start())
        issues.append(BodyIssue(line, column, f"web address '{match.group()[:60]}' in body (put it in sources)"))
    return issues, links
