"""Build step that puts the app's data inside the wheel.

content/ and resources/ stay at the top of the repository (editors and
translators work there), but an installed package must carry them: this
build_py copies both into ``clinicapp/_bundled/`` in the build tree and
compiles the interface translations (.ts -> .qm) with Qt's lrelease, so a
plain ``pip install .`` gives a complete app. Editable installs skip the copy
and read the checkout, where ``make`` builds the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("content", "resources")
SKIPPED_SUFFIXES = {".ts", ".qm", ".pyc"}  # sources and stale local builds; .qm is rebuilt below


def _lrelease() -> str:
    """Qt's lrelease from PySide6 (a build requirement); a wheel without translations is broken."""
    found = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit("build: pyside6-lrelease not found; PySide6-Essentials is a build requirement")
    return found


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "clinicapp" / "_bundled"
        shutil.rmtree(target, ignore_errors=True)
        for folder in DATA_FOLDERS:
            for path in sorted((ROOT / folder).rglob("*")):
                relative = path.relative_to(ROOT)
                if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
                    continue
                if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
                    continue
                (target / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / relative)
        translations = target / "resources" / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            qm = translations / ts.with_suffix(".qm").name
            subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"build: lrelease made no {qm.name} from {ts}")


setup(cmdclass={"build_py": BuildWithData})
