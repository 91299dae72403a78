"""A synthetic content library of any size, for the content-scale benchmarks.

The small fixture library's single files (clinic, categories, glossary,
comparison, checklist) and its records are copied as they are, so every
reference in them still resolves; then generated topics (and a few therapies)
bring the library to the size asked for. Bodies use headings, lists and
internal links like real articles, and a fixed seed makes every run alike.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "content" / "en"
SINGLE_FILES = ("clinic", "categories", "glossary", "comparison", "checklist")
CATEGORIES = ("understanding", "treatment")
TERMS = ("trigger-point", "referred-pain")
FIXTURE_THERAPIES = ("self-care", "stretching")
ANSWER_KEYS = (
    "what_it_is", "how_given", "used_for", "how_soon", "how_long", "how_often",
    "common_side_effects", "serious_risks", "talk_first", "time_and_visits", "cost", "evidence",
)  # fmt: skip

# Plain words a pain-clinic article uses, plus made-up ones so the index has a
# realistic spread of rare words (real articles name many muscles and drugs).
_COMMON_TEXT = (
    "pain muscle knot trigger point ache sore tight band neck shoulder back hip jaw head "
    "stretch heat rest sleep stress posture desk walk move gentle daily week month help may "
    "some people feel better worse doctor nurse care team ask treatment injection medicine "
    "exercise therapy pressure spot spread referred tender tired work lift carry pillow breath "
    "relax warm cold ice massage physio dry needling evidence study small large risk side effect"
)
COMMON = tuple(_COMMON_TEXT.split())
# Search synonyms like the bundled glossary's, so the benchmark searches through them too.
SYNONYMS = """
search_synonyms:
  - {words: [knot, knots], means: [trigger point]}
  - {words: [shot, shots], means: [injection]}
  - {words: [needle, needles], means: [injection, dry needling]}
  - {words: [pill, pills], means: [medicine]}
"""
SYLLABLES = ("ta", "ri", "mo", "ne", "lu", "ka", "si", "po", "ve", "da", "gro", "fen", "tor", "mil", "bra")


def _rare_words(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def _sentence(rng: random.Random, words: list[str], rare: list[str]) -> str:
    picked = [rng.choice(words) if rng.random() > 0.12 else rng.choice(rare) for _ in range(rng.randint(6, 14))]
    return " ".join(picked).capitalize() + "."


def _body(rng: random.Random, index: int, topic_ids: list[str], therapy_ids: list[str], rare: list[str]) -> str:
    lines: list[str] = []
    for section in range(3):
        lines.append(f"## Part {section + 1} of topic {index}")
        lines.append("")
        lines.append(" ".join(_sentence(rng, list(COMMON), rare) for _ in range(4)))
        lines.append("")
        if section == 1:
            lines.extend(f"- {_sentence(rng, list(COMMON), rare)}" for _ in range(3))
            lines.append("")
    target = rng.choice(topic_ids)
    lines.append(
        f"Read about [a {rng.choice(COMMON)}](topic:{target}), a [trigger point](term:trigger-point) "
        f"and [{rng.choice(COMMON)} care](therapy:{rng.choice(therapy_ids)})."
    )
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.splitlines())


def generate(root: Path, topics: int, therapies: int | None = None, seed: int = 7) -> Path:
    """Write a library with `topics` topics under root/en and return that folder."""
    rng = random.Random(seed)
    folder = Path(root) / "en"
    (folder / "topics").mkdir(parents=True, exist_ok=True)
    (folder / "therapies").mkdir(parents=True, exist_ok=True)
    for name in SINGLE_FILES:
        shutil.copyfile(FIXTURE / f"{name}.yaml", folder / f"{name}.yaml")
    with (folder / "glossary.yaml").open("a", encoding="utf-8") as glossary:
        glossary.write(SYNONYMS)
    fixture_topics = sorted(p.stem for p in (FIXTURE / "topics").glob("*.yaml"))
    for stem in fixture_topics:
        shutil.copyfile(FIXTURE / "topics" / f"{stem}.yaml", folder / "topics" / f"{stem}.yaml")
    for stem in FIXTURE_THERAPIES:
        shutil.copyfile(FIXTURE / "therapies" / f"{stem}.yaml", folder / "therapies" / f"{stem}.yaml")

    extra_therapies = max(2, min(40, topics // 50)) if therapies is None else therapies
    therapy_ids = [*FIXTURE_THERAPIES, *(f"therapy-{i:03d}" for i in range(extra_therapies))]
    generated = max(0, topics - len(fixture_topics))
    topic_ids = [*fixture_topics, *(f"topic-{i:05d}" for i in range(generated))]
    rare = _rare_words(rng, 3000)
    reviewed = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    due = (dt.date.today() + dt.timedelta(days=335)).isoformat()
    for i, topic_id in enumerate(topic_ids[len(fixture_topics) :]):
        related = sorted({rng.choice(topic_ids) for _ in range(2)} - {topic_id})
        title = f"{rng.choice(COMMON).capitalize()} {rng.choice(rare)} {rng.choice(COMMON)} {i}"
        text = (
            f"id: {topic_id}\n"
            f"title: {title}\n"
            f"summary: {_sentence(rng, list(COMMON), rare)}\n"
            f"category: {rng.choice(CATEGORIES)}\n"
            f"order: {i}\n"
            f"body: |\n{_indent(_body(rng, i, topic_ids, therapy_ids, rare))}\n"
            f"related_topics: [{', '.join(related)}]\n"
            f"related_therapies: [{rng.choice(therapy_ids)}]\n"
            f"terms: [{rng.choice(TERMS)}]\n"
            "sources:\n"
            "  - {title: Myofascial pain syndrome, publisher: Mayo Clinic, year: 2024,\n"
            '     url: "https://www.mayoclinic.org/"}\n'
            f"last_reviewed: {reviewed}\n"
            f"next_review: {due}\n"
            "reviewed_by: Content editor, benchmark\n"
        )
        (folder / "topics" / f"{topic_id}.yaml").write_text(text, encoding="utf-8")
    for i, therapy_id in enumerate(therapy_ids[len(FIXTURE_THERAPIES) :]):
        answers = "\n".join(f"  {key}: {_sentence(rng, list(COMMON), rare)}" for key in ANSWER_KEYS)
        text = (
            f"id: {therapy_id}\n"
            f"name: {rng.choice(COMMON).capitalize()} therapy {i}\n"
            f"kind: {rng.choice(('injection', 'medicine', 'non-drug', 'self-care'))}\n"
            f"summary: {_sentence(rng, list(COMMON), rare)}\n"
            f"topic: {rng.choice(topic_ids)}\n"
            "uses: [muscle-knots]\n"
            f"terms: [{rng.choice(TERMS)}]\n"
            f"answers:\n{answers}\n"
            'certainty: {level: low, source: "https://www.nhs.uk/"}\n'
            "sources:\n"
            '  - {title: Back pain, publisher: NHS, url: "https://www.nhs.uk/"}\n'
            f"last_reviewed: {reviewed}\n"
            f"next_review: {due}\n"
            "reviewed_by: Content editor, benchmark\n"
        )
        (folder / "therapies" / f"{therapy_id}.yaml").write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys

    print(generate(Path(sys.argv[1]), int(sys.argv[2])))
