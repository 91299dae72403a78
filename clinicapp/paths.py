"""Where bundled files live: frozen build, installed wheel and checkout alike.

Three places, tried in order:
- a PyInstaller build unpacks data next to the executable and sets sys._MEIPASS;
- an installed wheel carries content/ and resources/ inside the package, under
  ``clinicapp/_bundled`` (setup.py copies them there and compiles the .qm files);
- a checkout (or editable install) keeps them at the top of the repository.
Nothing here looks at the current directory, so the app finds its files
wherever IT installs it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

BUNDLED_PACKAGE_DATA = "_bundled"
PACKAGE_DIR = Path(__file__).parent  # where an installed wheel keeps BUNDLED_PACKAGE_DATA


def app_root() -> Path:
    """The folder holding content/ and resources/."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return _unfrozen_root(PACKAGE_DIR)


@cache
def _unfrozen_root(package: Path) -> Path:
    """Asked once a run: the package does not move (a compare page asked ~20 times, ~1 ms each)."""
    # Wheels install as plain folders: the package's own folder holds the bundled data. (What
    # importlib.resources.files would answer for it; importing that costs the first paint ~10 ms.)
    installed = package / BUNDLED_PACKAGE_DATA
    if (installed / "resources").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent


def bundled_content_dir() -> Path:
    return app_root() / "content"


def resources_dir() -> Path:
    return app_root() / "resources"


def translations_dir() -> Path:
    """Compiled translations (*.qm): built by make, by the wheel build and by build.spec."""
    return resources_dir() / "translations"


def resource(name: str) -> Path:
    """A file under resources/; an unknown name is a bug, so it raises."""
    base = resources_dir()
    path = base / name
    if not path.resolve().is_relative_to(_resolved(base)) or not path.is_file():
        raise FileNotFoundError(f"no bundled resource named {name!r} (looked in {path.parent})")
    return path


@cache
def _resolved(folder: Path) -> Path:
    return folder.resolve()
