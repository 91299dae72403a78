"""The clinic profile alone: what the first screen needs before the library is read.

The home screen shows the clinic's name, its disclaimer and the three choices;
topics, therapies, the checklist, the comparison and the glossary are read
after the first paint. The profile goes through the loader's own clinic
reader, so the name painted first is the name the full load finds; problems
in clinic.yaml are reported (file and line) by the full load, as before.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from clinicapp.content.load_context import LoadContext
from clinicapp.content.load_profile import FALLBACK_CLINIC
from clinicapp.content.load_profile import read_clinic as read_clinic_file
from clinicapp.content.model import Clinic, Problem


def read_clinic(folder: Path, *, today: dt.date | None = None) -> tuple[Clinic, list[Problem]]:
    """The clinic profile of one language folder (the fallback profile when it is missing or broken)."""
    folder = Path(folder)
    # PyYAML is left for the full read after the paint when clinic.yaml is simple (most are).
    ctx = LoadContext(folder, today or dt.date.today(), None, simple_yaml=True)
    path = folder / "clinic.yaml"
    clinic = read_clinic_file(ctx, path) if os.path.lexists(path) else None
    return clinic or FALLBACK_CLINIC, list(ctx.problems)
