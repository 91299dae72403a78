"""Full-text search over one Library, in memory, with SQLite FTS5.

Pure Python and standard library only (no Qt), so the app, the self-test and
the tests share it. The index is rebuilt from the frozen records at start-up:
it is small and takes milliseconds, so nothing is stored on disk.

User text is never passed to MATCH as written. It is split into words here and
each word becomes a quoted prefix term, so quotes, `*`, `NEAR`, `AND`, emoji and
the like can neither raise nor change the meaning of the query.
"""

from __future__ import annotations

import html
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from typing import Literal

from clinicapp.content.model import GlossaryTerm, Library, Therapy, Topic

MAX_QUERY_CHARS = 200  # longer input is cut; nobody types more into a search box
MAX_QUERY_WORDS = 12  # keeps a pasted paragraph from building a huge query
SNIPPET_TOKENS = 16

# Private-use characters as snippet() markers: content cannot contain them (they
# are removed before indexing), so after html.escape they are the only places
# where <b> tags are put back.
_OPEN = "\ue000"
_CLOSE = "\ue001"

# Column weights for bm25(), in table column order: kind, id (unindexed),
# title, summary, body, terms. A word in the title counts most.
_WEIGHTS = (0.0, 0.0, 10.0, 4.0, 1.0, 4.0)
_SUMMARY, _BODY, _TERMS = 3, 4, 5  # snippet() column numbers

_WORD = re.compile(r"[^\W_]+")  # letters and digits only
_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.MULTILINE)
_MD_UNDERSCORES = re.compile(r"(?<!\w)_+|_+(?!\w)")  # _emphasis_, not snake_case
# Emphasis and code marks, plus our markers (content must never contain them).
_DROP = str.maketrans("", "", f"*`{_OPEN}{_CLOSE}")

Kind = Literal["topic", "therapy", "term"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result; `snippet` is HTML-safe, with the matched words in <b>."""

    kind: Kind
    id: str
    title: str
    snippet: str
    score: float  # bm25: lower (more negative) is a better match


def plain_text(markdown: str) -> str:
    """Markdown body as the words a reader sees, so link targets are not searchable."""
    text = _MD_IMAGE_OR_LINK.sub(r"\1", markdown) if "](" in markdown else markdown
    text = _MD_LINE_MARKS.sub("", text)
    if "_" in text:
        text = _MD_UNDERSCORES.sub("", text)
    return _clean(text)


def _clean(text: str) -> str:
    """One line of NFC text without emphasis marks or our snippet markers."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_DROP).split())


def query_words(text: str) -> list[str]:
    """The words of what the user typed, in order, without repeats or syntax."""
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    words: list[str] = []
    for word in _WORD.findall(text):
        if word.casefold() not in (w.casefold() for w in words):
            words.append(word)
    return words[:MAX_QUERY_WORDS]


def _match_expression(words: list[str], operator: str) -> str:
    # Each word is an FTS5 string (only letters/digits, so it needs no escaping)
    # with a trailing * for prefix matching: "trig" finds "trigger".
    return f" {operator} ".join(f'"{word}"*' for word in words)


def _highlight(snippet: str) -> str:
    """Escape the snippet, then turn our markers (and only them) into <b> tags."""
    return html.escape(snippet).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")


class SearchIndex:
    """An in-memory FTS5 index of topics, therapies and glossary words."""

    def __init__(self, connection: sqlite3.Connection, titles: dict[int, str]) -> None:
        self._db = connection
        self._titles = titles  # rowid -> title as shown (the glossary title column also has aliases)
        self._lock = threading.Lock()  # one connection; queries may come from a worker thread

    @classmethod
    def build(cls, library: Library) -> SearchIndex:
        """Index every topic, therapy and glossary term of `library`."""
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "kind UNINDEXED, id UNINDEXED, title, summary, body, terms, "
            # Folds case and accents (músculo = musculo). The one-letter prefix
            # index makes the first key press ("s*" matches half the library)
            # as fast as later ones, for a few percent more memory.
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1')"
        )
        weights = ", ".join(str(w) for w in _WEIGHTS)
        db.execute("INSERT INTO docs(docs, rank) VALUES ('rank', ?)", (f"bm25({weights})",))
        rows: list[tuple[int, str, str, str, str, str, str]] = []
        titles: dict[int, str] = {}
        spellings = {term.id: " ".join(term.spellings) for term in library.glossary}

        def add(kind: str, doc_id: str, shown: str, title: str, summary: str, body: str, terms: str) -> None:
            rowid = len(rows) + 1
            titles[rowid] = shown
            rows.append((rowid, kind, doc_id, _clean(title), _clean(summary), body, _clean(terms)))

        for topic in library.topics:
            add(*_topic_row(topic, spellings))
        for therapy in library.therapies:
            add(*_therapy_row(therapy, spellings))
        for term in library.glossary:
            add(*_term_row(term))
        with db:
            db.executemany(
                "INSERT INTO docs(rowid, kind, id, title, summary, body, terms) VALUES (?,?,?,?,?,?,?)", rows
            )
            db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        return cls(db, titles)

    def __len__(self) -> int:
        """Number of indexed documents (topics + therapies + glossary terms)."""
        return len(self._titles)

    def query(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Best matches for what the user typed; never raises on odd input.

        Every word is a prefix and all must match; when that finds nothing the
        words are tried with OR, so one misspelt word still leaves results.
        """
        words = query_words(text)
        if not words or limit <= 0:
            return []
        hits = self._run(_match_expression(words, "AND"), limit)
        if not hits and len(words) > 1:
            hits = self._run(_match_expression(words, "OR"), limit)
        return hits

    def _run(self, expression: str, limit: int) -> list[SearchHit]:
        snippets = ", ".join(
            f"snippet(docs, {column}, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_TOKENS})"
            for column in (_SUMMARY, _BODY, _TERMS)
        )
        # Order by rank alone: FTS5 then sorts itself and snippets only the rows
        # returned. A tie-break column would make SQLite snippet every match.
        sql = f"SELECT rowid, kind, id, rank, {snippets} FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
        try:
            with self._lock:
                rows = self._db.execute(sql, (expression, limit)).fetchall()
        except sqlite3.OperationalError:  # a last guard; query_words should make this unreachable
            return []
        hits = []
        for rowid, kind, doc_id, rank, *column_snippets in rows:
            # Show the first text column with a highlighted match; a title-only
            # match shows the start of the summary (or of the definition) instead.
            chosen = next((s for s in column_snippets if _OPEN in s), None)
            if chosen is None:
                chosen = column_snippets[0] or column_snippets[1]
            hits.append(SearchHit(kind, doc_id, self._titles[rowid], _highlight(chosen), float(rank)))
        return hits


def _topic_row(topic: Topic, spellings: dict[str, str]) -> tuple[str, str, str, str, str, str, str]:
    terms = " ".join(spellings.get(term_id, "") for term_id in topic.terms)
    return ("topic", topic.id, topic.title, topic.title, topic.summary, plain_text(topic.body), terms)


def _therapy_row(therapy: Therapy, spellings: dict[str, str]) -> tuple[str, str, str, str, str, str, str]:
    answers = " ".join(plain_text(answer) for answer in therapy.answers.values() if answer)
    terms = " ".join(spellings.get(term_id, "") for term_id in therapy.terms)
    return ("therapy", therapy.id, therapy.name, therapy.name, therapy.summary, answers, terms)


def _term_row(term: GlossaryTerm) -> tuple[str, str, str, str, str, str, str]:
    title = " ".join((term.term, *term.aliases))
    return ("term", term.id, term.term, title, "", plain_text(term.definition), "")
