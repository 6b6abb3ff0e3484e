#!/usr/bin/env python3
"""Write the tune2 split of the de-identification corpus: corpus/tune2.jsonl.

    python3 tests/deid-eval/generate_tune2.py          # write corpus/tune2.jsonl
    python3 tests/deid-eval/generate_tune2.py --check  # exit 1 if the file differs from what would be written

Written from the corpus README's record format, categories and span conventions and from
score.py only. Deterministic: every random stream is random.Random seeded with a string;
nothing depends on the date, the machine or hash order. Before writing, every record is
checked: each span's text equals the slice of the note at its offsets (code points), PHI
spans do not overlap each other or any keep span, DEA numbers and VINs carry valid check
digits, and every note is 1.0-3.0 KB of UTF-8. Prints sizes and counts (never note text).
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates_tune2 as T  # noqa: E402

OUT = HERE / "corpus" / "tune2.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 1000, 3000
SEED = "tune2-v1"

MARK = re.compile("([\x01\x04])([A-Za-z_0-9]+)\x02([^\x01\x02\x03\x04]*)\x03")


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Marked string -> (text, phi spans, keep spans), offsets in code points."""
    text: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    last = 0
    for m in MARK.finditer(marked):
        chunk = marked[last:m.start()]
        if any(ch in chunk for ch in "\x01\x02\x03\x04"):
            raise ValueError("unbalanced or nested marker")
        text.append(chunk)
        pos += len(chunk)
        body = m.group(3)
        span = {"start": pos, "end": pos + len(body)}
        if m.group(1) == "\x01":
            phi.append({**span, "category": m.group(2), "text": body})
        else:
            keep.append({**span, "text": body, "kind": m.group(2)})
        text.append(body)
        pos += len(body)
        last = m.end()
    tail = marked[last:]
    if any(ch in tail for ch in "\x01\x02\x03\x04"):
        raise ValueError("unbalanced or nested marker")
    text.append(tail)
    return "".join(text), phi, keep


# -- independent validators -------------------------------------------------

def dea_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", s):
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_VT = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1,
       "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
_VW = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    t = sum(_VT[ch] * w for ch, w in zip(s, _VW)) % 11
    return s[8] == ("X" if t == 10 else str(t))


def npi_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def check_record(rec: dict) -> None:
    text = rec["text"]
    size = len(text.encode("utf-8"))
    assert MIN_BYTES <= size <= MAX_BYTES, (rec["id"], size)
    for ch in "\x01\x02\x03\x04":
        assert ch not in text, rec["id"]
    spans = []
    for sp in rec["phi"]:
        assert sp["category"] in T.CATEGORIES, sp
        assert text[sp["start"]:sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (rec["id"], sp)
        spans.append((sp["start"], sp["end"], "phi"))
        if sp["category"] == "VEHICLE" and len(sp["text"]) == 17 and sp["text"].isalnum():
            assert vin_ok(sp["text"].upper()), (rec["id"], sp["text"])  # chat notes may write it in lower case
        if sp["category"] == "LICENSE" and "DEA" in text[max(0, sp["start"] - 14):sp["start"]].upper():
            assert dea_ok(sp["text"].upper()), (rec["id"], sp["text"])
    for sp in rec["keep"]:
        assert sp["kind"] in T.KEEP_KINDS, sp
        assert text[sp["start"]:sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (rec["id"], sp)
    phi_sorted = sorted((s["start"], s["end"]) for s in rec["phi"])
    for (a0, a1), (b0, b1) in zip(phi_sorted, phi_sorted[1:]):
        assert a1 <= b0, (rec["id"], "PHI spans overlap", a0, a1, b0, b1)
    for k in rec["keep"]:
        for s in rec["phi"]:
            assert k["end"] <= s["start"] or s["end"] <= k["start"], (rec["id"], "keep overlaps PHI", k, s)


def build_note(i: int) -> dict:
    ntype, family, fn = T.NOTE_TYPES[i % len(T.NOTE_TYPES)]
    for attempt in range(60):
        r = random.Random(f"{SEED}:{i}:{attempt}")
        c = T.Ctx(r, i, ntype)
        body, tail, fill, joiner = fn(c)
        body = list(body)
        base = len(T.plain(joiner.join(body + tail)).encode())
        extra = r.randrange(100, 700) if r.random() < 0.85 else r.randrange(700, 1500)
        target = max(1060, min(2800, base + extra))
        guard = 0
        while c.pending and guard < 10:  # word uses owed by the people of the note, in the note's own voice
            body.append(fill())
            guard += 1
        guard = 0
        while len(T.plain(joiner.join(body + tail)).encode()) < target and guard < 40:
            body.append(fill())
            guard += 1
        while c.pending and guard < 50:
            body.append(fill())
            guard += 1
        assert not c.pending, (i, "a word use was not placed")
        marked = T.tidy(joiner.join(body + tail))
        text, phi, keep = parse(marked)
        size = len(text.encode("utf-8"))
        if MIN_BYTES <= size <= MAX_BYTES:
            rec = {"id": f"tune2-{i:05d}", "note_type": ntype, "family": f"tune2-{family}", "text": text,
                   "phi": phi, "keep": keep, "patient": T.patient_record(c)}
            check_record(rec)
            return rec
    raise RuntimeError(f"note {i}: no attempt fit the size window")


def dea_vin_scan(recs: list[dict]) -> tuple[int, int, int]:
    dea = vin = npi = 0
    for rec in recs:
        for sp in rec["phi"]:
            t = sp["text"]
            if sp["category"] == "LICENSE" and "DEA" in rec["text"][max(0, sp["start"] - 14):sp["start"]].upper():
                assert dea_ok(t.upper())
                dea += 1
            if sp["category"] == "VEHICLE" and vin_ok(t.upper()):
                vin += 1
            if sp["category"] == "OTHER_ID" and npi_ok(t):
                npi += 1
    return dea, vin, npi


def render(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def report(recs: list[dict]) -> None:
    sizes = sorted(len(r["text"].encode()) for r in recs)
    n = len(sizes)
    print(f"tune2: {n} notes, {sum(sizes) / 1024:.0f} KiB; bytes min {sizes[0]}, median {sizes[n // 2]}, "
          f"max {sizes[-1]}")
    types = Counter(r["note_type"] for r in recs)
    print(f"note types: {len(types)} ({', '.join(f'{k} {v}' for k, v in sorted(types.items()))})")
    cats = Counter(s["category"] for r in recs for s in r["phi"])
    print(f"PHI spans: {sum(cats.values())}")
    for k in T.CATEGORIES:
        print(f"  {k:<14}{cats.get(k, 0):>6}")
    kinds = Counter(s["kind"] for r in recs for s in r["keep"])
    print(f"keep spans: {sum(kinds.values())}")
    for k in T.KEEP_KINDS:
        print(f"  {k:<14}{kinds.get(k, 0):>6}")
    dea, vin, npi = dea_vin_scan(recs)
    print(f"valid check digits: DEA {dea}, VIN {vin}, NPI {npi}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune2.jsonl differs from the generator")
    args = ap.parse_args()
    recs = [build_note(i) for i in range(N_NOTES)]
    assert len({r["id"] for r in recs}) == N_NOTES
    data = render(recs)
    report(recs)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != data:
            print(f"{OUT.relative_to(HERE.parent.parent)} differs from the generator's output", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(HERE.parent.parent)} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
