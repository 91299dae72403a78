"""docs/CLINICAL-REVIEW.md: the generated sheet lists every record a patient reads, with its sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicapp.content.loader import load_library
from clinicapp.content.review import END, START, main, replace_sheet, review_sheet

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "content"
GUIDE = REPO / "docs" / "CLINICAL-REVIEW.md"


def test_sheet_lists_every_record_source_tier_and_date() -> None:
    library = load_library(FIXTURE / "en").library
    sheet = review_sheet(FIXTURE)
    for record in (*library.topics, *library.therapies):
        assert f"(`{record.id}`" in sheet, record.id
        assert f"next review {record.next_review}" in sheet
        for source in record.sources:
            assert source.title in sheet and source.link in sheet
    assert "Certainty: Moderate — cites: Back pain" in sheet  # stretching
    assert "**emergency** — instruction: Get help now. Call 911" in sheet  # numbers filled in
    assert "`self-harm`: Thoughts of harming yourself — action: Call or text 988 any time." in sheet
    assert sheet.index("**emergency**") < sheet.index("**today**")
    assert "https://pubmed.ncbi.nlm.nih.gov/19418100/" in sheet  # the PEG source, by its PMID
    assert "Note: PEG questions from Krebs and others, 2009." in sheet
    assert "Sign-off recorded: (not yet)" in sheet


def test_replace_sheet_keeps_the_rest_of_the_document() -> None:
    document = f"intro\n{START}\nold\n{END}\nafter\n"
    assert replace_sheet(document, "new\n") == f"intro\n{START}\nnew\n{END}\nafter\n"
    with pytest.raises(ValueError):
        replace_sheet("no markers here", "new\n")


def test_update_rewrites_only_the_sheet(tmp_path: Path) -> None:
    doc = tmp_path / "REVIEW.md"
    doc.write_text(f"# Review\n{START}\nstale\n{END}\n", encoding="utf-8")
    assert main([str(FIXTURE), "--update", str(doc)]) == 0
    text = doc.read_text(encoding="utf-8")
    assert text.startswith(f"# Review\n{START}\n") and "stale" not in text and "(`knots`)" in text


def test_clinical_review_guide_holds_the_sheet_for_the_bundled_content() -> None:
    """Fails while the content is being rewritten: the lead refreshes the sheet after merging it."""
    text = GUIDE.read_text(encoding="utf-8")
    for topic in ("triage", "emergency_number", "crisis_line", "offered_therapies", "certainty", "PEG", "Spanish",
                  "next_review", "approved_by", "approved_on", "content_approved_by"):  # fmt: skip
        assert topic.lower() in text.lower(), topic
    inside = text.partition(START)[2].partition(END)[0]
    assert inside.strip() == review_sheet(REPO / "content").strip(), (
        "docs/CLINICAL-REVIEW.md is out of date: run "
        "`python -m clinicapp.content.review content --update docs/CLINICAL-REVIEW.md`"
    )
