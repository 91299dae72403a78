"""`pip install .` as a Python user would do it: the wheel alone must be a complete app.

Slow (it builds the sdist and wheel with `python -m build`, then installs the
wheel into a fresh venv), so it runs in .ci/run, not in `make test`. The
source copy is deleted before the installed app runs, from another folder,
with an empty HOME: anything the app still read from a checkout would fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Building and installing the wheel takes minutes on a busy machine: the suite's 60 s limit is for
# tests that hang, not for this one (its own subprocess steps carry their own limits).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def tracked_files(root: Path) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
    return [name for name in out.decode().split("\0") if name]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with only the built wheel installed; returns its scripts folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in tracked_files(ROOT):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    dist = work / "dist"
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(source)], check=True,
                   capture_output=True, timeout=900)  # fmt: skip
    shutil.rmtree(source)
    wheels = list(dist.glob("clinicapp-*.whl"))
    assert len(wheels) == 1, list(dist.iterdir())
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(scripts / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True,
                   timeout=900)  # fmt: skip
    return scripts


def run(scripts: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(scripts / "clinicapp"), *args], capture_output=True, text=True, timeout=300,
                          env=env, cwd=elsewhere)  # fmt: skip


def test_installed_wheel_reads_its_data_from_the_package(installed, tmp_path):
    probe = "import clinicapp.paths as p; print(p.bundled_content_dir()); print(p.translations_dir())"
    out = subprocess.run([str(installed / "python"), "-c", probe], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout.split()  # fmt: skip
    for folder in map(Path, out):
        assert "site-packages" in folder.parts and folder.is_dir(), folder
    assert (Path(out[1]) / "clinicapp_es.qm").is_file()


def test_installed_wheel_carries_every_pictogram_and_diagram(installed, tmp_path):
    """Issue 18: the drawings are data under resources/, copied into the wheel like the body map."""
    probe = (
        "from clinicapp.content.diagrams import known_diagrams; from clinicapp.paths import resources_dir; "
        "print(resources_dir()); print(' '.join(sorted(known_diagrams())))"
    )
    out = subprocess.run([str(installed / "python"), "-c", probe], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout.splitlines()  # fmt: skip
    folder = Path(out[0])
    assert "site-packages" in folder.parts
    assert out[1].split() == sorted(p.stem for p in (ROOT / "resources" / "diagrams").glob("*.svg"))
    shipped = sorted(p.name for p in (folder / "pictograms").glob("*.svg"))
    assert shipped == sorted(p.name for p in (ROOT / "resources" / "pictograms").glob("*.svg"))


def test_installed_self_test_passes_from_another_folder(installed, tmp_path):
    result = run(installed, "--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout


def test_installed_validate_checks_the_bundled_content(installed, tmp_path):
    result = run(installed, "validate", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"ok": true' in result.stdout


def test_installed_app_starts_in_spanish_with_a_spanish_interface(installed, tmp_path):
    result = run(installed, "--lang", "es", "--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    interface language: es translation loaded" in result.stdout


def test_installed_list_therapies_prints_the_valid_ids(installed, tmp_path):
    result = run(installed, "list-therapies", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "trigger-point-injections" in result.stdout
