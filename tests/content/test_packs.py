"""Signed content packs: round trip, every kind of tampering, unsafe archives, limits and the cache."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from clinicapp.content import packs
from clinicapp.content.loader import load_library
from clinicapp.content.packs import Limits, PackError

FIXTURE_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "content"
CREATED = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def key() -> SigningKey:
    return packs.generate_key()


@pytest.fixture
def public(key) -> str:
    return packs.public_key_text(key)


@pytest.fixture
def pack(tmp_path, key) -> Path:
    out = tmp_path / "share" / "clinic.clinicpack"
    packs.build_pack(FIXTURE_ROOT, key, out, created=CREATED, version="v1")
    return out


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(path: Path, changes: dict[str, bytes | None]) -> Path:
    """The same archive with members replaced, added (new name) or removed (None)."""
    data = members(path)
    for name, value in changes.items():
        if value is None:
            del data[name]
        else:
            data[name] = value
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in data.items():
            archive.writestr(name, value)
    return path


def refused(path: Path, public: str, match: str, **kwargs) -> PackError:
    with pytest.raises(PackError, match=match) as info:
        packs.verify_pack(path, public, **kwargs)
    assert str(path) in str(info.value)  # the message names the file
    return info.value


# -- round trip ------------------------------------------------------------------------------------
def test_round_trip_verifies_unpacks_and_loads(pack, public, tmp_path):
    dest = tmp_path / "unpacked"
    dest.mkdir()
    manifest = packs.verify_pack(pack, public, dest=dest)
    assert manifest.version == "v1" and manifest.created == "2026-11-30T09:00:00Z"
    assert {f.path for f in manifest.files} >= {"en/clinic.yaml", "en/topics/knots.yaml"}
    for entry in manifest.files:
        assert (dest / "content" / entry.path).read_bytes() == (FIXTURE_ROOT / entry.path).read_bytes()
    result = load_library(dest / "content" / "en")
    assert not result.problems and len(result.library.topics) == 2
    assert packs.verify_unpacked(dest, public).digest == manifest.digest


def test_the_same_folder_key_and_date_give_the_same_bytes(pack, key, tmp_path):
    again = tmp_path / "again.clinicpack"
    packs.build_pack(FIXTURE_ROOT, key, again, created=CREATED, version="v1")
    assert again.read_bytes() == pack.read_bytes()
    with zipfile.ZipFile(pack) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names[:2] == ["manifest.json", "manifest.sig"] and names[2:] == sorted(names[2:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert all(stat.S_ISREG(i.external_attr >> 16) for i in infos)


def test_a_single_language_folder_is_packed_under_its_own_name(key, public, make_content, tmp_path):
    folder = make_content()  # .../content/en
    out = tmp_path / "one.clinicpack"
    manifest = packs.build_pack(folder, key, out, created=CREATED)
    assert all(f.path.startswith("en/") for f in manifest.files)


# -- tampering -------------------------------------------------------------------------------------
def test_one_changed_byte_in_a_file_is_refused(pack, public):
    original = members(pack)["content/en/topics/knots.yaml"]
    rewrite(pack, {"content/en/topics/knots.yaml": original[:-2] + b"X" + original[-1:]})
    refused(pack, public, r"en/topics/knots\.yaml: changed after signing")


def test_a_longer_file_is_refused_without_reading_past_its_signed_size(pack, public):
    rewrite(pack, {"content/en/topics/knots.yaml": members(pack)["content/en/topics/knots.yaml"] + b"x" * 100})
    refused(pack, public, r"knots\.yaml: larger than the signed manifest")


def test_an_added_file_is_refused(pack, public):
    rewrite(pack, {"content/en/topics/extra.yaml": b"id: extra\n"})
    refused(pack, public, r"en/topics/extra\.yaml: added after signing")


def test_a_removed_file_is_refused(pack, public):
    rewrite(pack, {"content/en/topics/knots.yaml": None})
    refused(pack, public, r"en/topics/knots\.yaml: removed after signing")


def test_an_edited_manifest_is_refused(pack, public):
    manifest = members(pack)["manifest.json"]
    edited = manifest.replace(b'"version": "v1"', b'"version": "v2"')
    assert edited != manifest
    rewrite(pack, {"manifest.json": edited})
    refused(pack, public, "signature does not match: the manifest was changed after signing")


def test_a_manifest_rehashed_for_a_changed_file_is_refused(pack, public):
    """The attacker updates the hash in the manifest too: the signature catches it."""
    data = members(pack)
    new = b"id: knots\n"
    old_hash = hashlib.sha256(data["content/en/topics/knots.yaml"]).hexdigest().encode()
    manifest = data["manifest.json"].replace(old_hash, hashlib.sha256(new).hexdigest().encode())
    rewrite(pack, {"manifest.json": manifest, "content/en/topics/knots.yaml": new})
    refused(pack, public, "signature does not match")


def test_a_pack_signed_with_another_key_is_refused(pack, tmp_path):
    other = packs.public_key_text(packs.generate_key())
    refused(pack, other, "signed by another key .*not the configured content_public_key")


def test_a_pack_re_signed_by_someone_else_is_refused(pack, public):
    intruder = packs.generate_key()
    rewrite(pack, {"manifest.sig": packs._signature_bytes(intruder, members(pack)["manifest.json"])})
    refused(pack, public, "signed by another key")


def test_an_unsigned_pack_is_refused(pack, public):
    rewrite(pack, {"manifest.sig": None})
    refused(pack, public, r"unsigned \(no manifest\.sig\)")


def test_a_damaged_signature_file_is_refused(pack, public):
    rewrite(pack, {"manifest.sig": b"{not json"})
    refused(pack, public, "signature file is damaged")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path, public):
    bogus = tmp_path / "bogus.clinicpack"
    bogus.write_bytes(b"PK\x03\x04 not really")
    refused(bogus, public, "damaged or not a zip archive")


# -- unsafe archives -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    ["../evil.yaml", "content/../../evil.yaml", "/etc/evil.yaml", "content/en/..\\..\\evil.yaml",
     "content//en/x.yaml", "C:/evil.yaml", "content/./x.yaml", "content/en/"],
)  # fmt: skip
def test_traversal_and_odd_names_are_refused_before_anything_is_written(pack, public, tmp_path, name):
    data = members(pack)
    with zipfile.ZipFile(pack, "w") as archive:
        for member, value in data.items():
            archive.writestr(member, value)
        archive.writestr(zipfile.ZipInfo(name), b"owned")
    dest = tmp_path / "dest"
    dest.mkdir()
    refused(pack, public, "unsafe name in the archive", dest=dest)
    assert list(dest.iterdir()) == []
    assert not (tmp_path / "evil.yaml").exists()


def test_a_symlink_entry_is_refused(pack, public):
    data = members(pack)
    with zipfile.ZipFile(pack, "w") as archive:
        for member, value in data.items():
            archive.writestr(member, value)
        link = zipfile.ZipInfo("content/en/topics/link.yaml")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    refused(pack, public, "link.yaml: not a regular file")


def test_a_name_twice_in_the_archive_is_refused(pack, public):
    data = members(pack)
    with zipfile.ZipFile(pack, "a") as archive, pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("content/en/clinic.yaml", data["content/en/clinic.yaml"])
    refused(pack, public, "in the archive twice")


def test_a_signed_manifest_with_a_traversal_path_is_still_refused(key, public, tmp_path):
    """Even the holder of the key cannot make the app write outside the cache."""
    manifest = packs._manifest_bytes("v", "2026-11-30T00:00:00Z", [packs.FileEntry("../x.yaml", 1, "0" * 64)])
    out = tmp_path / "evil.clinicpack"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.sig", packs._signature_bytes(key, manifest))
    refused(out, public, "unsafe file name in the manifest")


def test_packing_a_folder_with_a_symlink_is_refused(make_content, key, tmp_path):
    folder = make_content()
    (folder / "topics" / "secret.yaml").symlink_to("/etc/hostname")
    with pytest.raises(PackError, match=r"secret\.yaml: is a link"):
        packs.build_pack(folder, key, tmp_path / "x.clinicpack", created=CREATED)
    assert not (tmp_path / "x.clinicpack").exists()


# -- size limits (zip bombs) -----------------------------------------------------------------------
def test_a_pack_over_the_size_limit_is_refused_unopened(pack, public):
    refused(pack, public, "the limit for a pack is 1,000", limits=Limits(max_pack_bytes=1000))


def test_too_many_files_are_refused(pack, public):
    refused(pack, public, "the limit is 3 files", limits=Limits(max_files=3))


def test_a_pack_that_unpacks_too_large_is_refused(pack, public):
    refused(pack, public, "unpacks to .* the limit is 2,000", limits=Limits(max_total_bytes=2000))


def test_a_compressed_bomb_as_manifest_stops_at_the_limit(pack, public):
    bomb = b" " * (3 * 1024 * 1024)  # 3 MiB of spaces deflate to a few KiB
    rewrite(pack, {"manifest.json": bomb})
    assert pack.stat().st_size < 100_000
    refused(pack, public, "manifest.json is larger than 1,048,576 bytes")


def test_a_file_over_the_per_file_limit_is_refused(pack, public):
    refused(pack, public, "size outside 0..100 bytes", limits=Limits(max_file_bytes=100))


# -- keys ------------------------------------------------------------------------------------------
def test_keygen_writes_a_private_key_only_its_owner_can_read_and_never_overwrites(tmp_path):
    private, public_path, text = packs.write_key_pair(tmp_path / "keys")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert public_path.read_text().strip() == text and text.startswith("ed25519:")
    assert packs.public_key_text(packs.load_private_key(private)) == text
    before = private.read_bytes()
    with pytest.raises(PackError, match="already exists; not overwritten"):
        packs.write_key_pair(tmp_path / "keys")
    assert private.read_bytes() == before


@pytest.mark.parametrize("text", ["", "ed25519:", "ed25519:abc", "rsa:" + "A" * 44, "ed25519:" + "A" * 40])
def test_bad_public_keys_are_rejected(text):
    with pytest.raises(ValueError):
        packs.parse_public_key(text)


# -- the cache and the choice the app makes --------------------------------------------------------
def test_install_puts_a_verified_pack_in_a_versioned_cache(pack, public, tmp_path):
    cache = tmp_path / "cache"
    root = packs.install_pack(pack, public, [cache])
    assert root.parent.parent == cache and root.parent.name.startswith("20261130090000-")
    assert load_library(root / "en").library.topics
    assert [p.name for p in cache.iterdir() if p.name.startswith(".")] == []  # no staging left behind


def test_a_refused_pack_leaves_the_cache_untouched(pack, public, tmp_path):
    cache = tmp_path / "cache"
    good = packs.install_pack(pack, public, [cache])
    before = sorted(p.relative_to(cache) for p in cache.rglob("*"))
    rewrite(pack, {"content/en/topics/knots.yaml": b"changed"})
    with pytest.raises(PackError):
        packs.install_pack(pack, public, [cache])
    assert sorted(p.relative_to(cache) for p in cache.rglob("*")) == before
    assert packs.last_good(public, [cache]).root == good


def test_a_tampered_cache_entry_is_not_used(pack, public, tmp_path):
    cache = tmp_path / "cache"
    root = packs.install_pack(pack, public, [cache])
    (root / "en" / "topics" / "knots.yaml").write_text("id: changed\n")
    assert packs.last_good(public, [cache]) is None
    other = packs.public_key_text(packs.generate_key())
    assert packs.last_good(other, [cache]) is None


def test_an_unwritable_machine_cache_falls_back_to_the_next(pack, public, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    root = packs.install_pack(pack, public, [blocked / "packs", tmp_path / "user"])
    assert root.is_relative_to(tmp_path / "user")


def test_old_cache_entries_are_pruned(key, public, tmp_path):
    cache = tmp_path / "cache"
    for day in range(1, 6):
        out = tmp_path / f"{day}.clinicpack"
        packs.build_pack(FIXTURE_ROOT, key, out, created=CREATED.replace(day=day))
        packs.install_pack(out, public, [cache])
    kept = sorted(p.name[:8] for p in cache.iterdir() if p.is_dir())
    assert kept == ["20261103", "20261104", "20261105"]
    assert packs.last_good(public, [cache]).manifest.created.startswith("2026-11-05")


def test_staging_left_by_a_killed_run_is_cleaned_up_later(pack, public, tmp_path):
    cache = tmp_path / "cache"
    old, fresh = cache / ".staging-old", cache / ".staging-fresh"
    for leftover in (old, fresh):
        (leftover / "content").mkdir(parents=True)
    os.utime(old, (0, 0))
    packs.install_pack(pack, public, [cache])
    assert not old.exists() and fresh.exists()  # a fresh one may belong to another running app


def test_a_pack_inside_the_folder_it_packs_is_left_out(make_content, key, tmp_path):
    folder = make_content()
    packs.build_pack(folder, key, folder / "old.clinicpack", created=CREATED)
    manifest = packs.build_pack(folder, key, folder / "new.clinicpack", created=CREATED)
    assert not [f for f in manifest.files if f.path.endswith(".clinicpack")]


def test_last_good_is_the_one_installed_last_not_the_newest(key, public, tmp_path):
    cache = tmp_path / "cache"
    newer, older = tmp_path / "newer.clinicpack", tmp_path / "older.clinicpack"
    packs.build_pack(FIXTURE_ROOT, key, newer, created=CREATED, version="newer")
    packs.build_pack(FIXTURE_ROOT, key, older, created=CREATED.replace(day=1), version="older")
    packs.install_pack(newer, public, [cache])
    packs.install_pack(older, public, [cache])  # IT went back to an earlier pack on purpose
    assert packs.last_good(public, [cache]).manifest.version == "older"


def test_choose_a_good_pack(pack, public, tmp_path):
    choice = packs.choose_content(pack, public, cache_dirs=[tmp_path / "cache"])
    assert choice.notes == [] and choice.root is not None and (choice.root / "en" / "clinic.yaml").is_file()


def test_choose_falls_back_to_the_last_good_pack_and_says_why(pack, public, tmp_path):
    cache = [tmp_path / "cache"]
    good = packs.choose_content(pack, public, cache_dirs=cache).root
    rewrite(pack, {"content/en/topics/knots.yaml": b"changed"})
    choice = packs.choose_content(pack, public, cache_dirs=cache)
    assert choice.root == good
    [note] = choice.notes
    assert str(pack) in note and "knots.yaml: changed after signing" in note and "last good content pack (v1)" in note


def test_choose_with_the_share_offline_uses_the_last_good_pack(pack, public, tmp_path):
    cache = [tmp_path / "cache"]
    good = packs.choose_content(pack, public, cache_dirs=cache).root
    shutil.rmtree(pack.parent)
    choice = packs.choose_content(pack, public, cache_dirs=cache)
    assert choice.root == good and "not found" in choice.notes[0]


def test_choose_with_no_good_pack_at_all_shows_the_bundled_content(pack, public, tmp_path):
    rewrite(pack, {"manifest.sig": None})
    choice = packs.choose_content(pack, public, cache_dirs=[tmp_path / "cache"])
    assert choice.root is None
    assert "unsigned" in choice.notes[0] and "showing the bundled content" in choice.notes[0]


def test_choose_refuses_a_plain_folder_while_a_key_is_set(public, tmp_path):
    choice = packs.choose_content(FIXTURE_ROOT, public, cache_dirs=[tmp_path / "cache"])
    assert choice.root is None and "only signed packs are used" in choice.notes[0]


def test_choose_refuses_a_pack_when_no_key_is_set(pack, tmp_path):
    choice = packs.choose_content(pack, "", cache_dirs=[tmp_path / "cache"])
    assert choice.root is None and "no content_public_key is set" in choice.notes[0]
    assert not (tmp_path / "cache").exists()  # not even unpacked


def test_choose_a_plain_folder_without_a_key_is_unchanged(tmp_path):
    assert packs.choose_content(FIXTURE_ROOT, "", cache_dirs=[tmp_path]) == packs.ContentChoice(FIXTURE_ROOT)


def test_choose_with_a_broken_key_setting_uses_nothing_from_outside(pack, public, tmp_path):
    cache = [tmp_path / "cache"]
    packs.choose_content(pack, public, cache_dirs=cache)
    choice = packs.choose_content(pack, "", key_problem=True, cache_dirs=cache)
    assert choice.root is None and "content_public_key is not a valid key" in choice.notes[0]


def test_manifest_lists_sizes_and_hashes_and_dates(pack):
    document = json.loads(members(pack)["manifest.json"])
    assert document["format"] == "clinicapp-content-pack" and document["format_version"] == 1
    assert document["created"] == "2026-11-30T09:00:00Z"
    entry = next(f for f in document["files"] if f["path"] == "en/clinic.yaml")
    data = (FIXTURE_ROOT / "en" / "clinic.yaml").read_bytes()
    assert entry == {"path": "en/clinic.yaml", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert os.path.getsize(pack) < 20_000


# -- messages carry no markup ----------------------------------------------------------------------
def test_markup_in_an_added_name_never_reaches_the_message(pack, public, tmp_path):
    """The staff notice is a QLabel: an <img> on /dev/zero there would abort the app."""
    rewrite(pack, {"content/en/<img src=/dev/zero>.yaml": b"x", "content/en/a\nfake line.yaml": b"y"})
    error = refused(pack, public, "added after signing")
    assert "<" not in str(error) and ">" not in str(error) and "\n" not in str(error)
    assert "?img src=/dev/zero?" in str(error)
    choice = packs.choose_content(pack, public, cache_dirs=[tmp_path / "cache"])
    assert "<" not in choice.notes[0] and "\n" not in choice.notes[0]


def test_markup_in_a_claimed_signing_key_never_reaches_the_message(pack, public):
    intruder = packs.generate_key()
    signature = json.loads(packs._signature_bytes(intruder, members(pack)["manifest.json"]))
    signature["key"] = "<img src=/dev/zero>"
    rewrite(pack, {"manifest.sig": json.dumps(signature).encode()})
    error = refused(pack, public, "signed by another key")
    assert "<img" not in str(error)
