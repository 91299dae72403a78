"""Every library the views get has the clinic's numbers filled in, at start and after a language switch."""

from __future__ import annotations

import dataclasses

from clinicapp.ui.common.context import AppContext


def with_placeholder(library, number: str):
    topic = library.topics[0]
    topics = (dataclasses.replace(topic, body="Call {emergency_number} or {crisis_line}."), *library.topics[1:])
    clinic = library.clinic._replace(emergency_number=number, crisis_line="024")
    return dataclasses.replace(library, topics=topics, clinic=clinic)


def test_the_context_fills_the_numbers_at_start_and_on_a_switch(qapp, fixture_result):
    context = AppContext(with_placeholder(fixture_result.library, "112"))
    assert context.library.topics[0].body == "Call 112 or 024."
    context.set_library(with_placeholder(fixture_result.library, "000"), [])
    assert context.library.topics[0].body == "Call 000 or 024."
    hits = context.search_index.query("000")  # search reads the same filled library
    assert [h.id for h in hits if h.kind == "topic"] == [fixture_result.library.topics[0].id]
    context.deleteLater()
