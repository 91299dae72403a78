"""Start-up stays lean: what the first paint does not need is not imported.

Each of these was measured on the start-up path (benchmarks/RESULTS.md):
OpenSSL through hashlib (+3.5 MiB), the validator's textstat, the search
index's sqlite3 and rapidfuzz, and the pages a patient has not opened yet. The signed-pack code
(PyNaCl) loads only when a pack or content_public_key is configured. The first frame is painted
from the clinic profile alone: no other content file is read before it (the library is read on
the next turn of the event loop). Since branch startup2 PyYAML itself waits too (a simple clinic.yaml is
read by yamlsafe.parse_simple), as do the log's rotation, the records the profile does not need, and
garbage collection (held off until the paint, then start-up's objects are frozen). Since startup4
no code before the paint names PySide6's `Qt` namespace, whose 93 Python enums PySide6 builds on
first use (ui/common/enum_values.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "content"
NOT_AT_START = ["_hashlib", "textstat", "sqlite3", "clinicapp.content.search", "clinicapp.ui.checklist.page",
                "clinicapp.ui.compare.page", "clinicapp.ui.checklist.body_map", "clinicapp.summary",
                "clinicapp.handout", "clinicapp.content.packs", "nacl", "rapidfuzz", "clinicapp.ui.topics.page",
                "clinicapp.ui.topics.glossary", "clinicapp.ui.topics.article", "clinicapp.content.validate",
                "clinicapp.content.readability", "markdown_it", "segno", "clinicapp.handoff",
                # deferred on branch startup2: the log's rotation, config's file-only helpers, the full loader
                "logging.handlers", "difflib", "clinicapp.pin", "clinicapp.content.loader",
                "clinicapp.ui.kiosk.pin_dialog", "yaml", "clinicapp.content.records",
                "importlib.resources", "html", "clinicapp.content.markdown_rules",
                "clinicapp.content.markdown_reader", "clinicapp.ui.kiosk.restart",
                # startup3: the role style and the kiosk controller (clinician mode: F11) wait for the paint
                "clinicapp.ui.common.role_style", "clinicapp.ui.kiosk.controller",
                # startup4: the search results page (the top bar's field is search_field.py)
                "clinicapp.ui.topics.search"]  # fmt: skip


def test_first_paint_imports_nothing_it_does_not_need(tmp_path):
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from clinicapp.content import yamlsafe\n"
        "read, load = [], yamlsafe.load\n"
        "yamlsafe.load = lambda path, *a, **k: read.append(Path(path).name) or load(path, *a, **k)\n"
        "from clinicapp.cli import main\n"
        f"code = main(['--exit-after-paint', '--content', {str(FIXTURE)!r}])\n"
        "from PySide6 import QtCore\n"
        f"print(json.dumps([read, [m for m in {NOT_AT_START!r} if m in sys.modules], 'Qt' in vars(QtCore)]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    read, imported, qt_namespace = json.loads(result.stdout.strip().splitlines()[-1])
    assert imported == []
    assert not qt_namespace  # PySide6 built none of the Qt namespace's 93 enums (ui/common/enum_values.py)
    assert read == ["clinic.yaml"]  # the clinic profile; topics, therapies and the rest come after the paint


def test_collection_waits_for_the_first_paint_and_skips_what_start_up_made(tmp_path):
    script = (
        "import gc, json\n"
        "from clinicapp.cli import main\n"
        "collected = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'stop' and collected.append(info['generation']))\n"
        f"code = main(['--exit-after-paint', '--content', {str(FIXTURE)!r}])\n"
        "print(json.dumps([code, gc.isenabled(), gc.get_freeze_count(), len(collected)]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    code, enabled, frozen, collections = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0 and enabled  # collection is back on once the window is painted
    assert frozen > 10_000  # start-up's objects (Qt's enums, classes) are never scanned again
    assert collections < 20  # ~60 collections (13 ms of CPU) ran before the first paint without it


def test_a_first_checklist_page_does_not_load_the_qr_code_maker(tmp_path):
    """segno (and urllib, http.client, email behind it) waits for a summary with answers (issue 16, item 8)."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from clinicapp.app import load_content\n"
        "from clinicapp.ui.common.context import AppContext\n"
        "from clinicapp.ui.checklist.page import ChecklistPage\n"
        f"result, _ = load_content(Path({str(FIXTURE)!r}), 'en')\n"
        "page = ChecklistPage(AppContext(result.library, result.problems))\n"
        "page.show(); app.processEvents()\n"
        "print(json.dumps([m for m in ('segno', 'http.client') if m in sys.modules]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_enum_values_set_before_the_first_paint_are_qt_s():
    """A wrong int would silently set another format, alignment or context: each is checked against its enum."""
    from PySide6.QtCore import Qt

    from clinicapp.ui.common import enum_values

    assert Qt.TextFormat.PlainText.value == enum_values.PLAIN_TEXT
    assert Qt.AlignmentFlag.AlignLeft.value == enum_values.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignCenter.value == enum_values.ALIGN_CENTER
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == enum_values.SCROLL_BAR_ALWAYS_OFF
