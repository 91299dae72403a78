"""Build the Windows MSI around the frozen folder (dist/clinicapp).

    python tools/make_msi.py dist/clinicapp --out dist/clinicapp-VERSION.msi [--toolset wixl|wix3]

installer/windows/clinicapp.wxs holds the product, shortcuts and features; this
script writes the fragment that lists every file of the frozen folder (stable
ids from each file's path, so an upgrade replaces the same components) and
compiles both. On Windows, WiX 3 (candle + light); on Linux, msitools' wixl,
which CI uses to prove the definition compiles. The MSI CI builds from a
Linux folder is a check, not a product: only the Windows build is shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ROOT / "installer" / "windows" / "clinicapp.wxs"
EXECUTABLES = ("clinicapp", "clinicapp-cli")  # declared in clinicapp.wxs (the shortcuts point at them)


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:32].upper()


def files_fragment(folder: Path) -> str:
    """WiX source for every file under folder except the two executables, grouped as CG.AppFiles."""
    skip = {name + suffix for name in EXECUTABLES for suffix in ("", ".exe")}
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
             "  <Fragment>"]  # fmt: skip
    components: list[str] = []

    def walk(directory: Path, indent: str) -> None:
        for path in sorted(directory.iterdir()):
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                continue  # MSI has no links; PyInstaller's Linux links have real files beside them
            if path.is_dir():
                lines.append(f"{indent}<Directory Id={quoteattr(_id('dir', relative))} Name={quoteattr(path.name)}>")
                walk(path, indent + "  ")
                lines.append(f"{indent}</Directory>")
            elif relative not in skip:
                component = _id("cmp", relative)
                components.append(component)
                lines.append(f'{indent}<Component Id="{component}" Guid="*" Win64="yes">')
                source = "$(var.SourceDir)/" + relative
                lines.append(f'{indent}  <File Id="{_id("fil", relative)}" Source={quoteattr(source)} KeyPath="yes"/>')
                lines.append(f"{indent}</Component>")

    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    walk(folder, "      ")
    lines += ["    </DirectoryRef>", "  </Fragment>", "  <Fragment>", '    <ComponentGroup Id="CG.AppFiles">']
    lines += [f'      <ComponentRef Id="{c}"/>' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def msi_version(version: str) -> str:
    """MSI wants up to three numeric fields (major.minor.build): 0.1.0rc1 -> 0.1.0."""
    numbers = re.findall(r"\d+", version)[:3]
    return ".".join([*numbers, "0", "0", "0"][:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the frozen one-folder build (dist/clinicapp)")
    parser.add_argument("--out", type=Path, required=True, help="the .msi to write")
    parser.add_argument("--version", help="product version (default: clinicapp.__version__)")
    parser.add_argument("--toolset", choices=("wixl", "wix3"), default="wix3" if sys.platform == "win32" else "wixl")
    args = parser.parse_args(argv)

    folder = args.folder.resolve()
    suffix = ".exe" if (folder / "clinicapp.exe").is_file() else ""
    missing = [name + suffix for name in EXECUTABLES if not (folder / (name + suffix)).is_file()]
    if missing:
        print(f"make_msi: {folder} lacks {', '.join(missing)}: build it with `make package` first", file=sys.stderr)
        return 1
    if args.version is None:
        sys.path.insert(0, str(ROOT))
        from clinicapp import __version__ as version
    else:
        version = args.version
    work = args.out.resolve().parent / "msi-build"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    fragment = work / "files.wxs"
    fragment.write_text(files_fragment(folder), encoding="utf-8")
    defines = {"Version": msi_version(version), "SourceDir": str(folder), "ExeSuffix": suffix}
    flags = [f"-d{k}={v}" for k, v in defines.items()]  # WiX 3's candle
    if args.toolset == "wixl":
        # wixl resolves sources relative to the .wxs files and refuses absolute
        # paths: build next to copies of both, with a relative SourceDir.
        shutil.copy2(PRODUCT, work / PRODUCT.name)
        relative = os.path.relpath(folder, work)
        flags = [arg for k, v in {**defines, "SourceDir": relative}.items() for arg in ("-D", f"{k}={v}")]
        command = ["wixl", "-a", "x64", *flags, "-o", str(args.out.resolve()), PRODUCT.name, fragment.name]
        subprocess.run(command, check=True, cwd=work)
    else:
        objects = [work / "clinicapp.wixobj", work / "files.wixobj"]
        for source, obj in zip((PRODUCT, fragment), objects, strict=True):
            subprocess.run(["candle", "-nologo", "-arch", "x64", *flags, "-out", str(obj), str(source)], check=True)
        subprocess.run(["light", "-nologo", "-out", str(args.out), *map(str, objects)], check=True)
    print(f"make_msi: wrote {args.out} ({args.out.stat().st_size / 2**20:.1f} MiB, version {defines['Version']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
