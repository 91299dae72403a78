"""The checklist's codes in one fixed order, shared by the FHIR builders and the compact form."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from clinicapp.content.model import Checklist, WarningTier

# The app's own code system for checklist answers that have no standard code.
# A URN, not a web address: nothing resolves it, and no clinic's server is implied.
SYSTEM = "urn:clinicapp:fhir:CodeSystem:checklist"
QUESTIONNAIRE_URL = "urn:clinicapp:fhir:Questionnaire:checklist"


@dataclass(frozen=True, slots=True)
class Codes:
    """Every id of the checklist in content order (the same in every language: ids are shared)."""

    items: tuple[str, ...]  # every checklist item, section by section
    regions: tuple[str, ...]
    durations: tuple[str, ...]
    peg: tuple[str, ...]
    warning_signs: tuple[str, ...]
    tiers: tuple[WarningTier, ...]  # the tier of each warning sign

    @property
    def fingerprint(self) -> str:
        """Four base-32 characters naming this exact list of ids, in this order.

        The compact form stores answers by position; a decoder with another
        list (other content, an item added) must refuse rather than misread.
        """
        text = "\n".join(
            "|".join(part)
            for part in (self.items, self.regions, self.durations, self.peg, self.warning_signs, self.tiers)
        )
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        bits = int.from_bytes(digest[:3], "big") >> 4  # 20 bits
        return "".join(BASE32[(bits >> shift) & 31] for shift in (15, 10, 5, 0))


BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648: every character is in QR's alphanumeric set


def codes(checklist: Checklist) -> Codes:
    return Codes(
        items=tuple(item.id for section in checklist.sections for item in section.items),
        regions=tuple(r.id for r in checklist.regions),
        durations=tuple(d.id for d in checklist.durations),
        peg=tuple(q.id for q in checklist.peg),
        warning_signs=tuple(s.id for s in checklist.warning_signs),
        tiers=tuple(s.tier for s in checklist.warning_signs),
    )
