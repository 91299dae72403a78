"""Links and special files under the content folder: reported with the file, never followed, never echoed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from clinicapp.content.loader import LoadResult, load_library

SECRET = "root-TOPSECRET-hunter2"
# Lines that parse as YAML keys, so a followed link would echo them as "unknown field" messages.
SECRET_FILE = "".join(f"{SECRET}-{i}: x{i}\n" for i in range(5)) + "id: knots\n"


def load(folder: Path) -> LoadResult:
    return load_library(folder, display_root=folder.parent)


def texts(result: LoadResult) -> str:
    return "\n".join(str(p) for p in result.problems)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "shadow.yaml"
    path.parent.mkdir()
    path.write_text(SECRET_FILE, encoding="utf-8")
    return path


def test_a_link_out_of_the_content_folder_is_reported_and_never_read(make_content, secret_file, caplog, capsys):
    folder = make_content()
    (folder / "topics" / "evil.yaml").symlink_to(secret_file)
    result = load(folder)
    (problem,) = [p for p in result.problems if p.file == "en/topics/evil.yaml"]
    assert "symbolic link" in problem.message and problem.line == 1
    assert SECRET not in texts(result)
    assert len(result.library.topics) == 2  # everything else loads

    # Neither the validator's output nor the app's log carries the target's lines.
    from clinicapp.app import load_content
    from clinicapp.cli import main

    assert main(["validate", str(folder.parent)]) == 1
    out, err = capsys.readouterr()
    assert "evil.yaml" in out and SECRET not in out + err
    with caplog.at_level(logging.DEBUG):
        loaded, _notes = load_content(folder.parent, "en")
        for p in loaded.problems:
            logging.getLogger("clinicapp").warning("content: %s", p)
    assert "evil.yaml" in caplog.text and SECRET not in caplog.text


def test_any_link_is_refused_even_one_that_stays_inside(make_content):
    folder = make_content()
    (folder / "topics" / "alias.yaml").symlink_to(folder / "topics" / "knots.yaml")
    os.replace(folder / "clinic.yaml", folder / "real-clinic.txt")
    (folder / "clinic.yaml").symlink_to(folder / "real-clinic.txt")
    result = load(folder)
    flagged = {p.file for p in result.problems if "symbolic link" in p.message}
    assert flagged == {"en/topics/alias.yaml", "en/clinic.yaml"}, texts(result)
    assert not any("missing file" in p.message for p in result.problems)
    assert result.library.topic("knots") is not None


def test_a_record_folder_that_is_a_link_is_not_entered(make_content, tmp_path, secret_file):
    folder = make_content()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "knots.yaml").write_text(SECRET_FILE, encoding="utf-8")
    os.rename(folder / "therapies", tmp_path / "therapies-real")
    (folder / "therapies").symlink_to(elsewhere)
    (folder / "notes").symlink_to(secret_file.parent)
    result = load(folder)
    by_file = {p.file: p for p in result.problems}
    assert "symbolic link" in by_file["en/therapies"].message
    assert "symbolic link" in by_file["en/notes"].message
    assert result.library.therapies == ()
    assert SECRET not in texts(result)


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_in_a_files_place_are_reported_not_opened(make_content, tmp_path):
    folder = make_content({"glossary.yaml": None})
    os.mkfifo(folder / "glossary.yaml")  # opening it for reading (blocking) would hang for good
    os.mkfifo(tmp_path / "pipe")
    (folder / "topics" / "to-pipe.yaml").symlink_to(tmp_path / "pipe")
    result = load(folder)
    by_file = {p.file: p.message for p in result.problems}
    assert "not a regular file" in by_file["en/glossary.yaml"]
    assert "symbolic link" in by_file["en/topics/to-pipe.yaml"]
    assert len(result.library.topics) == 2


def test_unknown_keys_are_shortened_in_messages(make_content):
    key = "k" + "x" * 300
    folder = make_content()
    path = folder / "topics" / "knots.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"{key}: 1\n", encoding="utf-8")
    result = load(folder)
    (problem,) = [p for p in result.problems if "unknown field" in p.message]
    assert f"'k{'x' * 39}…'" in problem.message
    assert "x" * 41 not in problem.message


def test_a_language_folder_that_is_a_link_is_not_offered(tmp_path):
    from clinicapp.app import available_languages, language_available

    root = tmp_path / "content"
    root.mkdir()
    (root / "en").mkdir()
    (root / "es").symlink_to(tmp_path)
    assert available_languages(root) == ("en",)
    assert not language_available(root, "es")
