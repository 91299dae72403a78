"""Signed content packs: one file IT copies to a network share, checked before use.

A pack is a zip archive holding

    manifest.json   format, version, created date, and every file's path, size and SHA-256
    manifest.sig    an Ed25519 signature over manifest.json (and the public key that made it)
    content/...     the content root (language folders such as en/ and es/)

Only the signature is trusted, so it is checked first and every other part is
checked against the signed manifest: a file changed, added or removed, a
changed manifest, or another key's signature is refused with a message
naming the pack. Nothing is written outside a fresh staging folder until the
whole pack has been verified; verified packs live in a versioned cache
(one folder per manifest) and are verified again from the cache before each
use, so the cache folder needs no more trust than the share.

Archive names are checked before anything is read (no absolute paths, no
`..`, no backslashes, no links or special files, no duplicates even by case),
and every size is bounded (pack, file count, each file, the total) while
reading, whatever the archive claims: a zip bomb stops at the limit.

Pure Python, no Qt. Ed25519 comes from libsodium through PyNaCl (PyCA), the
smallest well-kept binding (3.7 MiB in the frozen build against 13.8 for
`cryptography`). The app imports this module only when a pack or a key is
configured, so start-up stays lean.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

PACK_SUFFIX = ".clinicpack"
FORMAT = "clinicapp-content-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONTENT_DIR = "content"
KEY_PREFIX = "ed25519:"
PRIVATE_KEY_PREFIX = "ed25519-private:"  # the private key file: this prefix + base64 of the 32-byte seed
PRIVATE_KEY_NAME = "clinicapp-content.key"
PUBLIC_KEY_NAME = "clinicapp-content.pub"
LAST_GOOD = "last-good.txt"
KEEP_CACHED = 3  # the last good pack plus the newest others; older ones are removed
# Signed together with the manifest so a signature made for anything else never verifies here.
_CONTEXT = b"clinicapp content pack v1\n"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date: the archive never depends on the clock
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds applied while reading, whatever an archive or manifest claims."""

    max_pack_bytes: int = 64 * 1024 * 1024
    max_files: int = 2000
    max_file_bytes: int = 8 * 1024 * 1024
    max_total_bytes: int = 128 * 1024 * 1024
    max_manifest_bytes: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


# Markup and control characters never reach a message: names come from the archive (anyone who can
# write to the share), and messages are shown in the staff notice and the log.
_UNSAFE = re.compile(r"[<>&\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    """text with markup and control characters replaced by '?' (for the staff notice and the log)."""
    return _UNSAFE.sub("?", text)


class PackError(Exception):
    """A pack (or key) that must not be used; the text names the file and the reason."""

    def __init__(self, file: str | Path, message: str) -> None:
        self.file = plain(str(file))
        self.message = plain(message)
        super().__init__(f"{self.file}: {self.message}")


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: str  # posix, relative to the content root, e.g. "en/topics/knots.yaml"
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    version: str
    created: str  # ISO 8601 UTC, e.g. 2026-11-30T09:00:00Z
    files: tuple[FileEntry, ...]
    raw: bytes = field(repr=False, default=b"")  # exactly the bytes that were signed

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


# -- keys ------------------------------------------------------------------------------------------
def generate_key() -> SigningKey:
    """A new private (signing) key, from the operating system's random source."""
    return SigningKey.generate()


def public_key_text(key: VerifyKey | SigningKey) -> str:
    """The one-line form IT pastes into settings: `ed25519:` + base64 of the raw 32 bytes."""
    public = key.verify_key if isinstance(key, SigningKey) else key
    return KEY_PREFIX + base64.b64encode(bytes(public)).decode("ascii")


def parse_public_key(text: str) -> VerifyKey:
    """The key from its one-line form; ValueError says what is wrong with it."""
    text = text.strip()
    if not text.startswith(KEY_PREFIX):
        raise ValueError(f"must start with {KEY_PREFIX}")
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except ValueError:
        raise ValueError("is not valid base64") from None
    if len(raw) != 32:
        raise ValueError("must hold 32 bytes")
    return VerifyKey(raw)


def write_key_pair(folder: Path) -> tuple[Path, Path, str]:
    """Make a new key pair in folder; never overwrites. Returns private path, public path, public text."""
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_KEY_NAME, folder / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():
            raise PackError(path, "already exists; not overwritten (a new key would orphan every pack it signed)")
    key = generate_key()
    secret = (PRIVATE_KEY_PREFIX + base64.b64encode(bytes(key)).decode("ascii") + "\n").encode("ascii")
    # O_EXCL: a file (or link) appearing in between is not followed or replaced; 0600 from the first byte.
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secret)
    text = public_key_text(key)
    descriptor = os.open(public_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text + "\n")
    return private_path, public_path, text


def load_private_key(path: Path) -> SigningKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackError(path, f"cannot read the private key ({exc.strerror or exc})") from None
    text = data.decode("ascii", errors="replace").strip()
    try:
        if not text.startswith(PRIVATE_KEY_PREFIX):
            raise ValueError(text)
        seed = base64.b64decode(text[len(PRIVATE_KEY_PREFIX) :], validate=True)
        return SigningKey(seed)  # ValueError unless exactly 32 bytes
    except ValueError:
        raise PackError(path, "not a private key made by `clinicapp keygen`") from None


# -- names -----------------------------------------------------------------------------------------
def safe_relative(name: str) -> str | None:
    """name when it is a plain relative posix path inside its folder, else None."""
    if not name or len(name) > 1024 or "\\" in name or "\x00" in name or ":" in name or name.startswith("/"):
        return None
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    return name


# -- making a pack ---------------------------------------------------------------------------------
def collect_files(folder: Path) -> list[tuple[str, Path]]:
    """Every regular file under folder as (pack path, file), sorted; links and special files are errors.

    A single language folder (it holds clinic.yaml) is packed under its own
    name, so an unpacked pack is always a content root of language folders.
    Hidden files and folders (.git, .DS_Store) and .clinicpack files are left out.
    """
    prefix = f"{folder.name}/" if (folder / "clinic.yaml").is_file() else ""
    found: list[tuple[str, Path]] = []
    for current, dirs, files in os.walk(folder, followlinks=False):
        base = Path(current)
        for name in list(dirs):
            if name.startswith(".") or name == "__pycache__":
                dirs.remove(name)
            elif (base / name).is_symlink():
                raise PackError(base / name, "is a link; packs hold regular files only")
        for name in files:
            if name.startswith(".") or name.endswith((PACK_SUFFIX, PACK_SUFFIX + ".partial")):
                continue  # hidden files, and a pack written into the folder it packs
            path = base / name
            mode = path.lstat().st_mode
            if not stat.S_ISREG(mode):
                kind = "a link" if stat.S_ISLNK(mode) else "not a regular file"
                raise PackError(path, f"is {kind}; packs hold regular files only")
            relative = prefix + path.relative_to(folder).as_posix()
            if safe_relative(relative) is None:
                raise PackError(path, "has a name that cannot go into a pack")
            found.append((relative, path))
    found.sort()
    _check_case_clash([name for name, _ in found], folder)
    return found


def _check_case_clash(names: Iterable[str], where: str | Path) -> None:
    seen: dict[str, str] = {}
    for name in names:
        folded = name.casefold()
        if folded in seen:
            raise PackError(where, f"'{seen[folded]}' and '{name}' differ only in case (one file on Windows)")
        seen[folded] = name


def _manifest_bytes(version: str, created: str, files: Sequence[FileEntry]) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": version,
        "created": created,
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files],
    }
    return (json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _signature_bytes(key: SigningKey, manifest: bytes) -> bytes:
    document = {
        "algorithm": "ed25519",
        "key": public_key_text(key),
        "signature": base64.b64encode(key.sign(_CONTEXT + manifest).signature).decode("ascii"),
    }
    return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode("ascii")


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_pack(folder: Path, key: SigningKey, out: Path, *, created: dt.datetime, version: str = "") -> Manifest:
    """Write a signed pack of folder to out (replacing it whole). Same input, same bytes.

    Deterministic: names sorted, one fixed timestamp and mode, no folder
    entries, and Ed25519 signatures carry no randomness.
    """
    created_text = utc_text(created)
    entries, blobs = [], []
    for name, path in collect_files(folder):
        data = path.read_bytes()
        entries.append(FileEntry(name, len(data), hashlib.sha256(data).hexdigest()))
        blobs.append((f"{CONTENT_DIR}/{name}", data))
    if not entries:
        raise PackError(folder, "no files to pack")
    manifest = _manifest_bytes(version or created_text, created_text, entries)
    members = [(MANIFEST, manifest), (SIGNATURE, _signature_bytes(key, manifest)), *blobs]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, so the mode below means the same everywhere
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compresslevel=9)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(buffer.getvalue())
    os.replace(partial, out)  # a half-written pack never carries the final name
    return Manifest(version or created_text, created_text, tuple(entries), manifest)


# -- checking --------------------------------------------------------------------------------------
def _check_signature(where: str | Path, manifest: bytes, signature: bytes | None, key: VerifyKey) -> None:
    if signature is None:
        raise PackError(where, "unsigned (no manifest.sig); refused")
    try:
        document = json.loads(signature.decode("utf-8"))
        value = base64.b64decode(document["signature"], validate=True)
        claimed = str(document.get("key", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PackError(where, "the signature file is damaged; refused") from None
    try:
        key.verify(_CONTEXT + manifest, value)
    except (BadSignatureError, ValueError):  # ValueError: a signature of the wrong length
        if claimed and claimed != public_key_text(key):
            raise PackError(
                where, f"signed by another key ({_short(claimed)}), not the configured content_public_key; refused"
            ) from None
        raise PackError(
            where, "the signature does not match: the manifest was changed after signing; refused"
        ) from None


def _short(key_text: str) -> str:
    return key_text[:20] + "…" if len(key_text) > 20 else key_text


def _parse_manifest(where: str | Path, raw: bytes, limits: Limits) -> Manifest:
    """The manifest's fields, each checked (it is signed, but it still becomes paths on disk)."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise PackError(where, "the manifest is not valid JSON; refused") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackError(where, "not a clinicapp content pack manifest; refused")
    if document.get("format_version") != FORMAT_VERSION:
        raise PackError(where, f"pack format {document.get('format_version')!r} is not supported by this version")
    files = document.get("files")
    if not isinstance(files, list) or not files:
        raise PackError(where, "the manifest lists no files; refused")
    if len(files) > limits.max_files:
        raise PackError(where, f"{len(files)} files; the limit is {limits.max_files}")
    entries, total = [], 0
    for item in files:
        try:
            path, size, digest = item["path"], item["size"], item["sha256"]
        except (TypeError, KeyError):
            raise PackError(where, "a manifest entry is incomplete; refused") from None
        if not isinstance(path, str) or safe_relative(path) is None:
            raise PackError(where, f"unsafe file name in the manifest: {str(path)[:80]!r}; refused")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= limits.max_file_bytes:
            raise PackError(where, f"{path}: size outside 0..{limits.max_file_bytes} bytes; refused")
        if not isinstance(digest, str) or len(digest) != 64:
            raise PackError(where, f"{path}: no SHA-256 in the manifest; refused")
        total += size
        entries.append(FileEntry(path, size, digest))
    if total > limits.max_total_bytes:
        raise PackError(where, f"unpacks to {total:,} bytes; the limit is {limits.max_total_bytes:,}")
    names = [e.path for e in entries]
    if len(set(names)) != len(names):
        raise PackError(where, "the manifest lists a file twice; refused")
    _check_case_clash(names, where)
    return Manifest(str(document.get("version", "")), str(document.get("created", "")), tuple(entries), raw)


def _copy_checked(where: str | Path, entry: FileEntry, source: IO[bytes], target: IO[bytes] | None) -> None:
    """Stream one file, never past its signed size, and compare its hash."""
    digest, count = hashlib.sha256(), 0
    while chunk := source.read(min(_CHUNK, entry.size + 1 - count)):
        count += len(chunk)
        if count > entry.size:
            raise PackError(
                where, f"{entry.path}: larger than the signed manifest says (changed after signing); refused"
            )
        digest.update(chunk)
        if target is not None:
            target.write(chunk)
    if count != entry.size or digest.hexdigest() != entry.sha256:
        raise PackError(where, f"{entry.path}: changed after signing (SHA-256 differs); refused")


def _member_names(where: str | Path, archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_files + 2:
        raise PackError(where, f"{len(infos)} entries; the limit is {limits.max_files} files")
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        shown = name[:80]
        if safe_relative(name) is None or info.is_dir():
            raise PackError(where, f"unsafe name in the archive: {shown!r}; refused")
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: type not recorded
            raise PackError(where, f"{shown}: not a regular file (a link or special file); refused")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(where, f"{shown}: encrypted or unusual compression; refused")
        if name in members:
            raise PackError(where, f"{shown}: in the archive twice; refused")
        if name not in (MANIFEST, SIGNATURE) and not name.startswith(CONTENT_DIR + "/"):
            raise PackError(where, f"{shown}: not part of the pack layout; refused")
        members[name] = info
    return members


def _read_small(where: str | Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackError(where, f"{info.filename} is larger than {limit:,} bytes; refused")
    return data


def verify_pack(path: Path, public_key: str, *, dest: Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Check a pack against the key; with dest, also unpack it there (dest must be new and empty).

    Raises PackError naming the pack and the reason. Order: size and names,
    then the signature over the manifest, then every file against it.
    """
    try:
        key = parse_public_key(public_key)
    except ValueError as exc:
        raise PackError("content_public_key", f"{exc}; every pack is refused") from None
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PackError(path, "not a file")
        if size > limits.max_pack_bytes:
            raise PackError(path, f"{size:,} bytes; the limit for a pack is {limits.max_pack_bytes:,}")
        with zipfile.ZipFile(path) as archive:
            members = _member_names(path, archive, limits)
            if MANIFEST not in members:
                raise PackError(path, "no manifest.json: not a content pack; refused")
            manifest_raw = _read_small(path, archive, members[MANIFEST], limits.max_manifest_bytes)
            signature = _read_small(path, archive, members[SIGNATURE], 4096) if SIGNATURE in members else None
            _check_signature(path, manifest_raw, signature, key)
            manifest = _parse_manifest(path, manifest_raw, limits)
            listed = {f"{CONTENT_DIR}/{e.path}" for e in manifest.files}
            present = {name for name in members if name.startswith(CONTENT_DIR + "/")}
            if extra := sorted(present - listed):
                raise PackError(path, f"{extra[0].removeprefix(CONTENT_DIR + '/')}: added after signing; refused")
            if missing := sorted(listed - present):
                raise PackError(path, f"{missing[0].removeprefix(CONTENT_DIR + '/')}: removed after signing; refused")
            for entry in manifest.files:
                with archive.open(members[f"{CONTENT_DIR}/{entry.path}"]) as source:
                    if dest is None:
                        _copy_checked(path, entry, source, None)
                        continue
                    target_path = dest / CONTENT_DIR / entry.path
                    target_path.parent.mkdir(parents=True, exist_ok=True)
                    with open(target_path, "xb") as target:
                        _copy_checked(path, entry, source, target)
    except FileNotFoundError:
        raise PackError(path, "not found") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise PackError(path, f"damaged or not a zip archive ({exc}); refused") from None
    except OSError as exc:
        raise PackError(path, f"cannot be read ({exc.strerror or exc})") from None
    if dest is not None:
        (dest / MANIFEST).write_bytes(manifest_raw)
        (dest / SIGNATURE).write_bytes(signature or b"")
    return manifest


def verify_unpacked(folder: Path, public_key: str, *, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Check an unpacked pack (a cache entry) exactly as strictly as the archive it came from."""
    try:
        key = parse_public_key(public_key)
    except ValueError as exc:
        raise PackError("content_public_key", f"{exc}; every pack is refused") from None
    try:
        raw = _read_limited(folder / MANIFEST, limits.max_manifest_bytes)
        signature = _read_limited(folder / SIGNATURE, 4096) if (folder / SIGNATURE).is_file() else None
        _check_signature(folder, raw, signature, key)
        manifest = _parse_manifest(folder, raw, limits)
        root = folder / CONTENT_DIR
        present = set()
        for current, dirs, files in os.walk(root, followlinks=False):
            for name in dirs + files:
                path = Path(current) / name
                mode = path.lstat().st_mode
                if stat.S_ISDIR(mode):
                    continue
                if not stat.S_ISREG(mode):
                    raise PackError(folder, f"{path.relative_to(root).as_posix()}: not a regular file; refused")
                present.add(path.relative_to(root).as_posix())
        listed = {e.path for e in manifest.files}
        if extra := sorted(present - listed):
            raise PackError(folder, f"{extra[0]}: added after signing; refused")
        if missing := sorted(listed - present):
            raise PackError(folder, f"{missing[0]}: removed after signing; refused")
        for entry in manifest.files:
            with open(root / entry.path, "rb") as source:
                _copy_checked(folder, entry, source, None)
    except OSError as exc:
        raise PackError(folder, f"cannot be read ({exc.strerror or exc})") from None
    return manifest


def _read_limited(path: Path, limit: int) -> bytes:
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackError(path, f"larger than {limit:,} bytes; refused")
    return data


# -- the cache of verified packs -------------------------------------------------------------------
def default_cache_dirs() -> tuple[Path, ...]:
    """Machine-wide first (shared by every account on a kiosk), then the account's own as a fallback."""
    import platformdirs

    return (
        Path(platformdirs.site_cache_dir("clinicapp", appauthor=False)) / "packs",
        Path(platformdirs.user_cache_dir("clinicapp", appauthor=False)) / "packs",
    )


def _entry_name(manifest: Manifest) -> str:
    stamp = "".join(ch for ch in manifest.created if ch.isdigit())[:14] or "0"
    return f"{stamp}-{manifest.digest[:16]}"


def _writable_cache(cache_dirs: Sequence[Path]) -> Path | None:
    for folder in cache_dirs:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
                return folder
        except OSError:
            continue
    return None


def install_pack(pack: Path, public_key: str, cache_dirs: Sequence[Path], *, limits: Limits = DEFAULT_LIMITS) -> Path:
    """Verify pack into a staging folder, then move it into the cache; returns its content root.

    The pack is read and verified before anything takes a cache name, so a
    refused pack never replaces or damages what was there.
    """
    cache = _writable_cache(cache_dirs)
    if cache is None:
        raise PackError(pack, f"no cache folder can be written ({', '.join(map(str, cache_dirs))})")
    staging = Path(tempfile.mkdtemp(dir=cache, prefix=".staging-"))
    try:
        manifest = verify_pack(pack, public_key, dest=staging, limits=limits)
        final = cache / _entry_name(manifest)
        if final.exists():
            try:
                verify_unpacked(final, public_key, limits=limits)
            except PackError:
                shutil.rmtree(final, ignore_errors=True)  # damaged since: replace with the fresh copy
        if not final.exists():
            try:
                os.rename(staging, final)
            except OSError:
                if not final.is_dir():  # not another process that got there first
                    raise PackError(pack, f"cannot write the cache folder {cache}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _remember(cache, final.name)
    _prune(cache, keep=final.name)
    return final / CONTENT_DIR


def _remember(cache: Path, name: str) -> None:
    pointer = cache / LAST_GOOD
    partial = cache / f".{LAST_GOOD}.partial"
    try:
        partial.write_text(name + "\n", encoding="utf-8")
        os.replace(partial, pointer)
    except OSError:
        pass  # then the newest entry is the last good one; nothing is lost


def _entries(cache: Path) -> list[Path]:
    try:
        found = [p for p in cache.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)  # names start with the created date


def _prune(cache: Path, keep: str) -> None:
    others = [p for p in _entries(cache) if p.name != keep]
    for old in others[KEEP_CACHED - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    stale = time.time() - 3600  # staging folders left by a run that was killed mid-way
    for leftover in cache.glob(".staging-*"):
        with contextlib.suppress(OSError):
            if leftover.is_dir() and not leftover.is_symlink() and leftover.stat().st_mtime < stale:
                shutil.rmtree(leftover, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class LastGood:
    root: Path  # the content root inside the cache entry
    manifest: Manifest


def last_good(public_key: str, cache_dirs: Sequence[Path], *, limits: Limits = DEFAULT_LIMITS) -> LastGood | None:
    """The most recently installed pack that still verifies with this key, else the newest that does."""
    for cache in cache_dirs:
        entries = _entries(cache)
        try:
            pointer = (cache / LAST_GOOD).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            pointer = ""
        entries.sort(key=lambda p: p.name != pointer)  # stable: the pointer first, then newest first
        for entry in entries:
            try:
                manifest = verify_unpacked(entry, public_key, limits=limits)
            except PackError:
                continue
            return LastGood(entry / CONTENT_DIR, manifest)
    return None


# -- what the app shows ----------------------------------------------------------------------------
@dataclass
class ContentChoice:
    """The content root to load (None: the bundled content) and what staff should be told."""

    root: Path | None
    notes: list[str] = field(default_factory=list)


def is_pack_path(path: Path) -> bool:
    return path.suffix.lower() == PACK_SUFFIX or path.is_file()


def choose_content(
    requested: Path | None,
    public_key: str,
    *,
    key_problem: bool = False,
    cache_dirs: Sequence[Path] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ContentChoice:
    """Turn the `content` and `content_public_key` settings into the folder to load.

    Without a key: a folder is used as before; a pack is refused (its
    signature cannot be checked). With a key: only a pack that verifies is
    used; anything else (a plain folder, a missing share, a refused pack)
    falls back to the last good pack, then to the bundled content.
    """
    if requested is None:
        return ContentChoice(None)
    shown_path = plain(str(requested))
    if key_problem:
        return ContentChoice(
            None,
            [
                f"Settings: content_public_key is not a valid key, so {shown_path} is not used; "
                "showing the bundled content."
            ],
        )
    if not public_key:
        if is_pack_path(requested):
            return ContentChoice(
                None,
                [
                    f"Content pack {shown_path} refused: no content_public_key is set, so its signature cannot be "
                    "checked; showing the bundled content."
                ],
            )
        return ContentChoice(requested)
    caches = tuple(default_cache_dirs() if cache_dirs is None else cache_dirs)
    if is_pack_path(requested):
        try:
            return ContentChoice(install_pack(requested, public_key, caches, limits=limits))
        except PackError as exc:
            reason = f"Content pack refused: {exc}."
    elif requested.exists():
        reason = f"Content folder {shown_path} refused: content_public_key is set, so only signed packs are used."
    else:
        reason = f"Content pack {shown_path} not found."
    good = last_good(public_key, caches, limits=limits)
    if good is None:
        return ContentChoice(None, [f"{reason} No earlier pack verifies; showing the bundled content."])
    shown = plain(good.manifest.version or good.manifest.created)
    return ContentChoice(good.root, [f"{reason} Showing the last good content pack ({shown})."])
