"""Shared test helpers. Content tests copy the small fixture library and break one file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"


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
