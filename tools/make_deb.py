"""Debian package and tarball of the frozen folder, for Linux clinics.

    python tools/make_deb.py dist/clinicapp --out dist [--icons build/icons]

The .deb installs the folder under /opt/clinicapp, the commands clinicapp and
clinicapp-cli in /usr/bin, a desktop entry and icon, and the kiosk unit as an
example under /usr/share/doc/clinicapp. It depends on the system libraries
Qt's xcb platform needs (the same list tools/ensure-system-libs.sh installs)
and on libcups2, which build.spec leaves to the machine. Built with dpkg-deb
--root-owner-group, so no build-machine user ends up in the package.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "installer" / "linux"
DEPENDS = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-xkb1", "libxkbcommon-x11-0", "libxkbcommon0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libegl1", "libgl1", "libglib2.0-0", "libcups2",
]  # fmt: skip
# Read aloud (Listen) uses the machine's own sound and voice services, which build.spec leaves out:
# without them the app works and simply offers no Listen button.
RECOMMENDS = ["libpulse0", "libspeechd2", "libgssapi-krb5-2", "speech-dispatcher", "speech-dispatcher-espeak-ng"]


def architecture() -> str:
    try:
        done = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
        return done.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def control(version: str, arch: str, installed_kib: int) -> str:
    return "\n".join([
        "Package: clinicapp",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: clinicapp project <clinicapp@localhost>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Section: education",
        "Priority: optional",
        "Description: offline patient education for pain clinics",
        " Plain-language articles on chronic muscle pain and its treatments, a",
        " symptom checklist that becomes a summary for the clinician, and a",
        " side-by-side comparison of treatment options. Runs without a network;",
        " kiosk mode for shared waiting-room machines.",
        "",
    ])  # fmt: skip


def build_deb(folder: Path, out: Path, version: str, icons: Path | None) -> Path:
    arch = architecture()
    stage = out / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / "opt" / "clinicapp", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("clinicapp", "clinicapp-cli"):
        (bin_dir / name).symlink_to(f"/opt/clinicapp/{name}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(LINUX / "clinicapp.desktop", apps / "clinicapp.desktop")
    icon = (icons / "icon-256.png") if icons else None
    if icon and icon.is_file():
        target = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icon, target / "clinicapp.png")
    examples = stage / "usr" / "share" / "doc" / "clinicapp" / "examples"
    examples.mkdir(parents=True)
    shutil.copy2(LINUX / "clinicapp-kiosk.service", examples / "clinicapp-kiosk.service")
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(control(version, arch, size_kib), encoding="utf-8")
    deb = out / f"clinicapp_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    shutil.rmtree(stage)
    return deb


def build_tarball(folder: Path, out: Path, version: str) -> Path:
    tarball = out / f"clinicapp-{version}-linux-{os.uname().machine}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(folder, arcname="clinicapp", filter=owned_by_root)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the frozen one-folder build (dist/clinicapp)")
    parser.add_argument("--out", type=Path, default=Path("dist"))
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    if not (args.folder / "clinicapp").is_file() or not (args.folder / "clinicapp-cli").is_file():
        print(f"make_deb: {args.folder} is not a Linux build with both executables (make package)", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from clinicapp import __version__

    args.out.mkdir(parents=True, exist_ok=True)
    deb = build_deb(args.folder, args.out, __version__, args.icons)
    for made in (deb, build_tarball(args.folder, args.out, __version__)):
        print(f"make_deb: wrote {made} ({made.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
