"""The content layer and the validate command never import Qt."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONTENT_PACKAGE = REPO / "clinicapp" / "content"
FIXTURE_ROOT = REPO / "tests" / "fixtures" / "content"


def content_modules() -> list[str]:
    modules = ["clinicapp.content"]
    modules += [f"clinicapp.content.{p.stem}" for p in sorted(CONTENT_PACKAGE.glob("*.py")) if p.stem != "__init__"]
    return modules


def run_python(code: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_importing_the_content_layer_loads_no_qt() -> None:
    modules = [*content_modules(), "clinicapp.cli"]
    assert "clinicapp.content.loader" in modules and "clinicapp.content.yamlsafe" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps({'imported': [m for m in " + repr(modules) + " if m in sys.modules],\n"
        "                  'qt': sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')}))\n"
    )
    result = run_python(code)
    assert result["imported"] == modules
    assert result["qt"] == []


def test_running_validate_loads_no_qt() -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from clinicapp.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['validate', {str(FIXTURE_ROOT)!r}])\n"
        "print(json.dumps({'code': code, 'qt': sorted(m for m in sys.modules if m.startswith('PySide6'))}))\n"
    )
    assert run_python(code) == {"code": 0, "qt": []}


def test_no_content_module_mentions_pyside6_imports() -> None:
    pattern = re.compile(r"^\s*(?:import\s+PySide6|from\s+PySide6[\s.])", re.MULTILINE)
    files = sorted(CONTENT_PACKAGE.rglob("*.py"))
    assert len(files) >= 8
    offenders = [str(p.relative_to(REPO)) for p in files if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
