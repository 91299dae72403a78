"""The frozen app can sign and verify content packs: build.spec drops nothing PyNaCl needs."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def spec_lists() -> dict[str, object]:
    spec = importlib.util.spec_from_file_location("tools_package_check", ROOT / "tools" / "package_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.spec_lists(ROOT / "build.spec")


def test_signing_and_verifying_import_nothing_the_spec_excludes(tmp_path):
    script = (
        "import datetime as dt, json, sys\n"
        "from pathlib import Path\n"
        "from clinicapp.content import packs\n"
        f"private, _, public = packs.write_key_pair(Path({str(tmp_path / 'keys')!r}))\n"
        f"out = Path({str(tmp_path / 'x.clinicpack')!r})\n"
        f"packs.build_pack(Path({str(ROOT / 'tests' / 'fixtures' / 'content')!r}), packs.load_private_key(private),"
        " out, created=dt.datetime.now(dt.UTC))\n"
        f"packs.choose_content(out, public, cache_dirs=[Path({str(tmp_path / 'cache')!r})])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "nacl._sodium" in loaded  # the check below saw the real thing
    # hashlib tries OpenSSL's _hashlib and falls back to Python's own SHA-256 when
    # it is missing, as it is in the frozen build: an optional accelerator.
    excluded = set(spec_lists()["EXCLUDED_MODULES"]) - {"_hashlib"}  # type: ignore[arg-type]
    assert sorted(m for m in loaded if m in excluded or m.split(".")[0] in excluded) == []


def test_the_pack_modules_are_hidden_imports_of_the_frozen_app():
    hidden = spec_lists()["PACK_HIDDEN_IMPORTS"]
    assert {"clinicapp.content.packs", "_cffi_backend"} <= set(hidden)  # type: ignore[arg-type]
    assert "PACK_HIDDEN_IMPORTS," in (ROOT / "build.spec").read_text(encoding="utf-8")  # used by Analysis
