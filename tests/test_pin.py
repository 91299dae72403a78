"""Staff PIN hashing and the guard that slows down guessing."""

from __future__ import annotations

import pytest

from clinicapp import cli
from clinicapp.pin import Outcome, PinGuard, check_new_pin, hash_pin, is_pin_hash, verify_pin


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("4321")


def test_hash_is_salted_and_verifies(stored):
    assert is_pin_hash(stored)
    assert "4321" not in stored
    assert hash_pin("4321") != stored  # a new salt each time
    assert verify_pin("4321", stored)
    assert not verify_pin("4320", stored)
    assert not verify_pin("", stored)


@pytest.mark.parametrize("bad", ["", "4321", "scrypt$1$1$1$x$y", "md5$abc", "scrypt$99999999$8$1$AAAAAAAAAAA$AAAA"])
def test_malformed_hashes_never_verify(bad):
    assert not is_pin_hash(bad)
    assert not verify_pin("4321", bad)


def test_new_pin_rules():
    assert check_new_pin("2468") is None
    assert check_new_pin("12") is not None
    assert check_new_pin("12ab") is not None
    assert check_new_pin("１２３４") is not None  # full-width digits are not on a keypad


def test_guard_accepts_the_right_pin(stored):
    assert PinGuard(stored).attempt("4321") is Outcome.ACCEPTED


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
    assert guard.attempt("4321") is Outcome.WAIT
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
    assert guard.attempt("4321") is Outcome.ACCEPTED
    assert guard.failures == 0 and guard.wait_remaining() == 0


def test_hash_pin_command_prints_a_config_line(monkeypatch, capsys, stored):
    answers = iter(["2468", "2468"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["hash-pin"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith('staff_pin: "scrypt$') and "2468" not in out
    assert verify_pin("2468", out.split('"')[1])


@pytest.mark.parametrize("pair", [("2468", "2469"), ("12", "12"), ("abcd", "abcd")])
def test_hash_pin_command_refuses_mismatch_and_bad_pins(monkeypatch, capsys, pair):
    answers = iter(pair)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["hash-pin"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing printed" in captured.err
