"""Search ranking on the bundled content, pinned: a change to indexing or querying cannot reorder results silently.

The first six results (kind:id, best first) of everyday queries in both
languages, recorded from the exact bm25 ranking before the broad-query cap
(issue 16). The bundled library is far below `BROAD_ROWS`, so every one of
these queries must rank every match exactly as FTS5 bm25 does. If content
changes on purpose move a result, re-record the list and say why in the commit.
"""

from __future__ import annotations

import pytest

from clinicapp.content.loader import load_library
from clinicapp.content.search import BROAD_ROWS, SearchIndex
from clinicapp.paths import bundled_content_dir

PINNED: dict[str, dict[str, list[str]]] = {
    "en": {
        "p": [
            "term:physical-therapist",
            "term:myofascial-pain-syndrome",
            "topic:myofascial-pain-syndrome",
            "term:referred-pain",
            "term:neuropathic-pain",
            "term:chronic-pain",
        ],
        "pa": [
            "term:myofascial-pain-syndrome",
            "term:chronic-pain",
            "term:neuropathic-pain",
            "term:pacing",
            "term:referred-pain",
            "topic:myofascial-pain-syndrome",
        ],
        "pain": [
            "term:myofascial-pain-syndrome",
            "term:chronic-pain",
            "term:neuropathic-pain",
            "term:referred-pain",
            "topic:myofascial-pain-syndrome",
            "topic:fibromyalgia-difference",
        ],
        "muscle": [
            "term:muscle-relaxant",
            "term:muscle-biopsy",
            "term:trigger-point",
            "term:myofascial-pain-syndrome",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
        ],
        "trigger point": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:trigger-point-injections",
            "topic:myofascial-pain-syndrome",
            "topic:diagnosis",
        ],
        "knot": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
            "topic:trigger-point-injections",
            "topic:fibromyalgia-difference",
        ],
        "shot": [
            "topic:injection-therapy",
            "topic:botox-injections",
            "topic:injection-risks",
            "topic:trigger-point-injections",
            "topic:after-an-injection",
            "topic:treatment-overview",
        ],
        "needle": [
            "therapy:dry-needling",
            "topic:injection-therapy",
            "topic:treatment-overview",
            "topic:trigger-point-injections",
            "topic:injection-risks",
            "therapy:acupuncture",
        ],
        "pill": [
            "therapy:otc-pain-relievers",
            "topic:opioids-and-gabapentinoids",
            "topic:sleep-and-pain",
            "term:placebo",
            "term:steroid",
            "topic:look-alike-conditions",
        ],
        "botox": [
            "term:botulinum-toxin",
            "topic:botox-injections",
            "topic:injection-therapy",
            "topic:after-an-injection",
            "topic:injection-risks",
            "topic:treatment-overview",
        ],
        "botx": [
            "term:botulinum-toxin",
            "topic:botox-injections",
            "topic:injection-therapy",
            "topic:after-an-injection",
            "topic:injection-risks",
            "topic:treatment-overview",
        ],
        "trigerpoint": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:trigger-point-injections",
            "topic:myofascial-pain-syndrome",
            "topic:diagnosis",
        ],
        "stretch": [
            "therapy:stretching-exercise",
            "therapy:self-care",
            "term:physical-therapist",
            "topic:myofascial-pain-syndrome",
            "therapy:supervised-exercise",
            "topic:after-an-injection",
        ],
        "sleep": [
            "topic:sleep-and-pain",
            "topic:complications",
            "therapy:self-care",
            "term:sedative",
            "term:ketamine",
            "term:muscle-relaxant",
        ],
        "neck pain": [
            "topic:botox-injections",
            "term:polymyalgia-rheumatica",
            "therapy:supervised-exercise",
            "topic:look-alike-conditions",
            "topic:myofascial-pain-syndrome",
            "therapy:ultrasound-therapy",
        ],
        "injection": [
            "topic:injection-therapy",
            "topic:trigger-point-injections",
            "topic:botox-injections",
            "topic:injection-risks",
            "topic:after-an-injection",
            "topic:treatment-overview",
        ],
        "dry needling": [
            "term:dry-needling",
            "therapy:dry-needling",
            "topic:trigger-point-injections",
            "topic:injection-risks",
            "topic:treatment-overview",
            "topic:injection-therapy",
        ],
        "exercise": [
            "therapy:stretching-exercise",
            "therapy:supervised-exercise",
            "therapy:physical-therapy",
            "topic:non-drug-care",
            "term:physical-therapist",
            "topic:injection-therapy",
        ],
        "heat": [
            "therapy:heat-therapy",
            "therapy:self-care",
            "topic:non-drug-care",
            "topic:self-care-at-home",
            "topic:treatment-overview",
            "therapy:topical-medicines",
        ],
        "opioid": [
            "term:opioid",
            "topic:opioids-and-gabapentinoids",
            "topic:medicines",
            "topic:treatment-overview",
            "therapy:muscle-relaxants",
            "topic:sleep-and-pain",
        ],
        "depression": ["term:antidepressant", "therapy:antidepressants"],
        "t": [
            "term:tmj",
            "term:physical-therapist",
            "term:therapeutic-ultrasound",
            "term:cognitive-behavioral-therapy",
            "term:tension-headache",
            "term:trigger-point",
        ],
        "s": ["term:sedative", "term:steroid", "term:ct-scan", "term:side-effect", "term:statin", "term:mri"],
        "side effects": [
            "term:side-effect",
            "topic:injection-risks",
            "topic:injection-therapy",
            "topic:choosing-a-therapy",
            "therapy:otc-pain-relievers",
            "therapy:muscle-relaxants",
        ],
        "cost": [
            "topic:questions-to-ask",
            "topic:choosing-a-therapy",
            "therapy:self-care",
            "topic:ketamine-therapy",
            "therapy:posture-training",
            "therapy:heat-therapy",
        ],
    },
    "es": {
        "d": [
            "term:flare-up",
            "term:neuropathic-pain",
            "term:pacing",
            "term:myofascial-pain-syndrome",
            "term:tension-headache",
            "term:chronic-pain",
        ],
        "dolor": [
            "term:flare-up",
            "term:myofascial-pain-syndrome",
            "term:neuropathic-pain",
            "term:referred-pain",
            "term:chronic-pain",
            "term:tension-headache",
        ],
        "músculo": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:diagnosis",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
            "therapy:massage-therapy",
        ],
        "musculo": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:diagnosis",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
            "therapy:massage-therapy",
        ],
        "punto gatillo": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
            "topic:trigger-point-injections",
            "topic:diagnosis",
        ],
        "nudo": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:diagnosis",
            "topic:fibromyalgia-difference",
            "topic:myofascial-pain-syndrome",
        ],
        "inyección": [
            "topic:injection-therapy",
            "topic:trigger-point-injections",
            "topic:botox-injections",
            "topic:injection-risks",
            "topic:after-an-injection",
            "topic:treatment-overview",
        ],
        "aguja": [
            "therapy:dry-needling",
            "topic:injection-therapy",
            "topic:treatment-overview",
            "topic:trigger-point-injections",
            "topic:injection-risks",
            "therapy:acupuncture",
        ],
        "pastilla": [
            "therapy:otc-pain-relievers",
            "topic:opioids-and-gabapentinoids",
            "term:placebo",
            "topic:sleep-and-pain",
            "term:steroid",
            "topic:look-alike-conditions",
        ],
        "botox": [
            "term:botulinum-toxin",
            "topic:botox-injections",
            "topic:injection-therapy",
            "topic:after-an-injection",
            "topic:injection-risks",
            "topic:treatment-overview",
        ],
        "punto gatilo": [
            "term:trigger-point",
            "topic:risk-factors",
            "topic:causes",
            "topic:myofascial-pain-syndrome",
            "topic:trigger-point-injections",
            "topic:diagnosis",
        ],
        "estiramiento": [
            "therapy:stretching-exercise",
            "term:physical-therapist",
            "topic:myofascial-pain-syndrome",
            "therapy:self-care",
            "therapy:supervised-exercise",
            "topic:after-an-injection",
        ],
        "sueño": [
            "topic:sleep-and-pain",
            "topic:complications",
            "term:sedative",
            "term:muscle-relaxant",
            "term:gabapentinoid",
            "therapy:antidepressants",
        ],
        "cuello": [
            "topic:botox-injections",
            "term:hypothyroidism",
            "term:tension-headache",
            "term:polymyalgia-rheumatica",
            "therapy:supervised-exercise",
            "topic:look-alike-conditions",
        ],
        "ejercicio": [
            "therapy:stretching-exercise",
            "therapy:supervised-exercise",
            "therapy:physical-therapy",
            "topic:non-drug-care",
            "term:physical-therapist",
            "topic:injection-therapy",
        ],
        "calor": [
            "therapy:heat-therapy",
            "therapy:self-care",
            "topic:non-drug-care",
            "topic:self-care-at-home",
            "therapy:ultrasound-therapy",
            "topic:after-an-injection",
        ],
        "opioide": [
            "term:opioid",
            "topic:opioids-and-gabapentinoids",
            "topic:medicines",
            "therapy:muscle-relaxants",
            "topic:treatment-overview",
            "topic:sleep-and-pain",
        ],
        "depresión": ["term:antidepressant", "therapy:antidepressants", "topic:medicines"],
        "efectos secundarios": [
            "term:side-effect",
            "topic:injection-risks",
            "topic:choosing-a-therapy",
            "topic:injection-therapy",
            "therapy:muscle-relaxants",
            "therapy:otc-pain-relievers",
        ],
        "costo": [
            "topic:questions-to-ask",
            "topic:choosing-a-therapy",
            "topic:ketamine-therapy",
            "therapy:heat-therapy",
            "therapy:self-care",
            "topic:non-drug-care",
        ],
    },
}


@pytest.fixture(scope="module", params=sorted(PINNED))
def language_index(request) -> tuple[str, SearchIndex]:
    library = load_library(bundled_content_dir() / request.param).library
    return request.param, SearchIndex.build(library)


def test_the_bundled_library_is_ranked_exactly(language_index) -> None:
    _, index = language_index
    assert len(index) < BROAD_ROWS  # so no query on it can take the capped path


def test_top_results_of_everyday_queries_are_pinned(language_index) -> None:
    language, index = language_index
    drifted = {}
    for query, expected in PINNED[language].items():
        got = [hit.location for hit in index.search(query).hits][: len(expected)]
        if got != expected:
            drifted[query] = got
    assert not drifted, f"ranking drifted in {language}: {drifted}"
