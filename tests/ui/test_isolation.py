"""Tests cannot leak the interface language into each other (tests/ui/conftest.py: english_interface).

The first test switches to Spanish and, on purpose, never switches back; the
second (next in file order, which `make test` keeps) must still find English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from clinicapp.ui.common.i18n import Translators, format_long_date

ENGLISH_DATE = "September 1, 2026"  # as the app writes it in English
SPANISH_DATE = "1 de septiembre de 2026"


def test_a_test_that_leaves_the_app_in_spanish(qapp):
    assert Translators(qapp).switch("es"), "the Spanish .qm did not load (make translations)"
    assert format_long_date(dt.date(2026, 9, 1)) == SPANISH_DATE
    assert QCoreApplication.translate("Areas", "Topics") != "Topics"


def test_the_next_test_still_starts_in_english(qapp):
    assert QLocale().name() == "en_US"
    assert format_long_date(dt.date(2026, 9, 1)) == ENGLISH_DATE
    assert QCoreApplication.translate("Areas", "Topics") == "Topics"
