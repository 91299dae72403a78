"""Group Policy values (the Windows registry's policy keys), read through a fake registry."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from clinicapp.config import load_config
from clinicapp.policy import MACHINE, POLICY_KEY, USER, policy_source, read_policies


class FakeRegistry:
    """Registry keys as dicts: {(hive, key): {value name: data}}."""

    def __init__(self, keys: dict[tuple[str, str], Mapping[str, object]]) -> None:
        self.keys = keys
        self.asked: list[tuple[str, str]] = []

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        self.asked.append((hive, key))
        return self.keys.get((hive, key))


def load(tmp_path: Path, machine: dict | None = None, user: dict | None = None, file_text: str = ""):
    keys = {}
    if machine is not None:
        keys[(MACHINE, POLICY_KEY)] = machine
    if user is not None:
        keys[(USER, POLICY_KEY)] = user
    settings = tmp_path / "machine.yaml"  # absent unless the test gives it lines
    if file_text:
        settings.write_text(file_text, encoding="utf-8")
    return load_config(env={}, files=(settings,), policies=FakeRegistry(keys))


def test_policies_are_read_from_both_hives_user_first():
    registry = FakeRegistry({})
    assert read_policies(registry) == []
    assert registry.asked == [(USER, POLICY_KEY), (MACHINE, POLICY_KEY)]


def test_machine_policy_overrides_the_settings_file_and_user_policy(tmp_path):
    result = load(
        tmp_path,
        user={"clinic_name": "User policy clinic", "idle_timeout": 300},
        machine={"clinic_name": "Machine policy clinic"},
        file_text="clinic_name: File clinic\nidle_timeout: 200\nprinting: false\n",
    )
    assert result.config.clinic_name == "Machine policy clinic"
    assert result.config.idle_timeout == 300  # user policy beats the file
    assert result.config.printing is False  # the file still counts where no policy says otherwise
    assert not result.messages


def test_dword_policies_turn_settings_on_and_off(tmp_path):
    assert load(tmp_path, machine={"kiosk": 1, "printing": 0}).config.kiosk is True
    assert load(tmp_path, machine={"kiosk": 1, "printing": 0}).config.printing is False


def test_multi_string_policy_lists_therapies(tmp_path):
    result = load(tmp_path, machine={"therapies_offered": ["self-care", "stretching"]})
    assert result.config.therapies_offered == ("self-care", "stretching")


def test_a_bad_policy_value_is_reported_with_its_key_and_the_layer_below_is_kept(tmp_path):
    result = load(tmp_path, machine={"idle_timeout": 5, "printing": 7}, file_text="idle_timeout: 200\n")
    assert result.config.idle_timeout == 200
    assert result.config.printing is True
    sources = {(m.source, m.key) for m in result.errors}
    assert (policy_source(MACHINE), "idle_timeout") in sources
    assert (policy_source(MACHINE), "printing") in sources
    assert all("HKLM\\Software\\Policies\\clinicapp\\clinicapp" in str(m) for m in result.errors)


def test_an_unknown_policy_value_is_a_warning_and_shortened(tmp_path):
    result = load(tmp_path, machine={"x" * 500: "1"})
    assert not result.errors
    (warning,) = result.warnings
    assert len(warning.key) <= 40 and "unknown policy value" in warning.message


def test_environment_and_command_line_stay_above_policy(tmp_path):
    settings = tmp_path / "machine.yaml"
    registry = FakeRegistry({(MACHINE, POLICY_KEY): {"idle_timeout": 300, "language": "en"}})
    result = load_config(
        env={"CLINICAPP_IDLE_TIMEOUT": "400"}, files=(settings,), policies=registry, overrides={"language": "es"}
    )
    assert result.config.idle_timeout == 400
    assert result.config.language == "es"


def test_an_unclear_kiosk_policy_fails_closed(tmp_path):
    result = load(tmp_path, machine={"kiosk": 7}, file_text="kiosk: false\n")
    assert result.config.kiosk is True
    assert any(m.key == "kiosk" and m.source == policy_source(MACHINE) for m in result.messages)
