"""`clinicapp list-therapies` and the deployment guide's example: ids IT can copy as they are."""

from __future__ import annotations

import re
from pathlib import Path

from clinicapp.cli import main
from clinicapp.content.loader import load_library
from clinicapp.paths import bundled_content_dir

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "content"


def test_list_therapies_prints_every_id_and_name(capsys):
    assert main(["list-therapies", str(FIXTURE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    library = load_library(FIXTURE / "en").library
    assert len(lines) == len(library.therapies)
    for therapy in library.therapies:
        assert any(line.split()[0] == therapy.id and therapy.name in line for line in lines)


def test_list_therapies_refuses_a_language_without_content(capsys):
    assert main(["list-therapies", str(FIXTURE), "--lang", "fr"]) == 2
    assert "no content for language 'fr'" in capsys.readouterr().err


def test_every_therapy_id_in_the_deployment_guide_exists():
    guide = (ROOT / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    named = set()
    for line in guide.splitlines():
        if "therapies_offered" in line:
            for listed in re.findall(r"\[([a-z0-9, -]+)\]", line):
                named |= {item.strip() for item in listed.split(",") if item.strip()}
    assert named, "the guide shows no therapies_offered example"
    known = {t.id for t in load_library(bundled_content_dir() / "en").library.therapies}
    assert named <= known, f"unknown ids in docs/DEPLOYMENT.md: {sorted(named - known)}"
