"""Staff notices: a strip for staff in clinician mode; never on a kiosk's (patient's) screen."""

from __future__ import annotations

from clinicapp.ui.common.context import AppContext


def test_clinician_mode_shows_staff_notes_in_the_strip(show_window, fixture_result):
    window = show_window(AppContext(fixture_result.library, fixture_result.problems, kiosk=False))
    window.add_staff_notice("Settings: therapies_offered names unknown therapies: x.")
    assert window.notice.isVisible()
    assert "unknown therapies" in window.notice_label.text()


def test_a_kiosk_never_shows_staff_notes_to_patients(show_window, fixture_result):
    window = show_window(AppContext(fixture_result.library, fixture_result.problems, kiosk=True))
    window.add_staff_notice("Content pack refused: //share/clinic.clinicpack: changed after signing.")
    assert not window.notice.isVisible()
    assert any("Content pack refused" in line for line in window.staff_lines())  # kept for the PIN dialog


def test_staff_notes_survive_a_language_switch(show_window, fixture_result):
    window = show_window(AppContext(fixture_result.library, fixture_result.problems, kiosk=False))
    window.add_staff_notice("Settings: no content for language 'fr'; showing 'en'.")
    from clinicapp.ui.shell.areas import default_areas

    window.retranslate(default_areas())
    assert "no content for language" in window.notice_label.text()


def test_markup_in_a_staff_note_is_shown_as_text(show_window, fixture_result):
    from PySide6.QtCore import Qt

    window = show_window(AppContext(fixture_result.library, fixture_result.problems, kiosk=False))
    window.add_staff_notice('Settings problem: clinic_name: <img src="/dev/zero">')
    assert window.notice_label.textFormat() == Qt.TextFormat.PlainText
