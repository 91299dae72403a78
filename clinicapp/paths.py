"""Where bundled files live, from source and from a frozen build alike.

PyInstaller unpacks data next to the executable and sets sys._MEIPASS; from
source the data sits beside the package. Nothing here looks at the current
directory, so the app finds its files wherever IT installs it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def bundled_content_dir() -> Path:
    return app_root() / "content"


def resource(name: str) -> Path:
    """A file under resources/; an unknown name is a bug, so it raises."""
    path = app_root() / "resources" / name
    if not path.is_file():
        raise FileNotFoundError(f"no bundled resource named {name!r} (looked in {path.parent})")
    return path
