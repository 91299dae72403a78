"""The packaged build for IT: the path helper, the spec's lists and filter, the icons, the frozen app.

The fast tests run in `make test`. The slow ones build with PyInstaller (or
use the build named by CLINICAPP_FROZEN, as .ci/run does after `make
package`) and run the frozen binary the way IT would: from /, with an empty
HOME, no network where `unshare -n` works, offscreen.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from clinicapp import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
FIXTURE = ROOT / "tests" / "fixtures" / "content"


def load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the path helper -------------------------------------------------------------------------


def test_paths_from_source_point_at_the_checkout_whatever_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.chdir(tmp_path)
    assert paths.app_root() == ROOT
    assert paths.bundled_content_dir() == ROOT / "content"
    assert paths.translations_dir() == ROOT / "resources" / "translations"
    assert paths.resource("icon.svg") == ROOT / "resources" / "icon.svg"


def test_paths_when_frozen_use_meipass(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "resources" / "icon.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.chdir(tmp_path)
    assert paths.app_root() == bundle
    assert paths.bundled_content_dir() == bundle / "content"
    assert paths.translations_dir() == bundle / "resources" / "translations"
    assert paths.resource("icon.svg") == bundle / "resources" / "icon.svg"


@pytest.mark.parametrize("name", ["no-such-icon.png", "../pyproject.toml", "translations", ""])
def test_resource_raises_on_unknown_names(name):
    with pytest.raises(FileNotFoundError, match="no bundled resource"):
        paths.resource(name)


# --- build.spec -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec_lists() -> dict[str, object]:
    return load_tool("package_check").spec_lists(SPEC)


def test_spec_lists_parse_as_literals(spec_lists):
    for name in (
        "EXCLUDED_MODULES",
        "EXCLUDED_QT_LIBRARIES",
        "EXCLUDED_QT_LIBRARY_PREFIXES",
        "EXCLUDED_SYSTEM_LIBRARIES",
        "KEPT_QT_TRANSLATION_LANGUAGES",
        "KEPT_PYPHEN_DICTIONARIES",
    ):
        value = spec_lists[name]
        assert isinstance(value, list) and value and all(isinstance(v, str) for v in value), name
    kept = spec_lists["KEPT_QT_PLUGINS"]
    assert isinstance(kept, dict)
    for platform in ("qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"):
        assert platform in kept["platforms"]


def test_spec_never_excludes_a_qt_module_the_app_imports(spec_lists):
    used = set()
    for source in (ROOT / "clinicapp").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {name.removeprefix("PySide6.") for name in spec_lists["EXCLUDED_MODULES"]}  # type: ignore[union-attr]
    assert not used & excluded, "build.spec excludes a Qt module clinicapp imports"


def spec_filter(lists: dict[str, object]):
    """keep_binary() from build.spec, with its lists, without running PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    functions = [
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in ("_stem", "keep_binary")
    ]
    namespace: dict[str, object] = {"Path": Path, "sys": sys, **lists}
    exec(compile(ast.Module(body=functions, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace["keep_binary"]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Linux
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickControls2Material.so.6", False),
        # Read aloud: QtTextToSpeech and its speech-dispatcher plugin, with Multimedia and Network it links
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6TextToSpeech.so.6", True),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", True),
        ("PySide6/Qt/lib/libQt6Concurrent.so.6", True),
        ("PySide6/Qt/lib/libQt6MultimediaQuick.so.6", False),
        ("PySide6/Qt/lib/libQt6MultimediaWidgets.so.6", False),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("libpulse.so.0", False),
        ("libspeechd.so.2", False),
        ("libgssapi_krb5.so.2", False),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("libcups.so.2", False),
        ("libdbus-1.so.3", False),
        ("pyphen/dictionaries/hyph_en_US.dic", True),
        ("pyphen/dictionaries/hyph_fr.dic", False),
        ("pyphen/dictionaries/hyph_es.dic", True),
        ("textstat/resources/en/easy_words.txt", True),
        ("textstat/resources/es/easy_words.txt", True),
        ("textstat/resources/de/easy_words.txt", False),
        ("content/en/topics/knots.yaml", True),
        ("resources/translations/clinicapp_es.qm", True),
        ("resources/pictograms/injection.svg", True),
        ("resources/diagrams/trigger-point-referral.svg", True),
        # Windows
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/plugins/texttospeech/qtexttospeech_sapi.dll", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_winrt.dll", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_mock.dll", False),
        ("PySide6/Qt6TextToSpeech.dll", True),
        # macOS
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_darwin.dylib", True),
        ("PySide6/Qt/lib/QtTextToSpeech.framework/Versions/A/QtTextToSpeech", True),
    ],
)
def test_spec_filter_keeps_what_a_desktop_needs_on_every_platform(spec_lists, dest, kept):
    assert spec_filter(spec_lists)(dest) is kept


def test_spec_reads_the_version_from_the_package():
    text = SPEC.read_text(encoding="utf-8")
    assert 'clinicapp" / "__init__.py"' in text
    pattern = re.search(r"re\.search\(r'(.+?)'", text)
    assert pattern, "build.spec no longer reads __version__ with a regular expression"
    found = re.search(pattern.group(1), (ROOT / "clinicapp" / "__init__.py").read_text(), re.MULTILINE)
    assert found and found.group(1) == __version__


# --- icons -----------------------------------------------------------------------------------


def test_ico_and_icns_containers_point_at_their_pngs():
    icons = load_tool("make_icons")
    pngs = {16: b"\x89PNG-sixteen", 256: b"\x89PNG-two-five-six"}
    ico = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 2)
    for index, (size, png) in enumerate(sorted(pngs.items())):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert width == (0 if size == 256 else size)
        assert ico[offset : offset + length] == png
    icns = icons.icns_bytes([(b"ic07", b"\x89PNG-a"), (b"ic08", b"\x89PNG-bb")])
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns[8:12] == b"ic07" and struct.unpack(">I", icns[12:16])[0] == 8 + len(b"\x89PNG-a")


def test_icon_svg_renders_to_opaque_pngs(qapp):
    from PySide6.QtGui import QImage

    pngs = load_tool("make_icons").render_pngs(ROOT / "resources" / "icon.svg", (16, 64))
    for size, data in pngs.items():
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


# --- the frozen build (slow) -----------------------------------------------------------------


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """The frozen executable: CLINICAPP_FROZEN's, or a fresh PyInstaller build of build.spec."""
    given = os.environ.get("CLINICAPP_FROZEN")
    if given:
        return Path(given).resolve()
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "CLINICAPP_ICON_DIR": str(work / "icons"), "QT_QPA_PLATFORM": "offscreen"}
    # A child process: rendering here would leave a QGuiApplication where the UI tests need a QApplication.
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_icons.py"), str(work / "icons")], check=True, env=env)
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env=env,
        timeout=900,
    )
    name = "clinicapp.exe" if sys.platform == "win32" else "clinicapp"
    return work / "dist" / "clinicapp" / name


def run_frozen(executable: Path, *args: str, home: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """As IT runs it: from /, a bare environment with an empty HOME, offscreen, offline if possible."""
    offline = (
        ["unshare", "-n"]
        if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
        else []
    )
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", **extra_env}
    return subprocess.run(
        [*offline, str(executable), *args],
        capture_output=True,
        text=True,
        cwd=Path(os.sep).resolve(),
        env=env,
        timeout=120,
    )


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_version_matches_the_source(frozen, tmp_path):
    result = run_frozen(frozen, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"clinicapp {__version__}"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_self_test_passes_on_the_bundled_content(frozen, tmp_path):
    result = run_frozen(frozen, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("broken", ["missing", "no-topics"])
def test_frozen_app_falls_back_to_bundled_content_and_says_so(frozen, tmp_path, broken):
    folder = tmp_path / "it-content"
    if broken == "no-topics":
        (folder / "en" / "topics").mkdir(parents=True)
        (folder / "en" / "topics" / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    result = run_frozen(frozen, "--self-test", "--content", str(folder), home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout
    assert "showing the bundled content" in result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("how", ["--content", "machine-wide config"])
def test_frozen_app_shows_the_content_folder_it_is_given_without_a_rebuild(frozen, tmp_path, how):
    args, env = ["--self-test"], {}
    if how == "--content":
        args += ["--content", str(FIXTURE)]
    else:
        config = tmp_path / "config.yaml"
        config.write_text(f"content: {FIXTURE}\n", encoding="utf-8")
        env["CLINICAPP_CONFIG"] = str(config)
    home = tmp_path / "home"
    home.mkdir()
    result = run_frozen(frozen, *args, home=home, **env)
    assert result.returncode == 0, result.stdout + result.stderr
    from clinicapp.content.loader import load_library

    topics = len(load_library(FIXTURE / "en").library.topics)
    assert f"ok    content: {topics} topics," in result.stdout  # the fixture library, not the bundled one


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_validate_grades_reading_level(frozen, tmp_path):
    result = run_frozen(frozen, "validate", str(FIXTURE), "--json", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"readability"' in result.stdout and '"ok": true' in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_console_companion_prints_and_returns_exit_codes(frozen, tmp_path):
    companion = frozen.with_name("clinicapp-cli.exe" if sys.platform == "win32" else "clinicapp-cli")
    assert companion.is_file(), "make package builds the console companion beside the windowed app"
    ok = run_frozen(companion, "--self-test", home=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 failed" in ok.stdout
    broken = tmp_path / "broken" / "en" / "topics"
    broken.mkdir(parents=True)
    (broken / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    bad = run_frozen(companion, "validate", str(broken.parent), home=tmp_path)
    assert bad.returncode == 1 and "bad.yaml" in bad.stdout + bad.stderr
    listed = run_frozen(companion, "list-therapies", home=tmp_path)
    assert listed.returncode == 0 and "trigger-point-injections" in listed.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_validate_grades_spanish_content(frozen, tmp_path):
    result = run_frozen(frozen, "validate", "--json", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"ok": true' in result.stdout
