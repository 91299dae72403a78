"""`clinicapp keygen`, `clinicapp pack` and `clinicapp validate PACK`: what IT types, and the exit codes."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from clinicapp.cli import main

FIXTURE_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "content"


@pytest.fixture
def keys(tmp_path, capsys) -> tuple[Path, str]:
    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith('content_public_key: "ed25519:') and out.endswith('"')
    return tmp_path / "keys" / "clinicapp-content.key", out.split('"')[1]


@pytest.fixture
def pack(tmp_path, keys, capsys) -> Path:
    out = tmp_path / "share" / "clinic.clinicpack"
    assert main(["pack", str(FIXTURE_ROOT), "--key", str(keys[0]), "--out", str(out), "--version", "v7"]) == 0
    assert f"wrote {out}: 9 files, version v7" in capsys.readouterr().out
    return out


def test_keygen_prints_the_settings_line_and_never_overwrites(tmp_path, keys, capsys):
    private, public = keys
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert (private.parent / "clinicapp-content.pub").read_text().strip() == public
    before = private.read_bytes()
    assert main(["keygen", "--out", str(private.parent)]) == 1
    assert "already exists; not overwritten" in capsys.readouterr().err
    assert private.read_bytes() == before
    assert main(["keygen"]) == 2  # --out is required


def test_pack_is_reproducible_with_source_date_epoch(tmp_path, keys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796000000")
    outs = [tmp_path / "a.clinicpack", tmp_path / "b.clinicpack"]
    for out in outs:
        assert main(["pack", str(FIXTURE_ROOT), "--key", str(keys[0]), "--out", str(out)]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_pack_refuses_content_with_errors_and_writes_nothing(make_content, keys, tmp_path, capsys):
    folder = make_content({"topics/knots.yaml": "id: [\n"})
    out = tmp_path / "bad.clinicpack"
    assert main(["pack", str(folder), "--key", str(keys[0]), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "knots.yaml" in captured.out and "has errors; nothing written" in captured.err
    assert not out.exists()


def test_pack_usage_errors_exit_2(tmp_path, keys, capsys):
    key = str(keys[0])
    assert main(["pack", str(tmp_path / "nowhere"), "--key", key, "--out", str(tmp_path / "x.clinicpack")]) == 2
    assert main(["pack", str(FIXTURE_ROOT), "--key", key, "--out", str(tmp_path / "x.zip")]) == 2
    (tmp_path / "not-a-key").write_text("hello")
    bad_key = str(tmp_path / "not-a-key")
    assert main(["pack", str(FIXTURE_ROOT), "--key", bad_key, "--out", str(tmp_path / "x.clinicpack")]) == 2
    assert main(["pack", str(FIXTURE_ROOT)]) == 2
    assert "not a private key made by `clinicapp keygen`" in capsys.readouterr().err


def test_validate_a_good_pack_exits_0(pack, keys, capsys):
    assert main(["validate", str(pack), "--public-key", keys[1]]) == 0
    out = capsys.readouterr().out
    assert f"{pack}: signature good; version v7, 9 files" in out and out.splitlines()[-1].startswith("0 error(s)")


def test_validate_uses_the_key_from_the_settings_file(pack, keys, isolated_dirs, capsys):
    machine = isolated_dirs / "etc-xdg" / "clinicapp" / "config.yaml"
    machine.parent.mkdir(parents=True)
    machine.write_text(f'content_public_key: "{keys[1]}"\n')
    assert main(["validate", str(pack)]) == 0
    machine.write_text("content_public_key: 'ed25519:not-a-key'\n")
    assert main(["validate", str(pack)]) == 1
    assert "content_public_key is not a valid key" in capsys.readouterr().out


def test_validate_refuses_a_tampered_pack_naming_the_file(pack, keys, capsys):
    with zipfile.ZipFile(pack) as archive:
        data = {name: archive.read(name) for name in archive.namelist()}
    data["content/en/clinic.yaml"] = data["content/en/clinic.yaml"].replace(b"a", b"e", 1)
    with zipfile.ZipFile(pack, "w") as archive:
        for name, value in data.items():
            archive.writestr(name, value)
    assert main(["validate", str(pack), "--public-key", keys[1]]) == 1
    assert capsys.readouterr().out == f"{pack}: en/clinic.yaml: changed after signing (SHA-256 differs); refused\n"


def test_validate_refuses_a_pack_without_a_key_and_a_folder_with_one(pack, keys, capsys):
    assert main(["validate", str(pack)]) == 1
    assert "no content_public_key is set" in capsys.readouterr().out
    assert main(["validate", str(FIXTURE_ROOT), "--public-key", keys[1]]) == 1
    assert "folder refused: content_public_key is set" in capsys.readouterr().out
    assert main(["validate", str(FIXTURE_ROOT)]) == 0  # no key: a folder is checked as before


def test_validate_another_key_and_missing_pack(pack, tmp_path, capsys):
    other = tmp_path / "other"
    assert main(["keygen", "--out", str(other)]) == 0
    other_key = (other / "clinicapp-content.pub").read_text().strip()
    assert main(["validate", str(pack), "--public-key", other_key]) == 1
    assert "signed by another key" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "gone.clinicpack"), "--public-key", other_key]) == 2
