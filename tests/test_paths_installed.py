"""The path helper prefers data installed inside the package (a wheel) over a checkout."""

from __future__ import annotations

import sys

from clinicapp import paths


def test_installed_package_data_wins_over_the_checkout(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "clinicapp"
    (package / "_bundled" / "resources").mkdir(parents=True)
    (package / "_bundled" / "content").mkdir()
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    assert paths.app_root() == package / "_bundled"
    assert paths.bundled_content_dir() == package / "_bundled" / "content"


def test_a_package_without_data_falls_back_to_the_checkout(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "clinicapp"
    package.mkdir(parents=True)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    assert paths.app_root() == paths.Path(paths.__file__).resolve().parent.parent
