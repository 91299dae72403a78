"""`clinicapp --self-test` and `--version`, run as IT would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clinicapp import __version__

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "content"


def run_app(*args: str, tmp_path: Path, read_aloud: bool = False) -> subprocess.CompletedProcess[str]:
    """The app in a fresh home. Read aloud is off unless asked for: its line depends on the machine's voices."""
    machine = tmp_path / "machine.yaml"
    machine.write_text(f"read_aloud: {'true' if read_aloud else 'false'}\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),  # a speech-dispatcher it starts has its socket here
        "CLINICAPP_CONFIG": str(machine),
    }
    env.pop("QT_QPA_PLATFORM", None)  # --self-test must choose offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "clinicapp", *args], capture_output=True, text=True, timeout=120, env=env, cwd="/"
    )


def test_self_test_passes_and_reports_every_area(tmp_path):
    result = run_app("--self-test", "--content", str(FIXTURE), tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for name in ("content", "search index", "pictures", "home", "topics", "glossary", "search", "a topic"):
        assert f"ok    {name}" in out
    assert "0 failed" in out


def test_self_test_draws_the_pictures_and_fails_without_them(tmp_path, monkeypatch):
    """Issue 18: a build that lost its drawings (or QtSvg) fails the self-test, naming the check."""
    result = run_app("--self-test", "--content", str(FIXTURE), tmp_path=tmp_path)
    assert "ok    pictures: 4 pictograms and 0 diagrams drawn in both themes" in result.stdout
    import shutil

    from clinicapp.paths import resources_dir

    root = tmp_path / "frozen"  # a copy of the app's data without one pictogram, found as a frozen build's
    shutil.copytree(resources_dir(), root / "resources")
    shutil.copytree(FIXTURE, root / "content")
    (root / "resources" / "pictograms" / "medicine.svg").unlink()
    probe = (
        "import sys; sys._MEIPASS = sys.argv[1]; sys.argv[1:] = ['--self-test']; "
        "from clinicapp.cli import main; sys.exit(main())"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    broken = subprocess.run(
        [sys.executable, "-c", probe, str(root)], capture_output=True, text=True, timeout=120, env=env, cwd="/"
    )
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "FAIL  pictures" in broken.stdout and "medicine.svg" in broken.stdout


def test_self_test_fails_when_the_content_has_errors(tmp_path):
    import shutil

    broken = tmp_path / "content"
    shutil.copytree(FIXTURE, broken)
    (broken / "en" / "topics" / "knots.yaml").write_text("id: knots\ntitle: [not, text]\n")
    result = run_app("--self-test", "--content", str(broken), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "FAIL  content" in result.stdout


def test_version_matches_the_package(tmp_path):
    result = run_app("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"clinicapp {__version__}"


def test_exit_after_paint_quits_by_itself(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "clinicapp", "--exit-after-paint", "--content", str(FIXTURE)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr


def _settings(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_self_test_fails_when_therapies_offered_names_unknown_ids(tmp_path):
    config = _settings(tmp_path, "therapies_offered: [stretching, trigger-point-injection]\n")
    result = run_app("--self-test", "--content", str(FIXTURE), "--config", str(config), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "FAIL  offered therapies" in result.stdout
    assert "trigger-point-injection" in result.stdout and "list-therapies" in result.stdout


def test_self_test_fails_when_nothing_is_offered(tmp_path):
    config = _settings(tmp_path, "therapies_offered: []\n")
    result = run_app("--self-test", "--content", str(FIXTURE), "--config", str(config), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "FAIL  offered therapies: no therapy is offered" in result.stdout


def test_self_test_reports_the_interface_language(tmp_path):
    result = run_app("--self-test", "--lang", "es", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    interface language: es translation loaded" in result.stdout


def test_self_test_warns_until_the_content_is_signed_off(tmp_path):
    unsigned = run_app("--self-test", "--content", str(FIXTURE), tmp_path=tmp_path)
    assert unsigned.returncode == 0, unsigned.stdout + unsigned.stderr  # a warning, never a failure
    assert "warn  content sign-off: not signed off" in unsigned.stdout
    assert "0 failed, 1 warning(s)" in unsigned.stdout
    config = tmp_path / "config.yaml"
    config.write_text("content_approved_by: Medical director\ncontent_approved_on: 2026-11-30\n", encoding="utf-8")
    signed = run_app("--self-test", "--content", str(FIXTURE), "--config", str(config), tmp_path=tmp_path)
    assert signed.returncode == 0, signed.stdout + signed.stderr
    assert "content sign-off" not in signed.stdout and "warning(s)" not in signed.stdout


def test_self_test_reports_read_aloud_and_never_fails_on_it(tmp_path):
    """Listen is optional: the line says what works (engine, voices) or warns why there is no Listen button."""
    off = run_app("--self-test", "--content", str(FIXTURE), tmp_path=tmp_path)
    assert "ok    read aloud: turned off by the settings (read_aloud: false)" in off.stdout
    on = run_app("--self-test", "--content", str(FIXTURE), tmp_path=tmp_path, read_aloud=True)
    assert on.returncode == 0, on.stdout + on.stderr
    line = next(x for x in on.stdout.splitlines() if "read aloud:" in x)
    assert line.startswith(("  ok    read aloud: ", "  warn  read aloud: ")), line
    assert "voices for en" in line or "warn" in line
    stop_speech_dispatchers(tmp_path)


def stop_speech_dispatchers(tmp_path: Path) -> None:
    """End the speech-dispatcher the run started (its socket lies under tmp_path); it outlives its client."""
    import signal

    for proc in Path("/proc").glob("[0-9]*"):
        try:
            command = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "speech-dispatcher" in command and str(tmp_path) in command:
            os.kill(int(proc.name), signal.SIGKILL)
