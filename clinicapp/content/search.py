"""Search that forgives: full text with SQLite FTS5, misspellings with rapidfuzz, synonyms from the content.

Pure Python (no Qt), so the app, the self-test and the tests share it. The
index is rebuilt from the frozen records on first search: it is small and
takes milliseconds, so nothing is stored on disk.

A query runs in up to three steps, each only when the one before found nothing:
1. every word as a prefix (all must match); an everyday word listed in the
   content's `search_synonyms` also finds what it means ("knot" finds
   "trigger point"), accents never matter;
2. the words corrected against the names of things (titles, glossary words and
   aliases, therapy names, synonym words) by edit distance ("trigerpoint" →
   "trigger point", "botx" → "Botox"), offered back as "Did you mean …?";
3. any of the words.

A query that matches more than BROAD_ROWS documents (only in a library many
times the bundled one) is not ranked in full: see SearchIndex._ranked.

Results are one per subject: a therapy that has its own article is shown once,
as that article. Snippets are one plain sentence of what the reader will see
(summary, body, answers or definition) that holds the match; never the
keyword columns (glossary spellings, aliases) that are indexed only to be found.

User text is never passed to MATCH as written. It is split into words here and
each word becomes a quoted prefix term, so quotes, `*`, `NEAR`, `AND`, emoji and
the like can neither raise nor change the meaning of the query.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from clinicapp.content import markdown_reader
from clinicapp.content.model import Library

MAX_QUERY_CHARS = 200  # longer input is cut; nobody types more into a search box
MAX_QUERY_WORDS = 12  # keeps a pasted paragraph from building a huge query
SNIPPET_MAX_CHARS = 160  # one line on a result card; a longer sentence is cut around the match
MAX_MATCHES_READ = 8  # a snippet looks at the first matches only: a common word need not be found on every line
MIN_FUZZY_CHARS = 4  # "bot" is a fine prefix; correcting it would guess

# A query that matches more rows than this is broad: see SearchIndex._ranked.
# The bundled library has 90 documents per language, so it never gets there.
BROAD_ROWS = 300
# Order by rank alone: FTS5 then sorts itself and reads only the rows returned.
_RANKED = "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
_FIRST_ROWS = "SELECT rowid FROM docs WHERE docs MATCH ? LIMIT ?"  # no rank: cheap

# Column weights for bm25(), in table column order: kind, id (unindexed),
# title, summary, body, terms. A word in the title counts most.
_WEIGHTS = (0.0, 0.0, 10.0, 4.0, 1.0, 4.0)

_WORD = re.compile(r"[^\W_]+")  # letters and digits only
_DROP = str.maketrans("", "", "*`")  # emphasis and code marks
# A sentence ends at . ! ? (or …) followed by a space and what can start the next one.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”')]?\s+(?=[\"“(¿¡]?[^\W_])")

Kind = Literal["topic", "therapy", "term"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: one subject, with a plain-text sentence that holds the match (never markup)."""

    kind: Kind
    id: str
    title: str
    snippet: str
    score: float  # bm25: lower (more negative) is a better match; 0.0 for a broad query's unranked rows

    @property
    def location(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the search took a misspelt query to mean, and the best match for it."""

    text: str  # as the content writes it: "trigger point", "Botox"
    location: str  # the best match for the corrected words: "term:trigger-point"


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: list[SearchHit]
    suggestion: Suggestion | None = None  # set when the hits are for corrected words


def plain_text(markdown: str) -> str:
    """Markdown body as the words a reader sees, so link targets are not searchable."""
    return " ".join(reader_text(markdown, markdown=True).split())


def _clean(text: str) -> str:
    """One line of NFC text without emphasis marks."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_DROP).split())


def fold(text: str) -> str:
    """Lower case without accents, as the index compares words: "Inyección" → "inyeccion"."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def query_words(text: str) -> list[str]:
    """The words of what the user typed, in order, without repeats or syntax."""
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    words: list[str] = []
    for word in _WORD.findall(text):
        if word.casefold() not in (w.casefold() for w in words):
            words.append(word)
    return words[:MAX_QUERY_WORDS]


def reader_text(text: str, markdown: bool = False) -> str:
    """The text as a reader sees it: one line per paragraph, heading or list item, no Markdown marks."""
    if markdown:  # read as Qt shows it, the same reading as the link rules and the reading grade
        return unicodedata.normalize("NFC", markdown_reader.plain_text(text))
    return " ".join(unicodedata.normalize("NFC", text).translate(_DROP).split())


def _allowed_edits(length: int) -> int:
    """How many typing slips a word of this length may hold and still be corrected."""
    if length < MIN_FUZZY_CHARS:
        return 0
    return 1 if length <= 5 else 2 if length <= 9 else 3


def _phrase(tokens: tuple[str, ...]) -> str:
    # An FTS5 phrase of folded words (letters and digits only, so no escaping is
    # needed) with a prefix mark on its last word: "trigger point"* finds "trigger points".
    return '"' + " ".join(tokens) + '"*'


@dataclass(frozen=True, slots=True)
class _Doc:
    kind: Kind
    id: str
    title: str
    text: str  # what the reader sees on the subject's page, one line per paragraph: where snippets come from


class SearchIndex:
    """An in-memory FTS5 index of topics, therapies and glossary words, with a fuzzy name list."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        docs: dict[int, _Doc],
        merged: dict[tuple[str, str], tuple[str, str]],
        synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]],
        names: dict[str, str],
        name_words: dict[str, str],
        vocabulary: list[str],
    ) -> None:
        self._db = connection
        self._docs = docs  # rowid -> what it shows
        self._merged = merged  # ("therapy", id) -> ("topic", id) when the therapy has an article of its own
        self._synonyms = synonyms  # folded words typed -> folded phrases they mean
        self._names = names  # key without spaces ("triggerpoint") -> name as written ("trigger point")
        self._name_keys = list(names)
        self._name_words = name_words  # folded word -> as written ("botox" -> "Botox")
        self._name_word_keys = list(name_words)
        self._vocabulary = vocabulary  # every folded word in the index, sorted, for "is this a known prefix?"
        self._longest_synonym = max((len(k) for k in synonyms), default=1)
        self._lock = threading.Lock()  # one connection; queries may come from a worker thread
        self._prefixes = lru_cache(maxsize=8)(self._prefixes_of)

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
        docs: dict[int, _Doc] = {}
        spellings = {term.id: " ".join(term.spellings) for term in library.glossary}

        def add(kind: Kind, doc_id: str, title: str, searched_title: str, summary: str, body: str, terms: str) -> None:
            rowid = len(rows) + 1
            summary = reader_text(summary)
            docs[rowid] = _Doc(kind, doc_id, title, f"{summary}\n{body}" if summary else body)
            rows.append((rowid, kind, doc_id, _clean(searched_title), summary, body, _clean(terms)))

        for topic in library.topics:
            terms = " ".join(spellings.get(term_id, "") for term_id in topic.terms)
            body = reader_text(topic.body, markdown=True)
            add("topic", topic.id, topic.title, topic.title, topic.summary, body, terms)
        for therapy in library.therapies:
            answers = "\n".join(reader_text(answer, markdown=True) for answer in therapy.answers.values() if answer)
            terms = " ".join(spellings.get(term_id, "") for term_id in therapy.terms)
            add("therapy", therapy.id, therapy.name, therapy.name, therapy.summary, answers, terms)
        for term in library.glossary:
            # Aliases are searchable in the title column but never shown: the card
            # shows the term and its definition.
            title = " ".join((term.term, *term.aliases))
            add("term", term.id, term.term, title, "", reader_text(term.definition), "")
        with db:
            db.executemany(
                "INSERT INTO docs(rowid, kind, id, title, summary, body, terms) VALUES (?,?,?,?,?,?,?)", rows
            )
            db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
            db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, docs, 'row')")
            vocabulary = sorted(term for (term,) in db.execute("SELECT term FROM temp.vocabulary"))
            db.execute("DROP TABLE temp.vocabulary")
        names, name_words = _name_lists(library)
        return cls(db, docs, _merged(library), _synonym_map(library), names, name_words, vocabulary)

    def __len__(self) -> int:
        """Number of indexed documents (topics + therapies + glossary terms)."""
        return len(self._docs)

    # -- queries ---------------------------------------------------------
    def query(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Best matches for what the user typed, one per subject; never raises on odd input."""
        return self.search(text, limit).hits

    def search(self, text: str, limit: int = 20) -> SearchResults:
        """Hits for what the user typed and, when its words had to be corrected, what they were taken to mean."""
        words = [fold(w) for w in query_words(text)]
        if not words or limit <= 0:
            return SearchResults([])
        hits = self._run(self._expression(words, "AND"), words, limit)
        if hits:
            return SearchResults(hits)
        corrected = self._correct(words)
        if corrected is not None:
            shown, fixed = corrected
            hits = self._run(self._expression(fixed, "AND"), fixed, limit)
            if hits:
                return SearchResults(hits, Suggestion(shown, hits[0].location))
            words = list(dict.fromkeys(words + fixed))
        if len(words) > 1:  # one word that matches nothing still leaves results for the others
            return SearchResults(self._run(self._expression(words, "OR"), words, limit))
        return SearchResults([])

    def finds(self, phrase: str) -> bool:
        """True when the words of `phrase`, in order, are somewhere in the content (the validator asks)."""
        tokens = _tokens(phrase)[:MAX_QUERY_WORDS]
        return bool(tokens) and bool(self._run(_phrase(tokens), list(tokens), 1))

    def _expression(self, words: list[str], operator: str) -> str:
        """One FTS5 clause per word (or per synonym phrase), joined by AND or OR."""
        clauses: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self._longest_synonym, len(words) - i), 0, -1):
                span = tuple(words[i : i + size])
                if span in self._synonyms:
                    options = [_phrase(span), *(_phrase(m) for m in self._synonyms[span])]
                    clauses.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
                    i += size
                    break
            else:
                clauses.append(f'"{words[i]}"*')
                i += 1
        return f" {operator} ".join(clauses)

    def _ranked(self, expression: str, wanted: int) -> list[tuple[int, float]]:
        """The best `wanted` (rowid, bm25) rows: exact, unless the query is broad.

        bm25 costs about a microsecond for every row that matches, before
        LIMIT applies, so a query that matches most of a large library ("s",
        "knot") is slow however few rows are shown. Up to BROAD_ROWS matches,
        every match is ranked (the bundled library is far smaller, so it is
        always ranked exactly). Beyond that, rows whose title (or glossary
        alias) matches come first, ranked by bm25 on the title alone, then the
        other matches in library order (topics, therapies, words), unranked:
        a list that long is narrowed by typing more, not by reading it.
        Ranking a subset instead (the first N, or the summary and keyword
        columns) cost as much: bm25 first counts every match of each phrase.
        """
        with self._lock:
            if len(self._docs) <= BROAD_ROWS:  # no query can be broad: skip counting
                return self._db.execute(_RANKED, (expression, wanted)).fetchall()
            # Enough rows to tell a broad query and to fill the list after its title matches.
            matched = self._db.execute(_FIRST_ROWS, (expression, max(BROAD_ROWS, wanted) + 1)).fetchall()
            if len(matched) <= BROAD_ROWS:
                return self._db.execute(_RANKED, (expression, wanted)).fetchall()
            titled = self._db.execute(_RANKED, (f"{{title}} : ({expression})", wanted)).fetchall()
        seen = {rowid for rowid, _rank in titled}
        return titled + [(rowid, 0.0) for (rowid,) in matched if rowid not in seen][: wanted - len(titled)]

    def _run(self, expression: str, words: list[str], limit: int) -> list[SearchHit]:
        try:  # a few extra rows make room for the ones merged away
            rows = self._ranked(expression, limit + len(self._merged))
        except sqlite3.OperationalError:  # a last guard; query_words should make this unreachable
            return []
        found = {(self._docs[rowid].kind, self._docs[rowid].id) for rowid, _rank in rows}
        terms = self._match_terms(words)
        hits: list[SearchHit] = []
        for rowid, rank in rows:
            doc = self._docs[rowid]
            if self._merged.get((doc.kind, doc.id)) in found:
                continue  # its article is in the list: one result per subject
            hits.append(SearchHit(doc.kind, doc.id, doc.title, self._snippet(rowid, terms, len(words)), float(rank)))
            if len(hits) == limit:
                break
        return hits

    def _match_terms(self, words: list[str]) -> re.Pattern[str] | None:
        """Word starts a snippet sentence should hold: what was typed and what its synonyms mean."""
        terms = dict.fromkeys(words)
        for size in range(1, self._longest_synonym + 1):
            for i in range(len(words) - size + 1):
                for phrase in self._synonyms.get(tuple(words[i : i + size]), ()):
                    terms.update(dict.fromkeys(phrase))
        if not terms:
            return None
        # Matched against the text as written, so each letter also matches its
        # accented forms ("inyeccion" finds "inyección"), whatever the case.
        # No look-behind for the word start: the regex engine scans for the first
        # letters three times faster without it, and _word_starts checks the few hits.
        alternatives = "|".join(_accented(t) for t in sorted(terms, key=len, reverse=True))
        return re.compile(f"(?:{alternatives})", re.IGNORECASE)

    # -- snippets ----------------------------------------------------------
    def _snippet(self, rowid: int, terms: re.Pattern[str] | None, wanted: int) -> str:
        """The sentence that holds most of the `wanted` words (a full sentence before a heading), else the first."""
        text = self._docs[rowid].text
        found: dict[tuple[int, int], set[str]] = {}
        for count, match in enumerate(_word_starts(terms, text)):
            if count == MAX_MATCHES_READ:
                break
            bounds = _sentence_at(text, match.start())
            words = found.setdefault(bounds, set())
            words.add(fold(match.group()))
            if len(words) >= wanted and _whole(text, bounds):
                break  # it cannot get better than every word in a full sentence
        start, end = max(found, key=lambda b: (len(found[b]), _whole(text, b), -b[0])) if found else (0, 0)
        if not found:
            start, end = _sentence_at(text, 0)
        return _cut(text[start:end].strip(), terms)

    # -- misspellings --------------------------------------------------------
    def _known(self, word: str) -> bool:
        """True when some word in the index starts with `word`."""
        at = bisect.bisect_left(self._vocabulary, word)
        return at < len(self._vocabulary) and self._vocabulary[at].startswith(word)

    def _prefixes_of(self, single_words: bool, length: int) -> list[str]:
        """The keys cut to `length` letters (a few lengths are kept: one per word being typed)."""
        keys = self._name_word_keys if single_words else self._name_keys
        return [key[:length] if len(key) > length else "" for key in keys]

    def _correct(self, words: list[str]) -> tuple[str, list[str]] | None:
        """(words as the content writes them, folded words) for a query that found nothing; None if unsure."""
        joined = "".join(words)
        if len(words) <= 3:  # "trigerpoint", "punto gatilo": the whole query may be one name
            key = _closest(joined, self._name_keys, lambda n: self._prefixes(False, n))
            if key is not None:
                name = self._names[key]
                return name, list(_tokens(name))
        changed, shown, fixed = False, [], []
        for word in words:
            key = None if self._known(word) else _closest(word, self._name_word_keys, lambda n: self._prefixes(True, n))
            if key is None:
                shown.append(word)
                fixed.append(word)
            else:
                changed = True
                shown.append(self._name_words[key])
                fixed.append(key)
        return (" ".join(shown), fixed) if changed else None


def _closest(word: str, keys: list[str], prefixes: Callable[[int], list[str]]) -> str | None:
    """The key nearest to `word` within its allowed edits, counting a key's start as a match while typing.

    Optimal string alignment distance: one slip is one letter missing, extra,
    wrong or two letters swapped. Whole keys are tried first; only when none is
    close enough are the keys' starts (`prefixes(len(word))`) tried. Ties go to
    the key closest in length, then to the earlier one.
    """
    allowed = _allowed_edits(len(word))
    if not allowed or not keys:
        return None
    for choices in (keys, None):
        if choices is None:
            choices = prefixes(len(word))
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=allowed, limit=None)
        if found:
            _, _, at = min(found, key=lambda f: (f[1], abs(len(keys[f[2]]) - len(word)), f[2]))
            return keys[at]
    return None


def _cut(sentence: str, terms: re.Pattern[str] | None) -> str:
    """One line: a sentence longer than a card row is cut to the words around the first match."""
    if len(sentence) <= SNIPPET_MAX_CHARS:
        return sentence
    match = next(_word_starts(terms, sentence), None)
    at = match.start() if match else 0
    begin = 0 if at < SNIPPET_MAX_CHARS // 3 else sentence.rfind(" ", 0, at - SNIPPET_MAX_CHARS // 4) + 1
    end = sentence.rfind(" ", begin, begin + SNIPPET_MAX_CHARS)
    end = end if end > begin else begin + SNIPPET_MAX_CHARS
    return ("…" if begin else "") + sentence[begin:end].rstrip(" ,;:") + "…"


def _whole(text: str, bounds: tuple[int, int]) -> bool:
    """True for a sentence that ends like one (not a heading or a list item without a stop)."""
    return text[bounds[0] : bounds[1]].rstrip("\"”') ").endswith((".", "!", "?", "…"))


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence around position `at`: inside one line (paragraph, heading or list item)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    start = line_start
    # Two characters past `at`, so the look-ahead sees the letter that starts the next sentence.
    for match in _SENTENCE_END.finditer(text, line_start, min(at + 2, line_end)):
        if match.end() <= at:
            start = match.end()
    after = _SENTENCE_END.search(text, at, line_end)
    return start, after.start() if after else line_end


_ACCENTED = {"a": "aáàâäã", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõ", "u": "uúùûü", "n": "nñ", "c": "cç", "y": "yý"}


def _accented(folded: str) -> str:
    """A regex for a folded word that also matches it written with accents."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in folded)


def _word_starts(terms: re.Pattern[str] | None, folded: str) -> Iterator[re.Match[str]]:
    """Matches of the query's words that start a word ("knot" in "knots", not in "unknotted")."""
    if terms is None:
        return
    for match in terms.finditer(folded):
        at = match.start()
        if at == 0 or not folded[at - 1].isalnum():
            yield match


def _merged(library: Library) -> dict[tuple[str, str], tuple[str, str]]:
    """Therapies shown as their article: those that are the only therapy of their topic (Botox, not Medicines)."""
    owners = Counter(t.topic for t in library.therapies if t.topic)
    return {
        ("therapy", t.id): ("topic", t.topic)
        for t in library.therapies
        if t.topic and owners[t.topic] == 1 and library.topic(t.topic) is not None
    }


def _synonym_map(library: Library) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for synonym in library.synonyms:
        means = tuple(t for t in (_tokens(m)[:MAX_QUERY_WORDS] for m in synonym.means) if t)
        for word in synonym.words:
            key = _tokens(word)[:MAX_QUERY_WORDS]
            if key and key not in synonyms:  # the validator warns about a word listed twice
                synonyms[key] = means
    return synonyms


def _name_lists(library: Library) -> tuple[dict[str, str], dict[str, str]]:
    """Names a misspelling is matched against: glossary words and aliases, therapy names, titles, synonym words.

    Keys are folded with spaces removed, so "trigerpoint" and "trigger point"
    differ by one letter; each single word of a name is a key of its own too.
    """
    written: list[str] = []
    for term in library.glossary:
        written.extend((term.term, *term.aliases))
    written.extend(t.name for t in library.therapies)
    written.extend(t.title for t in library.topics)
    for synonym in library.synonyms:
        written.extend(synonym.words)
    names: dict[str, str] = {}
    words: dict[str, str] = {}
    for text in written:
        key = "".join(_tokens(text))
        if len(key) >= MIN_FUZZY_CHARS:
            names.setdefault(key, _clean(text).strip('¿?¡!.:;,"“”'))
        for word in _WORD.findall(unicodedata.normalize("NFC", text)):
            if len(word) >= MIN_FUZZY_CHARS:
                words.setdefault(fold(word), word)
    return names, words
