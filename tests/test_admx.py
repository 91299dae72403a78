"""Group Policy templates: they parse, every reference resolves, every setting has a policy."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clinicapp.config import Config
from clinicapp.policy import POLICY_KEY

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "installer" / "windows" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
LANGUAGES = ("en-US", "es-ES")


def make_admx():
    spec = importlib.util.spec_from_file_location("make_admx", ROOT / "tools" / "make_admx.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def admx() -> ET.Element:
    return ET.parse(POLICY / "clinicapp.admx").getroot()


def adml(language: str) -> ET.Element:
    return ET.parse(POLICY / language / "clinicapp.adml").getroot()


def test_committed_templates_match_the_generator():
    assert make_admx().main(["--check"]) == 0, "run: python tools/make_admx.py"


def test_every_setting_has_a_policy_writing_its_own_value_name(admx):
    policies = admx.findall("p:policies/p:policy", NS)
    value_names = set()
    for policy in policies:
        assert policy.get("key") == POLICY_KEY
        value_names |= {e.get("valueName") for e in policy.iter() if e.get("valueName")}
    assert set(Config._fields) <= value_names


def test_every_documented_setting_has_a_policy(admx):
    guide = (ROOT / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    table = guide.split("| key | default | what it does |", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", table, re.MULTILINE))
    assert documented, "the guide's settings table was not found"
    names = {p.get("name") for p in admx.findall("p:policies/p:policy", NS)}
    assert documented <= names, sorted(documented - names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_and_presentation_resolves_in_each_language(admx, language):
    resources = adml(language)
    strings = {s.get("id"): s.text for s in resources.iter(f"{{{NS['p']}}}string")}
    presentations = {p.get("id") for p in resources.iter(f"{{{NS['p']}}}presentation")}
    text = ET.tostring(admx, encoding="unicode")
    for ref in re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", text):
        assert strings.get(ref), f"{language}: no text for string {ref}"
    for ref in re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", text):
        assert ref in presentations, f"{language}: no presentation {ref}"
    for presentation in resources.iter(f"{{{NS['p']}}}presentation"):
        for control in presentation:
            element_ids = {e.get("id") for e in admx.iter() if e.get("id")}
            assert control.get("refId") in element_ids


def test_spanish_texts_are_translated_not_copied():
    english = {s.get("id"): s.text for s in adml("en-US").iter(f"{{{NS['p']}}}string")}
    spanish = {s.get("id"): s.text for s in adml("es-ES").iter(f"{{{NS['p']}}}string")}
    assert english.keys() == spanish.keys()
    same = [k for k in english if k.endswith("_Help") and english[k] == spanish[k]]
    assert not same, same


def test_number_policies_use_the_same_limits_as_the_settings(admx):
    from clinicapp import config

    limits = {"idle_timeout": (config.MIN_IDLE_TIMEOUT, config.MAX_IDLE_TIMEOUT),
              "idle_warning_seconds": (config.MIN_IDLE_WARNING, config.MAX_IDLE_WARNING)}  # fmt: skip
    for element in admx.iter(f"{{{NS['p']}}}decimal"):
        if element.get("id") in limits:
            assert (int(element.get("minValue")), int(element.get("maxValue"))) == limits[element.get("id")]
