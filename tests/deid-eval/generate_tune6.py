#!/usr/bin/env python3
"""Write the tune6 split of the de-identification corpus.

    python3 tests/deid-eval/generate_tune6.py          # writes corpus/tune6.jsonl
    python3 tests/deid-eval/generate_tune6.py --check  # exit 1 if the file differs from this generator

Python 3.11, standard library only.  Self-contained: it imports only templates_tune6.py,
beside it.  Deterministic: every random stream is random.Random seeded with a string, no
dependence on the date, the machine or hash order.

Every record is checked before it is written: each span's text is the slice of the note
at its offsets (and what the template planted), PHI spans do not overlap each other or any
keep span, categories and keep kinds are those of the README, DEA numbers, NPIs and VINs
carry valid check digits, ages over 89 are above 89 and kept ages are not, every name
token and every identifier planted in a note is annotated wherever else it occurs in that
note (or is a keep span: the word or eponym use of a name), and the note's size lies in
the window.  It prints sizes and counts per category and note type, never note text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates_tune6 as T  # noqa: E402

OUT = HERE / "corpus" / "tune6.jsonl"
SEED = "carebrief-deid-tune6"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 820, 3000

MARK = re.compile("⟦([A-Z_0-9]+)\x1f([^⟦⟧⟪⟫\x1f]*)⟧|⟪([a-z]+)\x1f([^⟦⟧⟪⟫\x1f]*)⟫")
WORD_CHARS = re.compile(r"\w+")


class Reject(Exception):
    """The drawn note does not fit (size); draw again with the next attempt seed."""


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    out: list[str] = []
    pos = 0
    n = 0
    phi: list[dict] = []
    keep: list[dict] = []
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        if m.group(1):
            s = m.group(2)
            phi.append({"start": n, "end": n + len(s), "category": m.group(1), "text": s})
        else:
            s = m.group(4)
            keep.append({"start": n, "end": n + len(s), "text": s, "kind": m.group(3)})
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in T.MARKS:
        assert ch not in text, f"stray mark-up character {ch!r}"
    return text, phi, keep


def _occurrences(text: str, needle: str):
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        yield m.start(), m.end()


NAME_TOKEN_SKIP = {"de", "da", "dos", "van", "der", "ap", "te", "bin", "y", "del", "la", "le",
                   "ma"}


def check(rec: dict, ctx) -> None:
    text = rec["text"]
    rid = rec["id"]
    spans = sorted(rec["phi"], key=lambda s: s["start"])
    for s in rec["phi"] + rec["keep"]:
        assert text[s["start"]:s["end"]] == s["text"], (rid, s)
        assert s["text"] == s["text"].strip() and s["text"], (rid, s)
    for s in rec["phi"]:
        assert s["category"] in T.PHI_CATS, (rid, s)
    for k in rec["keep"]:
        assert k["kind"] in T.KEEP_KINDS, (rid, k)
    allsp = sorted(rec["phi"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for a, b in zip(allsp, allsp[1:]):
        assert a["end"] <= b["start"], (rid, "overlap", a, b)
    covered = bytearray(len(text))
    for s in rec["phi"]:
        covered[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])
    kept = bytearray(len(text))
    for s in rec["keep"]:
        kept[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])

    def free(a: int, b: int) -> bool:
        return not any(covered[a:b]) and not any(kept[a:b])

    # identifiers planted in the note are annotated wherever they occur
    needles = set()
    for s in spans:
        t = s["text"]
        if s["category"] in ("NAME", "PROVIDER_NAME"):
            for tok in re.split(r"[\s,./()^“”\"]+", t):
                tok = tok.strip("'’-")
                if len(tok) >= 3 and tok.lower() not in NAME_TOKEN_SKIP and not tok.isdigit():
                    needles.add(tok)
        elif s["category"] == "DATE" and not re.search(r"\d{4}|[A-Za-z]", t):
            continue                  # a short numeric date (3/14, 12/30) can also be a ratio or a count
        elif s["category"] not in ("AGE_OVER_89",) and len(t) >= 5:
            needles.add(t)
    for nd in sorted(needles):
        for a, b in _occurrences(text, nd):
            if free(a, b):
                raise AssertionError(f"{rid}: {nd!r} at {a} is not annotated")
    # check digits
    for s in rec["phi"]:
        t = s["text"]
        if s["category"] == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", t):
            assert T.dea_ok(t), (rid, t)
        if s["category"] == "VEHICLE" and len(t) == 17:
            assert T.vin_ok(t), (rid, t)
        if s["category"] == "AGE_OVER_89":
            m = re.search(r"\d+", t)
            if m and not t.startswith("0"):
                assert int(m.group()) >= 90, (rid, t)
    for k in rec["keep"]:
        if k["kind"] == "age":
            m = re.match(r"\d+", k["text"])
            if m:
                assert int(m.group()) <= 89, (rid, k)
    for npi in ctx.npis:
        assert T.npi_ok(npi), (rid, npi)
    for dea in ctx.deas:
        assert T.dea_ok(dea), (rid, dea)
    for vin in ctx.vins:
        assert T.vin_ok(vin), (rid, vin)
    size = len(text.encode("utf-8"))
    assert MIN_BYTES <= size <= MAX_BYTES, (rid, size)


def schedule() -> list:
    """Note types in near-equal shares, in a fixed shuffled order."""
    types = list(T.NOTE_TYPES)
    reps = -(-N_NOTES // len(types))
    order = (types * reps)[:N_NOTES]
    random.Random(SEED + ":order").shuffle(order)
    return order


def build() -> list[dict]:
    records = []
    for i, nt in enumerate(schedule()):
        rid = f"tune6-{i:05}"
        for attempt in range(400):
            r = random.Random(f"{SEED}:{i}:{attempt}")
            ctx, marked = nt.build(r)
            text, phi, keep = parse(marked)
            size = len(text.encode("utf-8"))
            if MIN_BYTES <= size <= MAX_BYTES:
                break
        else:
            raise AssertionError(f"{rid}: no draw of {nt.key} fits the size window")
        rec = {"id": rid, "note_type": nt.note_type, "family": f"tune6-{nt.key}", "text": text,
               "phi": phi, "keep": keep, "patient": ctx.patient_json()}
        check(rec, ctx)
        records.append(rec)
    return records


def serialise(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def report(records: list[dict]) -> None:
    sizes = [len(r["text"].encode("utf-8")) for r in records]
    cats = Counter(s["category"] for r in records for s in r["phi"])
    kinds = Counter(k["kind"] for r in records for k in r["keep"])
    types = Counter(r["note_type"] for r in records)
    print(f"tune6: {len(records)} notes, {len(types)} note types, "
          f"{min(sizes)}–{max(sizes)} bytes (median {statistics.median(sizes):.0f})")
    print(f"  PHI spans {sum(cats.values())} (median per note "
          f"{statistics.median(len(r['phi']) for r in records):.0f}), keep spans "
          f"{sum(kinds.values())} (median {statistics.median(len(r['keep']) for r in records):.0f})")
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())))
    print("  keep: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("  types: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate in memory and exit 1 if corpus/tune6.jsonl differs")
    args = ap.parse_args()
    records = build()
    data = serialise(records)
    if args.check:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if old != data:
            print(f"{OUT} differs from what generate_tune6.py writes; run it without --check",
                  file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date ({len(records)} notes)")
        return 0
    OUT.write_text(data, encoding="utf-8")
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
