"""A language whose interface translation is missing is never silent."""

from __future__ import annotations

import dataclasses
import time

from clinicapp.ui.common.i18n import Translators


def test_switch_reports_a_missing_translation(qapp):
    translators = Translators(qapp)
    try:
        assert translators.switch("xx") is False
        assert translators.switch("es") is True
    finally:
        translators.switch("en")


def test_self_test_fails_without_the_interface_translation(qapp, show_window, fixture_result, capsys):
    from clinicapp.selftest import run_self_test
    from clinicapp.ui.common.context import AppContext

    spanish = dataclasses.replace(fixture_result.library, language="es")  # Spanish content, no translator
    context = AppContext(spanish, fixture_result.problems)
    window = show_window(context)
    assert run_self_test(qapp, context, window, fixture_result, time.perf_counter()) == 1
    assert "FAIL  interface language: no compiled interface translation for 'es'" in capsys.readouterr().out
    context.deleteLater()
