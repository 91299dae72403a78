"""Signed packs through the settings and the app's content path: the key setting, fallback to last good."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from clinicapp.app import load_content, resolve_content
from clinicapp.config import Config, load_config
from clinicapp.content import packs
from clinicapp.paths import bundled_content_dir

FIXTURE_ROOT = Path(__file__).resolve().parent / "fixtures" / "content"
KEY = packs.generate_key()
PUBLIC = packs.public_key_text(KEY)


def settings(tmp_path: Path, text: str):
    file = tmp_path / "config.yaml"
    file.write_text(text, encoding="utf-8")
    return load_config(env={}, files=(), explicit=file)


@pytest.fixture
def share_pack(tmp_path) -> Path:
    out = tmp_path / "share" / "clinic.clinicpack"
    packs.build_pack(FIXTURE_ROOT, KEY, out, created=dt.datetime(2026, 11, 30, tzinfo=dt.UTC), version="autumn")
    return out


def tamper(pack: Path) -> None:
    with zipfile.ZipFile(pack) as archive:
        data = {name: archive.read(name) for name in archive.namelist()}
    data["content/en/topics/knots.yaml"] += b"# changed on the share\n"
    with zipfile.ZipFile(pack, "w") as archive:
        for name, value in data.items():
            archive.writestr(name, value)


# -- the setting -----------------------------------------------------------------------------------
def test_content_public_key_is_read(tmp_path):
    result = settings(tmp_path, f'content_public_key: "{PUBLIC}"\n')
    assert result.config.content_public_key == PUBLIC and not result.messages


@pytest.mark.parametrize("value", ["abc", "ed25519:abc", "ed25519:" + "A" * 44, PUBLIC.removeprefix("ed25519:")])
def test_a_bad_content_public_key_names_its_line(tmp_path, value):
    result = settings(tmp_path, f"kiosk: true\ncontent_public_key: '{value}'\n")
    [error] = result.errors
    assert error.key == "content_public_key" and error.line == 2 and "clinicapp keygen" in error.message
    assert result.config == Config(kiosk=True)


# -- the app's content path ------------------------------------------------------------------------
def test_a_good_pack_is_what_the_app_loads(tmp_path, share_pack):
    config = settings(tmp_path, f"content: share/clinic.clinicpack\ncontent_public_key: '{PUBLIC}'\n")
    root, notes = resolve_content(config, cache_dirs=[tmp_path / "cache"])
    assert notes == [] and root.is_relative_to(tmp_path / "cache")
    result, load_notes = load_content(root, "en")
    assert load_notes == [] and {t.id for t in result.library.topics} == {"knots", "muscle-pain"}


def test_a_tampered_pack_on_the_share_keeps_the_last_good_content(tmp_path, share_pack):
    config = settings(tmp_path, f"content: share/clinic.clinicpack\ncontent_public_key: '{PUBLIC}'\n")
    good, _ = resolve_content(config, cache_dirs=[tmp_path / "cache"])
    tamper(share_pack)
    root, notes = resolve_content(config, cache_dirs=[tmp_path / "cache"])
    assert root == good
    [note] = notes
    assert str(share_pack) in note and "knots.yaml: larger than the signed manifest" in note and "last good" in note
    result, _ = load_content(root, "en")
    assert {t.id for t in result.library.topics} == {"knots", "muscle-pain"}
    assert "# changed on the share" not in (root / "en" / "topics" / "knots.yaml").read_text()


def test_without_any_good_pack_the_bundled_content_is_shown(tmp_path, share_pack):
    tamper(share_pack)
    config = settings(tmp_path, f"content: share/clinic.clinicpack\ncontent_public_key: '{PUBLIC}'\n")
    root, notes = resolve_content(config, cache_dirs=[tmp_path / "cache"])
    assert root is None and "showing the bundled content" in notes[0]
    result, _ = load_content(root, "en")
    bundled, _ = load_content(bundled_content_dir(), "en")
    assert [t.id for t in result.library.topics] == [t.id for t in bundled.library.topics]


def test_a_pack_without_a_key_is_refused_and_a_folder_without_a_key_is_unchanged(tmp_path, share_pack):
    root, notes = resolve_content(settings(tmp_path, "content: share/clinic.clinicpack\n"), cache_dirs=[tmp_path])
    assert root is None and "no content_public_key is set" in notes[0]
    folder = settings(tmp_path, f"content: {FIXTURE_ROOT}\n")
    assert resolve_content(folder, cache_dirs=[tmp_path]) == (FIXTURE_ROOT, [])


def test_a_broken_key_setting_refuses_even_a_plain_folder(tmp_path):
    config = settings(tmp_path, f"content: {FIXTURE_ROOT}\ncontent_public_key: ed25519:typo\n")
    root, notes = resolve_content(config, cache_dirs=[tmp_path / "cache"])
    assert root is None and "content_public_key is not a valid key" in notes[0]
