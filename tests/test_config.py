"""Config layers, each overriding the one below, and bad files that never stop the app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clinicapp.config import Config, load_config, machine_file, user_file
from clinicapp.pin import hash_pin


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file():
    result = load_config(env={})
    assert result.config == Config()
    assert result.config.idle_timeout == 120
    assert result.config.idle_warning_seconds == 30
    assert not result.messages and not result.files


def test_standard_locations_are_under_the_platform_dirs(isolated_dirs):
    assert machine_file({}).is_relative_to(isolated_dirs / "etc-xdg")
    assert user_file().is_relative_to(isolated_dirs / ".config")
    assert machine_file({"CLINICAPP_CONFIG": "/x/y.yaml"}) == Path("/x/y.yaml")


def test_each_layer_overrides_the_one_below(tmp_path):
    machine = write(machine_file({}), "clinic_name: Machine\nidle_timeout: 200\nkiosk: true\nlog_level: debug\n")
    user = write(user_file(), "idle_timeout: 300\nlanguage: es\n")
    explicit = write(tmp_path / "explicit.yaml", "language: fr\nprinting: false\n")
    env = {"CLINICAPP_IDLE_TIMEOUT": "400", "CLINICAPP_LOG_LEVEL": "warning", "CLINICAPP_LANG": "de"}

    only_machine = load_config(env={}, files=(machine,)).config
    assert (only_machine.clinic_name, only_machine.idle_timeout, only_machine.kiosk) == ("Machine", 200, True)
    assert only_machine.log_level == "DEBUG"

    with_user = load_config(env={}).config
    assert (with_user.clinic_name, with_user.idle_timeout, with_user.language) == ("Machine", 300, "es")

    with_explicit = load_config(env={}, explicit=explicit).config
    assert (with_explicit.language, with_explicit.printing, with_explicit.idle_timeout) == ("fr", False, 300)

    with_env = load_config(env=env, explicit=explicit).config
    assert (with_env.idle_timeout, with_env.log_level, with_env.language) == (400, "WARNING", "de")
    assert with_env.kiosk is True and with_env.clinic_name == "Machine"

    with_cli = load_config(
        env=env, explicit=explicit, overrides={"idle_timeout": 60, "language": "en", "kiosk": None}
    ).config
    assert (with_cli.idle_timeout, with_cli.language, with_cli.kiosk) == (60, "en", True)
    assert load_config(env={}).files == (machine, user)


def test_clinicapp_config_replaces_the_machine_file(tmp_path):
    write(machine_file({}), "clinic_name: Machine\n")
    named = write(tmp_path / "it.yaml", "clinic_name: Named\n")
    assert load_config(env={"CLINICAPP_CONFIG": str(named)}).config.clinic_name == "Named"
    missing = load_config(env={"CLINICAPP_CONFIG": str(tmp_path / "gone.yaml")})
    assert missing.config.clinic_name == ""
    assert "gone.yaml" in str(missing.errors[0]) and "not found" in str(missing.errors[0])


def test_environment_kiosk_and_content():
    config = load_config(env={"CLINICAPP_KIOSK": "yes", "CLINICAPP_CONTENT": "/srv/content"}).config
    assert config.kiosk is True
    assert config.content == Path("/srv/content")
    assert load_config(env={"CLINICAPP_KIOSK": "0"}).config.kiosk is False


def test_bad_environment_value_names_the_variable():
    result = load_config(env={"CLINICAPP_IDLE_TIMEOUT": "soon"})
    assert result.config.idle_timeout == 120
    assert "CLINICAPP_IDLE_TIMEOUT" in str(result.errors[0])


def test_syntax_error_names_file_and_line_and_the_file_adds_nothing(tmp_path):
    bad = write(tmp_path / "bad.yaml", "clinic_name: Fine\nkiosk: true\nidle_timeout: [1,\n")
    result = load_config(env={}, explicit=bad)
    assert result.config == Config(kiosk=True)  # nothing from the file, and kiosk mode: fail closed
    (message,) = result.errors
    assert str(message).startswith(f"{bad}:")
    assert message.line == 3 and "syntax" in message.message
    assert result.kiosk_forced == (message,)


def test_wrong_type_keeps_the_lower_layer_and_names_file_line_and_key(tmp_path):
    bad = write(tmp_path / "bad.yaml", "clinic_name: Fine\nidle_timeout: soon\nkiosk: maybe\n")
    result = load_config(env={}, explicit=bad)
    assert result.config.clinic_name == "Fine"
    assert result.config.idle_timeout == 120
    assert result.config.kiosk is True  # "maybe" is unclear: fail closed
    texts = [str(m) for m in result.errors]
    assert texts[0].startswith(f"{bad}:2: idle_timeout:")
    assert texts[1].startswith(f"{bad}:3: kiosk:")


def test_unknown_key_is_only_a_warning_with_a_suggestion(tmp_path):
    file = write(tmp_path / "c.yaml", "idle_timout: 30\nclinic_name: X\n")
    result = load_config(env={}, explicit=file)
    assert not result.errors
    (warning,) = result.warnings
    assert warning.line == 1 and warning.key == "idle_timout" and "idle_timeout" in warning.message
    assert result.config.clinic_name == "X" and result.config.idle_timeout == 120


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("idle_warning_seconds: 10\n", "idle_warning_seconds"),  # WCAG 2.2.1 wants at least 20
        ("idle_timeout: 2\n", "idle_timeout"),
        ("staff_pin: '1234'\n", "staff_pin"),  # a plain PIN is refused, and not echoed
        ("log_level: LOUD\n", "log_level"),
        ("therapies_offered: stretching\n", "therapies_offered"),
        ("language: English\n", "language"),
        ("content_approved_on: last week\n", "content_approved_on"),
        ("emergency_number: [9, 1, 1]\n", "emergency_number"),
        ("- just\n- a list\n", ""),
    ],
)
def test_invalid_values_are_refused(tmp_path, text, key):
    result = load_config(env={}, explicit=write(tmp_path / "c.yaml", text))
    assert result.config == Config(kiosk=not key)  # a file that is not a mapping forces kiosk mode
    assert result.errors and result.errors[0].key == key
    assert "1234" not in str(result.errors[0])


def test_every_key_is_read(tmp_path):
    pin = hash_pin("246813")
    file = write(
        tmp_path / "all.yaml",
        f"""
clinic_name: Riverside Pain Clinic
clinic_contact: "Call 555 0100"
therapies_offered: [stretching, self-care]
language: en
kiosk: true
idle_timeout: 90
idle_warning_seconds: 45
staff_pin: "{pin}"
printing: no
content: my-content
log_level: error
emergency_number: "112"
crisis_line: "024"
content_approved_by: Medical director, Dr. Rivera
content_approved_on: 2026-12-01
""",
    )
    config = load_config(env={}, explicit=file).config
    assert config == Config(
        clinic_name="Riverside Pain Clinic", clinic_contact="Call 555 0100",
        therapies_offered=("stretching", "self-care"), language="en", kiosk=True, idle_timeout=90,
        idle_warning_seconds=45, staff_pin=pin, printing=False, content=tmp_path / "my-content",
        log_level="ERROR", emergency_number="112", crisis_line="024",
        content_approved_by="Medical director, Dr. Rivera", content_approved_on=dt.date(2026, 12, 1),
    )  # fmt: skip


def test_an_empty_file_is_reported_and_ignored(tmp_path):
    result = load_config(env={}, explicit=write(tmp_path / "empty.yaml", "\n"))
    assert result.config == Config(kiosk=True) and result.errors  # an emptied file may have said kiosk


def test_deployment_guide_documents_every_key():
    guide = (Path(__file__).resolve().parent.parent / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    for key in Config._fields:
        assert f"`{key}`" in guide, key


# -- the command line and the app's use of the settings ------------------------------------
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"


def test_unknown_language_is_a_usage_error(capsys):
    from clinicapp import cli

    assert cli.main(["--lang", "xx", "--content", str(FIXTURE_CONTENT)]) == 2
    assert "--lang xx" in capsys.readouterr().err


def test_missing_config_file_is_a_usage_error(tmp_path, capsys):
    from clinicapp import cli

    assert cli.main(["--config", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "5", "soon"])
def test_idle_timeout_option_is_checked(value, capsys):
    from clinicapp import cli

    assert cli.main(["--idle-timeout", value]) == 2


def test_command_line_options_become_the_top_layer(tmp_path):
    from clinicapp.app import read_settings
    from clinicapp.cli import build_parser

    file = write(tmp_path / "c.yaml", "idle_timeout: 300\nkiosk: false\nlog_level: error\n")
    args = build_parser().parse_args(["--config", str(file), "--kiosk", "--idle-timeout", "45", "--log-level", "debug"])
    config = read_settings(args).config
    assert (config.kiosk, config.idle_timeout, config.log_level) == (True, 45, "DEBUG")
    plain = read_settings(build_parser().parse_args(["--config", str(file)])).config
    assert (plain.kiosk, plain.idle_timeout, plain.log_level) == (False, 300, "ERROR")


def test_clinic_settings_replace_the_contents_clinic():
    from clinicapp.app import apply_clinic_settings, language_available
    from clinicapp.content.loader import load_library

    library = load_library(FIXTURE_CONTENT / "en").library
    same, notes = apply_clinic_settings(library, Config())
    assert same == library and not notes  # nothing set: the content as it was
    config = Config(
        clinic_name="Elm Street Clinic", clinic_contact="Call 555", therapies_offered=("stretching", "nope")
    )
    changed, notes = apply_clinic_settings(library, config)
    assert changed.clinic.name == "Elm Street Clinic" and changed.clinic.contact == "Call 555"
    assert changed.clinic.offered_therapies == ("stretching",)
    assert changed.clinic.disclaimer == library.clinic.disclaimer
    assert changed.therapy("stretching") is not None  # the rest of the library is untouched
    assert "nope" in notes[0]
    assert changed.clinic.emergency_number == "911" and not changed.clinic.signed_off  # not set: the content's
    assert language_available(FIXTURE_CONTENT, "en") and not language_available(FIXTURE_CONTENT, "xx")


def test_numbers_and_sign_off_in_the_settings_override_the_clinic_profile():
    from clinicapp.app import apply_clinic_settings
    from clinicapp.content.loader import load_library

    library = load_library(FIXTURE_CONTENT / "en").library
    assert (library.clinic.emergency_number, library.clinic.crisis_line) == ("911", "988")
    config = Config(
        emergency_number="112",
        crisis_line="024",
        content_approved_by="Medical director",
        content_approved_on=dt.date(2026, 12, 1),
    )
    clinic = apply_clinic_settings(library, config)[0].clinic
    assert (clinic.emergency_number, clinic.crisis_line) == ("112", "024")
    assert clinic.approved_by == "Medical director" and clinic.approved_on == dt.date(2026, 12, 1)
    assert clinic.signed_off
    assert clinic.fill("Call {emergency_number} or {crisis_line}.") == "Call 112 or 024."


# -- numbers too long for int() -------------------------------------------------------------
HUGE = "9" * 5001


def test_huge_number_in_settings_file_is_reported_with_line_not_a_crash(tmp_path):
    bad = write(tmp_path / "big.yaml", f"clinic_name: Fine\nidle_timeout: {HUGE}\n")
    result = load_config(env={}, explicit=bad)
    (message,) = result.errors
    assert (message.source, message.line) == (str(bad), 2)
    assert "number too long" in message.message and HUGE[:100] not in str(message)
    assert result.config.idle_timeout == 120
    assert result.config.kiosk is True  # the file could not be read: fail closed


@pytest.mark.parametrize("raw", [HUGE, "²⁰⁰", "١٢٠"])
def test_odd_numbers_in_the_environment_are_refused_not_a_crash(raw):
    result = load_config(env={"CLINICAPP_IDLE_TIMEOUT": raw})
    assert result.config.idle_timeout == 120
    (message,) = result.errors
    assert message.key == "CLINICAPP_IDLE_TIMEOUT"


# -- fail closed: a settings file in doubt starts kiosk mode ----------------------------------
TEN_LINES = 'clinic_name: Fine\nclinic_contact: "Front desk\n' + "".join(f"# line {i}\n" for i in range(3, 11))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (TEN_LINES, 2, "quoted text"),  # an unclosed quote on line 2 of 10: line 2, not the end
        ("kiosk: true\nclinic_name: A\nkiosk: false\n", 3, "duplicate key 'kiosk' (first given on line 1)"),
        ("clinic_name: A\nkiosk: ture\n", 2, "true or false"),
        ("clinic_name: A\nkiosk: 1\n", 2, "true or false"),
        ("clinic_name: A\nkiosk: no\n", 2, "true or false"),
        ('clinic_name: A\nkiosk: "false"\n', 2, "true or false"),
        ("clinic_name: A\nkiosk:\n", 2, "true or false"),
        ("- a list\n- not settings\n", 1, "key: value"),
        ("just words\n", 1, "key: value"),
        (b"kiosk: false\n\x00\x01\x02", 2, "binary"),
        ("# big\n" + "#" * (512 * 1024) + "\n", 1, "too large"),
        ("\n", 1, "empty"),
        ("kiosk: false\nidle_timeout: [10,\n", 2, "[ list"),
    ],
    ids=[
        "unclosed-quote",
        "duplicate-key",
        "ture",
        "one",
        "no",
        "quoted",
        "blank",
        "list",
        "text",
        "binary",
        "too-big",
        "empty",
        "unclosed-bracket",
    ],
)
def test_a_file_in_doubt_starts_kiosk_mode_and_says_where(tmp_path, text, line, words):
    bad = tmp_path / "config.yaml"
    bad.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = load_config(env={}, explicit=bad)
    assert result.config.kiosk is True
    assert result.kiosk_forced, result.messages
    (reason,) = result.kiosk_forced
    assert (reason.source, reason.line) == (str(bad), line), str(reason)
    assert words in str(reason)
    assert reason in result.errors


@pytest.mark.parametrize("word", ["true", "True", "TRUE", "false", "False"])
def test_plain_true_and_false_are_clear(tmp_path, word):
    result = load_config(env={}, explicit=write(tmp_path / "c.yaml", f"kiosk: {word}  # set by IT\n"))
    assert result.config.kiosk is (word.lower() == "true")
    assert not result.messages and not result.kiosk_forced


def test_a_comments_only_file_is_empty_not_broken(tmp_path):
    result = load_config(env={}, explicit=write(tmp_path / "c.yaml", "# kiosk: true\n# idle_timeout: 90\n"))
    assert result.config == Config() and not result.messages and not result.kiosk_forced


def test_a_broken_file_keeps_the_good_keys_of_other_layers(tmp_path):
    machine = write(machine_file({}), "clinic_name: Machine\nidle_timeout: 200\nkiosk: false\n")
    write(user_file(), "language: es\nkiosk: ture\nclinic_contact: Desk\n")
    result = load_config(env={})
    config = result.config
    assert (config.clinic_name, config.idle_timeout) == ("Machine", 200)  # the machine file still counts
    assert (config.language, config.clinic_contact) == ("es", "Desk")  # and the broken file's good keys
    assert config.kiosk is True
    assert [m.line for m in result.kiosk_forced] == [2]
    assert result.files[0] == machine


def test_a_later_file_cannot_undo_the_doubt_but_env_and_command_line_can(tmp_path):
    write(machine_file({}), 'clinic_name: "unclosed\nkiosk: true\n')
    user = write(user_file(), "kiosk: false\n")
    assert load_config(env={}).config.kiosk is True  # the user's file is not an explicit switch
    for env, overrides in (({"CLINICAPP_KIOSK": "0"}, None), ({}, {"kiosk": False})):
        result = load_config(env=env, overrides=overrides)
        assert result.config.kiosk is False and not result.kiosk_forced
        assert any(m.key == "kiosk" and "explicitly" in m.message for m in result.warnings)
        assert result.files == (user,) and result.errors  # the broken file is still reported
    assert load_config(env={"CLINICAPP_KIOSK": "1"}, overrides={"kiosk": False}).config.kiosk is False


def test_an_unclear_environment_kiosk_value_also_fails_closed():
    result = load_config(env={"CLINICAPP_KIOSK": "maybe"})
    assert result.config.kiosk is True
    assert result.kiosk_forced[0].key == "CLINICAPP_KIOSK"


def test_an_unreadable_file_fails_closed(tmp_path, monkeypatch):
    import os

    file = write(tmp_path / "c.yaml", "kiosk: false\n")
    real_open = os.open

    def denied(path, flags, *args, **kwargs):
        if os.fspath(path) == str(file):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # running as root, chmod 000 would not stop the read
    result = load_config(env={}, explicit=file)
    assert result.config.kiosk is True
    assert "Permission denied" in str(result.kiosk_forced[0]) and str(file) in str(result.kiosk_forced[0])


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_a_settings_path_that_is_a_pipe_or_a_link_to_one_fails_closed_without_hanging(tmp_path):
    import os

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)  # opening it for reading would block forever
    link = tmp_path / "config.yaml"
    link.symlink_to(pipe)
    dangling = tmp_path / "gone.yaml"
    dangling.symlink_to(tmp_path / "nowhere.yaml")
    for path in (pipe, link, dangling):
        result = load_config(env={}, files=(path,))
        assert result.config.kiosk is True, path
        assert str(path) in str(result.kiosk_forced[0])
    fine = write(tmp_path / "real.yaml", "kiosk: false\nclinic_name: Linked\n")
    (tmp_path / "linked.yaml").symlink_to(fine)  # a link to a regular file is fine for settings
    linked = load_config(env={}, files=(tmp_path / "linked.yaml",))
    assert linked.config.clinic_name == "Linked" and linked.config.kiosk is False and not linked.messages


@pytest.mark.parametrize("switch", ["--no-kiosk", "--clinician"])
def test_command_line_switch_forces_clinician_mode(tmp_path, switch):
    from clinicapp.app import read_settings
    from clinicapp.cli import build_parser

    file = write(tmp_path / "c.yaml", "kiosk: ture\n")
    assert read_settings(build_parser().parse_args(["--config", str(file)])).config.kiosk is True
    assert read_settings(build_parser().parse_args(["--config", str(file), switch])).config.kiosk is False


def test_unknown_keys_and_bad_values_are_shortened_in_messages(tmp_path):
    long_key = "k" * 300
    file = write(tmp_path / "c.yaml", f"{long_key}: 1\nclinic_name: [{'x' * 300}]\n")
    result = load_config(env={}, explicit=file)
    for message in result.messages:
        assert len(str(message)) < len(str(file)) + 200, str(message)
        assert "x" * 60 not in str(message) and "k" * 60 not in str(message)
