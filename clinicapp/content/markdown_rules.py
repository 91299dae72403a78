"""What an article body may contain.

Bodies are shown in a kiosk where nothing may leave the app, so a body may
link only to other records (topic:, therapy:, term:). Raw HTML could embed
remote images or scripts-like markup and is refused; web addresses belong in
the record's sources, where they are shown as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clinicapp.content.markdown_reader import read

INTERNAL_SCHEMES = ("topic", "therapy", "term")

# Qt's GitHub dialect turns these into links in running text (not in code).
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


def check_body(body: str) -> tuple[list[BodyIssue], list[InternalLink]]:
    """Problems in a Markdown body, and the internal links it makes, in the order they appear.

    Read by markdown_reader (CommonMark tokens, as Qt reads them): a `<b>` or an
    address inside a code span is text, a link is whatever CommonMark says is one.
    """
    if "[" not in body and "<" not in body and not _BARE_URL.search(body):
        # No link, image, definition, autolink or tag can be written without "[" or "<",
        # and an address the check below would find is found here too: nothing to parse.
        # (Most answers are plain sentences; this keeps markdown-it off the start-up path for them.)
        return [], []
    doc = read(body)
    issues: list[BodyIssue] = []
    links: list[InternalLink] = []
    for link in doc.links:
        if link.kind == "image":
            issues.append(BodyIssue(link.line, link.column, "images are not allowed in article bodies"))
            continue
        if link.kind == "reference":
            continue  # reported once, at its definition
        if link.kind == "autolink":
            issues.append(
                BodyIssue(link.line, link.column, f"external link '{link.href}' in body (put web addresses in sources)")
            )
            continue
        scheme, sep, rest = link.href.partition(":")
        if sep and scheme in INTERNAL_SCHEMES and rest:
            links.append(InternalLink(scheme, rest, link.line, link.column))
        else:
            issues.append(
                BodyIssue(
                    link.line,
                    link.column,
                    f"link to '{link.href}' is not internal: bodies may link only to "
                    "topic:ID, therapy:ID or term:ID (put web addresses in sources)",
                )
            )
    for definition in doc.definitions:
        issues.append(
            BodyIssue(definition.line, definition.column, "reference-style links are not allowed; use [text](topic:ID)")
        )
    for tag in doc.html:
        shown = " ".join(tag.text.split())[:40]
        issues.append(BodyIssue(tag.line, tag.column, f"raw HTML '{shown}' is not allowed in bodies"))
    for text in doc.texts:
        for match in _BARE_URL.finditer(text.text):
            issues.append(
                BodyIssue(
                    text.line,
                    text.column + match.start(),
                    f"web address '{match.group()[:60]}' in body (put it in sources)",
                )
            )
    issues.sort(key=lambda issue: (issue.line, issue.column))
    return issues, links
