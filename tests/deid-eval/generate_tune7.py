#!/usr/bin/env python3
"""Write the tune7 split of the de-identification evaluation corpus.

    python3 tests/deid-eval/generate_tune7.py          # writes corpus/tune7.jsonl
    python3 tests/deid-eval/generate_tune7.py --check  # exit 1 if the file differs from the generator

800 synthetic notes of 30 note types (templates_tune7.py), written apart from the scrubber
and from the other splits' generators, templates and notes: from tests/deid-eval/README.md
and score.py only. Everything is invented. Random streams are seeded by strings, so the
output does not depend on the date, the machine or hash order.

The templates write marked-up text: \\x02CATEGORY\\x1ftext\\x03 for a PHI span and
\\x04kind\\x1ftext\\x05 for a keep span. parse() strips the marks and records the spans in
Unicode code points. Every record is checked before it is written (see check()); a note
that fails is drawn again with the next attempt's seed, and the number of redraws is
printed. Python 3.11, standard library only. Prints sizes and counts, never note text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates_tune7 as T  # noqa: E402

OUT = HERE / "corpus" / "tune7.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 800, 2200
MAX_ATTEMPTS = 400

CATEGORIES = ("NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
              "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
              "AGE_OVER_89", "OTHER_ID")
KINDS = ("eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word")
NAME_CATS = ("NAME", "PROVIDER_NAME")
# lower-case particles inside a name span are not looked for elsewhere in the note
PARTICLES = {"de", "la", "del", "de la", "los", "las", "van", "von", "der", "den", "ter", "ten", "da",
             "dos", "das", "di", "du", "le", "lo", "bin", "ibn", "bint", "al", "el", "ní", "nic", "ó",
             "mac", "mc", "við", "y", "e", "san", "st"}
MARKS = "\x02\x03\x04\x05\x1f"


class MarkupError(ValueError):
    pass


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Strip the marks; return (text, phi, keep) with code-point offsets."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    i = 0
    n = len(marked)
    while i < n:
        ch = marked[i]
        if ch in "\x02\x04":
            close = "\x03" if ch == "\x02" else "\x05"
            sep = marked.index("\x1f", i)
            end = marked.index(close, sep)
            label = marked[i + 1:sep]
            body = marked[sep + 1:end]
            if any(c in MARKS for c in body) or any(c in MARKS for c in label):
                raise MarkupError(f"nested mark in {label!r}")
            span = {"start": pos, "end": pos + len(body)}
            if ch == "\x02":
                span.update(category=label, text=body)
                phi.append(span)
            else:
                span.update(text=body, kind=label)
                keep.append(span)
            out.append(body)
            pos += len(body)
            i = end + 1
        elif ch in MARKS:
            raise MarkupError(f"stray mark {ch!r}")
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), phi, keep


# ---------------------------------------------------------------------------- validators

def dea_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 17 or any(c not in VIN_VAL for c in s):
        return False
    total = sum(VIN_VAL[c] * w for c, w in zip(s, VIN_W)) % 11
    return s[8] == ("X" if total == 10 else str(total))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def ssn_ok(d: str) -> bool:
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group != 0 and serial != 0


# ---------------------------------------------------------------------------- checks

def name_tokens(text: str) -> list[str]:
    toks = []
    for m in re.finditer(r"[^\W\d_]+", text):
        t = m.group()
        if len(t) < 2 or t.lower() in PARTICLES:
            continue
        toks.append(t)
    return toks


def check(rec: dict) -> list[str]:
    text, phi, keep = rec["text"], rec["phi"], rec["keep"]
    probs: list[str] = []
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        probs.append(f"size {size}")
    if any(c in MARKS for c in text):
        probs.append("mark left in text")
    spans = [(s["start"], s["end"], "phi", s) for s in phi] + [(s["start"], s["end"], "keep", s) for s in keep]
    for s, e, what, sp in spans:
        if not 0 <= s < e <= len(text) or text[s:e] != sp["text"]:
            probs.append(f"{what} span text mismatch at {s}")
        elif sp["text"] != sp["text"].strip():
            probs.append(f"{what} span with outer whitespace at {s}")
        if what == "phi" and sp["category"] not in CATEGORIES:
            probs.append(f"category {sp['category']}")
        if what == "keep" and sp["kind"] not in KINDS:
            probs.append(f"kind {sp['kind']}")
    spans.sort(key=lambda x: (x[0], x[1]))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            probs.append(f"overlap {a[2]}/{b[2]} at {b[0]}")
    for sp in phi:
        t, c = sp["text"], sp["category"]
        if c == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", t) and not dea_ok(t):
            probs.append(f"bad DEA check digit at {sp['start']}")
        if c == "VEHICLE":
            v = re.sub(r"[\s-]", "", t)
            if len(v) == 17 and v.isalnum() and not vin_ok(v):
                probs.append(f"bad VIN check digit at {sp['start']}")
        if c == "SSN":
            d = re.sub(r"\D", "", t)
            if len(d) == 9 and not ssn_ok(d):
                probs.append(f"SSN outside issued ranges at {sp['start']}")
        if c == "OTHER_ID" and re.fullmatch(r"[12]\d{9}", t) and "NPI" in text[max(0, sp["start"] - 14):sp["start"]]:
            if not luhn_ok("80840" + t):
                probs.append(f"bad NPI check digit at {sp['start']}")
    # every planted name token and identifier is annotated (or kept) wherever it occurs
    cov = bytearray(len(text))
    for s in phi + keep:
        cov[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])
    looked: set[tuple[str, str]] = set()
    for sp in phi:
        c = sp["category"]
        needles: list[tuple[str, str]] = []
        if c in NAME_CATS or c == "CITY":
            needles += [("w", t) for t in name_tokens(sp["text"])]
        if c not in NAME_CATS and c != "AGE_OVER_89" and len(sp["text"]) >= 4:
            needles.append(("x", sp["text"]))
        for kind, nd in needles:
            key = (kind, nd.lower())
            if key in looked:
                continue
            looked.add(key)
            if kind == "w":
                pat = r"(?<!\w)" + re.escape(nd) + r"(?!\w)"
            else:
                pat = r"(?<![0-9A-Za-z])" + re.escape(nd) + r"(?![0-9A-Za-z])"
            for m in re.finditer(pat, text, re.IGNORECASE):
                if not all(cov[m.start():m.end()]):
                    probs.append(f"unannotated {c} {'token' if kind == 'w' else 'value'} at {m.start()}")
    pt = rec["patient"]
    for key in ("names", "mrn", "phones", "emails", "address", "birthDate", "relatives", "clinicians"):
        if key not in pt:
            probs.append(f"patient.{key} missing")
    return probs


# ---------------------------------------------------------------------------- build

def plan() -> list[str]:
    """Note types in near-equal shares, in a seeded order."""
    keys = [t[0] for t in T.NOTE_TYPES]
    seq = (keys * (N_NOTES // len(keys) + 1))[:N_NOTES]
    random.Random("tune7|plan").shuffle(seq)
    return seq


def build_one(i: int, key: str, stats: dict) -> dict:
    for attempt in range(MAX_ATTEMPTS):
        r = random.Random(f"tune7|{i}|{key}|{attempt}")
        note = T.make_note(r, key)
        target = r.randint(950, 1850)
        parts = list(note.head)
        extras = list(note.extras)
        tail = list(note.tail)
        marked = "".join(parts + tail)
        text, _, _ = parse(marked)
        while extras and len(text.encode("utf-8")) < target:
            snap = note.snapshot()
            block = extras.pop(0)()
            cand = "".join(parts + [block] + tail)
            ctext, _, _ = parse(cand)
            if len(ctext.encode("utf-8")) > MAX_BYTES:
                note.restore(snap)
                continue
            parts.append(block)
            marked, text = cand, ctext
        text, phi, keep = parse(marked)
        rec = {"id": f"tune7-{i:05d}", "note_type": note.note_type, "family": note.family,
               "text": text, "phi": phi, "keep": keep, "patient": note.patient_record()}
        probs = check(rec)
        if not probs:
            stats["redraws"] += attempt
            return rec
        stats["fail"].setdefault(key, {})
        for p in probs:
            k = re.sub(r" at \d+$", "", p)
            stats["fail"][key][k] = stats["fail"][key].get(k, 0) + 1
    raise SystemExit(f"note {i} ({key}): no valid draw in {MAX_ATTEMPTS} attempts: {stats['fail'].get(key)}")


def generate() -> tuple[list[dict], dict]:
    T.self_check()
    stats = {"redraws": 0, "fail": {}}
    recs = [build_one(i, key, stats) for i, key in enumerate(plan())]
    return recs, stats


def serialise(recs: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def report(recs: list[dict], stats: dict, data: bytes) -> None:
    sizes = [len(r["text"].encode("utf-8")) for r in recs]
    print(f"tune7: {len(recs)} notes, {len(data):,} bytes of JSONL, {sum(sizes) / 1024:.0f} KiB of note text")
    print(f"note bytes: min {min(sizes)}, median {statistics.median(sizes):.0f}, max {max(sizes)}")
    print(f"PHI spans per note: median {statistics.median(len(r['phi']) for r in recs):.0f}; "
          f"keep spans per note: median {statistics.median(len(r['keep']) for r in recs):.0f}")
    print(f"redraws after a failed check: {stats['redraws']}")
    cats: dict[str, int] = {}
    kinds: dict[str, int] = {}
    types: dict[str, int] = {}
    for r in recs:
        types[r["note_type"]] = types.get(r["note_type"], 0) + 1
        for s in r["phi"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
        for s in r["keep"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"PHI spans: {sum(cats.values())}")
    for c in CATEGORIES:
        print(f"  {c:<15}{cats.get(c, 0):>6}")
    print(f"keep spans: {sum(kinds.values())}")
    for k in KINDS:
        print(f"  {k:<15}{kinds.get(k, 0):>6}")
    print(f"note types: {len(types)}")
    for t, c in sorted(types.items()):
        print(f"  {t:<48}{c:>4}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune7.jsonl differs from the generator")
    args = ap.parse_args()
    recs, stats = generate()
    data = serialise(recs)
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.relative_to(HERE.parent.parent)} differs from what generate_tune7.py writes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(HERE.parent.parent)} matches the generator ({len(recs)} notes)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    report(recs, stats, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
