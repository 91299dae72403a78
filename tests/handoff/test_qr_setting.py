"""`qr_handoff`: on by default, off when IT says so, and off when the value is in doubt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from clinicapp.config import load_config
from clinicapp.policy import MACHINE, POLICY_KEY


class Registry:
    def __init__(self, values: Mapping[str, object]) -> None:
        self._values = values

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        return self._values if (hive, key) == (MACHINE, POLICY_KEY) else None


def load(tmp_path: Path, file_text: str = "", policy: Mapping[str, object] | None = None):
    settings = tmp_path / "machine.yaml"
    if file_text:
        settings.write_text(file_text, encoding="utf-8")
    return load_config(env={}, files=(settings,), policies=Registry(policy or {}))


def test_on_by_default(tmp_path: Path) -> None:
    assert load(tmp_path).config.qr_handoff is True


@pytest.mark.parametrize("text", ["qr_handoff: false\n", "qr_handoff: maybe\n", "qr_handoff: 2\n", "qr_handoff: [x]\n"])
def test_false_or_doubtful_in_a_file_turns_it_off(tmp_path: Path, text: str) -> None:
    result = load(tmp_path, text)
    assert result.config.qr_handoff is False
    if "false" not in text:
        assert any(m.key == "qr_handoff" and "turned off" in m.message and m.line == 1 for m in result.messages)


def test_a_doubtful_file_value_overrides_a_lower_true(tmp_path: Path) -> None:
    lower = tmp_path / "lower.yaml"
    lower.write_text("qr_handoff: true\n", encoding="utf-8")
    upper = tmp_path / "upper.yaml"
    upper.write_text("qr_handoff: ture\n", encoding="utf-8")
    result = load_config(env={}, files=(lower, upper), policies=Registry({}))
    assert result.config.qr_handoff is False


@pytest.mark.parametrize(("dword", "expected"), [(1, True), (0, False), (7, False), ("yes please", False)])
def test_policy_dword(tmp_path: Path, dword: object, expected: bool) -> None:
    assert load(tmp_path, policy={"qr_handoff": dword}).config.qr_handoff is expected
