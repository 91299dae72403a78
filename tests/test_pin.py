"""Staff PIN hashing and the guard that slows down guessing."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from clinicapp import cli, pin
from clinicapp.pin import (
    STATE_FILE,
    Outcome,
    PinGuard,
    PinStateFile,
    check_new_pin,
    hash_pin,
    is_current_pin_hash,
    is_pin_hash,
    state_dir,
    verify_pin,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("654321")


def test_hash_is_salted_and_verifies(stored):
    assert is_pin_hash(stored)
    assert "654321" not in stored
    assert hash_pin("654321") != stored  # a new salt each time
    assert verify_pin("654321", stored)
    assert not verify_pin("654320", stored)
    assert not verify_pin("", stored)


@pytest.mark.parametrize("bad", ["", "654321", "scrypt$1$1$1$x$y", "md5$abc", "scrypt$99999999$8$1$AAAAAAAAAAA$AAAA"])
def test_malformed_hashes_never_verify(bad):
    assert not is_pin_hash(bad)
    assert not verify_pin("654321", bad)


def test_new_pin_rules():
    assert check_new_pin("246813") is None
    assert check_new_pin("2468") is not None  # kiosk PINs have at least 6 digits
    assert check_new_pin("24681") is not None
    assert check_new_pin("12") is not None
    assert check_new_pin("12ab") is not None
    assert check_new_pin("１２３４") is not None  # full-width digits are not on a keypad


def test_guard_accepts_the_right_pin(stored):
    assert PinGuard(stored).attempt("654321") is Outcome.ACCEPTED


def test_guard_without_pin_never_accepts():
    guard = PinGuard("")
    assert not guard.configured
    assert guard.attempt("") is Outcome.NOT_CONFIGURED
    assert PinGuard("not a hash").attempt("1234") is Outcome.NOT_CONFIGURED


def test_wrong_pins_are_slowed_down_and_the_wait_grows(stored):
    clock = FakeClock()
    guard = PinGuard(stored, clock=clock, free_tries=3, base_delay=5, max_delay=60)
    for _ in range(2):
        assert guard.attempt("0000") is Outcome.WRONG
        assert guard.wait_remaining() == 0
    assert guard.attempt("0000") is Outcome.WRONG
    assert guard.wait_remaining() == 5
    # While waiting even the right PIN is not checked.
    assert guard.attempt("654321") is Outcome.WAIT
    clock.now += 5
    assert guard.attempt("0000") is Outcome.WRONG
    assert guard.wait_remaining() == 10
    clock.now += 10
    assert guard.attempt("0000") is Outcome.WRONG
    assert guard.wait_remaining() == 20
    for _ in range(5):
        clock.now += 60
        guard.attempt("0000")
    assert guard.wait_remaining() == 60  # capped
    clock.now += 60
    assert guard.attempt("654321") is Outcome.ACCEPTED
    assert guard.failures == 0 and guard.wait_remaining() == 0


def test_hash_pin_command_prints_a_config_line(monkeypatch, capsys, stored):
    answers = iter(["246813", "246813"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["hash-pin"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith('staff_pin: "scrypt-v2$') and "246813" not in out
    assert verify_pin("246813", out.split('"')[1])


@pytest.mark.parametrize(
    "pair", [("246813", "246814"), ("12", "12"), ("abcd", "abcd"), ("2468", "2468"), ("24681", "24681")]
)
def test_hash_pin_command_refuses_mismatch_and_bad_pins(monkeypatch, capsys, pair):
    answers = iter(pair)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["hash-pin"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing printed" in captured.err


# -- hash format and cost --------------------------------------------------------------------
def v1_hash(pin: str, n: int = 2**14) -> str:
    """A hash exactly as clinicapp made them before PINs needed 6 digits (scheme 'scrypt', N=2**14)."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=8, p=1, dklen=32, maxmem=64 * 1024 * 1024)
    b64 = lambda data: base64.urlsafe_b64encode(data).decode().rstrip("=")  # noqa: E731
    return f"scrypt${n}$8$1${b64(salt)}${b64(digest)}"


def test_short_pins_cannot_be_hashed():
    for short in ("2468", "24681"):
        with pytest.raises(ValueError, match="6 to 12 digits"):
            hash_pin(short)


def test_new_hashes_say_v2_and_carry_their_cost():
    made = hash_pin("246813", cost=(2**11, 8, 1))
    assert made.startswith("scrypt-v2$2048$8$1$")
    assert is_current_pin_hash(made) and verify_pin("246813", made)


def test_the_production_cost_fits_the_memory_bound():
    # 128 MiB of scrypt memory: the old 64 MiB maxmem would refuse it. Takes ~0.25-1 s once.
    assert pin.DEFAULT_COST != (2**17, 8, 1)  # conftest made tests cheap...
    made = hash_pin("246813", cost=(2**17, 8, 1))  # ...the real cost still works end to end
    assert made.startswith("scrypt-v2$131072$8$1$") and verify_pin("246813", made)


def test_old_hashes_still_verify_but_never_open_a_kiosk(tmp_path):
    from clinicapp.config import load_config

    old = v1_hash("2468")
    assert is_pin_hash(old) and verify_pin("2468", old) and not verify_pin("2469", old)
    assert not is_current_pin_hash(old)
    assert not PinGuard(old).configured  # the dialog then says no PIN is set
    file = tmp_path / "c.yaml"
    file.write_text(f'clinic_name: X\nstaff_pin: "{old}"\n', encoding="utf-8")
    result = load_config(env={}, explicit=file)
    (message,) = result.errors
    assert message.line == 2 and message.key == "staff_pin" and "hash-pin" in message.message
    assert "at least 6 digits" in message.message
    assert result.config.staff_pin == "" and result.config.clinic_name == "X"


# -- wrong tries survive a restart --------------------------------------------------------------
@pytest.fixture
def store(tmp_path) -> PinStateFile:
    return PinStateFile(tmp_path / "state" / STATE_FILE)


def restart(stored: str, store: PinStateFile, clock: FakeClock) -> PinGuard:
    return PinGuard(stored, clock=clock, store=PinStateFile(store.path), free_tries=3, base_delay=5, max_delay=60)


def test_a_restart_gives_no_free_tries_back(stored, store):
    clock = FakeClock()
    guard = restart(stored, store, clock)
    for _ in range(3):
        assert guard.attempt("000000") is Outcome.WRONG
    assert guard.wait_remaining() == 5
    again = restart(stored, store, clock)  # the app was closed or crashed and started again
    assert again.failures == 3 and again.wait_remaining() == 5
    assert again.attempt("654321") is Outcome.WAIT
    clock.now += 5
    assert again.attempt("000000") is Outcome.WRONG
    assert again.wait_remaining() == 10  # the slow-down keeps growing across the restart
    clock.now += 10
    assert restart(stored, store, clock).attempt("654321") is Outcome.ACCEPTED
    assert restart(stored, store, clock).failures == 0


def test_two_wrong_tries_then_a_restart_still_count(stored, store):
    clock = FakeClock()
    guard = restart(stored, store, clock)
    guard.attempt("000000")
    guard.attempt("000000")
    again = restart(stored, store, clock)
    assert again.attempt("000000") is Outcome.WRONG and again.wait_remaining() == 5


def test_the_state_file_is_small_json_without_any_pin(stored, store):
    clock = FakeClock()
    guard = restart(stored, store, clock)
    for _ in range(4):
        clock.now += 100
        guard.attempt("135791")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert set(data) == {"version", "failures", "locked_until", "updated"}
    assert data["failures"] == 4 and data["locked_until"] == clock.now + 10
    assert "135791" not in store.path.read_text(encoding="utf-8")
    assert [p.name for p in store.path.parent.iterdir()] == [STATE_FILE]  # written atomically, no leftovers


@pytest.mark.parametrize(
    "content",
    [
        "garbage{",
        '{"version": 1, "failures": -5, "locked_until": 0}',
        '{"version": 1, "failures": 0}',
        '{"version": 1, "failures": "0", "locked_until": 0}',
        '{"version": 1, "failures": 0, "locked_until": NaN}',
        '{"version": 9, "failures": 0, "locked_until": 0}',
        "[]",
        b"\xff\xfe",
        None,  # a folder in the file's place: cannot be read
        "pipe",  # a named pipe in the file's place: must not hang
        "link",  # a link in the file's place: never followed
    ],
)
@pytest.mark.timeout(20)
def test_a_tampered_or_unreadable_state_file_means_the_longest_wait(stored, store, content, caplog):
    store.path.parent.mkdir(parents=True)
    if content is None:
        store.path.mkdir()
    elif content == "pipe":
        os.mkfifo(store.path)
    elif content == "link":
        (store.path.parent / "elsewhere.json").write_text('{"version": 1, "failures": 0, "locked_until": 0}')
        store.path.symlink_to(store.path.parent / "elsewhere.json")
    elif isinstance(content, bytes):
        store.path.write_bytes(content)
    else:
        store.path.write_text(content, encoding="utf-8")
    clock = FakeClock()
    with caplog.at_level(logging.WARNING, logger="clinicapp"):
        guard = restart(stored, store, clock)
    assert guard.wait_remaining() == 60
    assert guard.attempt("654321") is Outcome.WAIT
    assert "wrong-try record" in caplog.text
    clock.now += 60
    assert guard.attempt("000000") is Outcome.WRONG
    assert guard.wait_remaining() == 60  # still at the longest delay


def test_a_clock_set_back_cannot_lock_longer_than_the_longest_wait(stored, store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text('{"version": 1, "failures": 9, "locked_until": 99999999999}', encoding="utf-8")
    assert restart(stored, store, FakeClock()).wait_remaining() == 60


def test_an_unwritable_state_folder_still_counts_in_memory_and_logs_once(stored, store, monkeypatch, caplog):
    def refuse(*_args):
        raise PermissionError(13, "Permission denied")  # as root, chmod would not stop the write

    monkeypatch.setattr(pin.os, "replace", refuse)
    clock = FakeClock()
    guard = PinGuard(stored, clock=clock, store=store, free_tries=1, base_delay=5)
    with caplog.at_level(logging.WARNING, logger="clinicapp"):
        assert guard.attempt("000000") is Outcome.WRONG
        clock.now += 100
        assert guard.attempt("000000") is Outcome.WRONG
    assert guard.wait_remaining() == 10
    assert caplog.text.count("cannot keep wrong tries") == 1
    assert list(store.path.parent.iterdir()) == []  # no half-written file left behind


def test_the_state_folder_is_machine_wide_unless_named(tmp_path):
    assert state_dir({"CLINICAPP_STATE_DIR": str(tmp_path)}) == tmp_path
    default = state_dir({})
    import platformdirs

    assert default == Path(platformdirs.site_state_dir("clinicapp", appauthor=False))
    assert not default.is_relative_to(Path.home())


def test_pin_hashes_are_standard_scrypt():
    """libsodium's scrypt must match hashlib's (OpenSSL's), so hashes made by either keep verifying."""
    import hashlib

    salt = b"0123456789abcdef"
    stored = pin.hash_pin("246813", salt=salt, cost=(2**10, 8, 1))
    digest = hashlib.scrypt(b"246813", salt=salt, n=2**10, r=8, p=1, dklen=32)
    assert stored.rsplit("$", 1)[1] == pin._b64(digest)
