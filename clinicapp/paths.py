"""Where bundled files live, from source and from a frozen build alike.

PyInstaller unpacks data next to the executable and sets sys._MEIPASS; from
source the data sits beside the package. Nothing here looks at the current
directory, so the app finds its files wherever IT installs it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding content/ and resources/: _MEIPASS when frozen, else the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def bundled_content_dir() -> Path:
    return app_root() / "content"


def resources_dir() -> Path:
    return app_root() / "resources"


def translations_dir() -> Path:
    """Compiled translations (*.qm): built by make from the .ts sources, bundled by build.spec."""
    return resources_dir() / "translations"


def resource(name: str) -> Path:
    """A file under resources/; an unknown name is a bug, so it raises."""
    base = resources_dir()
    path = base / name
    if not path.resolve().is_relative_to(base.resolve()) or not path.is_file():
        raise FileNotFoundError(f"no bundled resource named {name!r} (looked in {path.parent})")
    return path
