"""Shared test helpers. Content tests copy the small fixture library and break one file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"
CLINICAPP_ENV = ("CLINICAPP_CONFIG", "CLINICAPP_KIOSK", "CLINICAPP_IDLE_TIMEOUT", "CLINICAPP_LANG",
                 "CLINICAPP_CONTENT", "CLINICAPP_LOG_LEVEL")  # fmt: skip


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and caches under tmp_path, never the real machine's; no CLINICAPP_* from outside."""
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_STATE_HOME", ".state"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_DIRS", "etc-xdg")):  # fmt: skip
        monkeypatch.setenv(name, str(home / sub))
    for name in CLINICAPP_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLINICAPP_STATE_DIR", str(home / "machine-state"))  # never /var/lib/clinicapp
    return home


@pytest.fixture(autouse=True, scope="session")
def cheap_pin_hashes():
    """New PIN hashes at scrypt's lowest accepted cost: the real one takes ~0.25 s or more a try.

    Session scope, so module-scoped fixtures that hash a PIN already see it;
    verification reads the cost from each hash, so nothing else changes.
    """
    from clinicapp import pin

    real = pin.DEFAULT_COST
    pin.DEFAULT_COST = (2**10, 8, 1)
    yield
    pin.DEFAULT_COST = real


@pytest.fixture(scope="module")
def library():
    """The small fixture library, loaded once per test module; it must load clean."""
    from clinicapp.content.loader import load_library

    result = load_library(FIXTURE_CONTENT / "en")
    assert not result.problems, result.problems
    return result.library


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    """Copy the fixture library to tmp_path/content/en; returns the en folder.

    Pass {relative path: text or bytes} to overwrite (or add) files, e.g.
    make_content({"topics/knots.yaml": "id: [\\n"}); None deletes the file.
    """

    def make(files: dict[str, str | bytes | None] | None = None, language: str = "en") -> Path:
        folder = tmp_path / "content" / language
        shutil.copytree(FIXTURE_CONTENT / "en", folder)
        for relative, data in (files or {}).items():
            path = folder / relative
            if data is None:
                path.unlink()
            elif isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return folder

    return make
