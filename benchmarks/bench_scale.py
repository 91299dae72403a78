"""One content size in one fresh process: load + check, index build, search latency, peak memory.

Search is timed through `SearchIndex.search`: the full text query, the
misspelling correction and "Did you mean" when nothing matched, and the
one-sentence snippets of the hits.

Run by run.py as `python -m benchmarks.bench_scale FOLDER`; prints one JSON
object. A fresh process per size keeps each size's peak memory its own.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

# Prefixes, whole words, two words, no hits, punctuation and FTS syntax that
# must be treated as plain text, accents, emoji and a pasted paragraph.
QUERIES: tuple[str, ...] = (
    "s", "tr", "trig", "trigger", "muscle", "mus", "stretch", "neck pain", "trigger point",
    "sore muscle", "heat rest", "knot", "physio", "zzqxv", "xylophone wombat", "pain?",
    '"knot"', "neck-pain", "c++", "AND", "*", "NEAR(pain", "músculo", "pain 😀",
    "Tight sleep muscle cold care side month hip heat relax warm pillow breath",
    # Search that forgives (issue 16): misspellings go through the fuzzy name
    # match, everyday words through the content's search_synonyms.
    "trigerpoint", "triggerpoint", "botx", "acupunture", "fibromialgia", "trigger piont", "musle",
    "needle", "shot", "pill", "knots",
)  # fmt: skip
REPEATS = 10


def peak_rss_kib() -> int:
    """This process's peak resident set so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with `fraction` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def measure(folder: Path) -> dict[str, object]:
    from clinicapp.content.loader import load_library
    from clinicapp.content.search import SearchIndex

    base_kib = peak_rss_kib()
    started = time.perf_counter()
    result = load_library(folder)
    load_s = time.perf_counter() - started
    after_load_kib = peak_rss_kib()

    started = time.perf_counter()
    index = SearchIndex.build(result.library)
    index_s = time.perf_counter() - started

    first_query_s = 0.0
    latencies: list[float] = []
    cpu: list[float] = []  # this thread's CPU time per query: what the query costs, whatever else runs
    hits = {}
    for round_ in range(REPEATS + 1):
        for query in QUERIES:
            started, started_cpu = time.perf_counter(), time.thread_time()
            found = index.search(query).hits
            elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
            if round_ == 0:
                hits[query] = len(found)
                first_query_s = max(first_query_s, elapsed)
            else:
                latencies.append(elapsed)
                cpu.append(elapsed_cpu)
    return {
        "topics": len(result.library.topics),
        "therapies": len(result.library.therapies),
        "problems": len(result.problems),
        "files": result.files_read,
        "load_s": load_s,
        "index_s": index_s,
        "docs": len(index),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000,
        "cpu_p50_ms": statistics.median(cpu) * 1000,
        "cpu_p95_ms": percentile(cpu, 0.95) * 1000,
        "first_round_max_ms": first_query_s * 1000,
        "queries": len(QUERIES),
        "no_hit_queries": sorted(q for q, n in hits.items() if n == 0),
        "base_kib": base_kib,
        "after_load_kib": after_load_kib,
        "peak_kib": peak_rss_kib(),
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
