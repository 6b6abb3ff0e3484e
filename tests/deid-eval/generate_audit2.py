#!/usr/bin/env python3
"""Write the audit2 split: tests/deid-eval/corpus/audit2.jsonl (800 notes).

    python3 tests/deid-eval/generate_audit2.py           # write the file
    python3 tests/deid-eval/generate_audit2.py --check   # regenerate in memory; exit 1 if the file differs

Written apart from the scrubber and from the other splits' generators and templates; the
note bodies and pools are in templates_audit2.py. Every random stream is seeded by a string
("audit2:<note>:<attempt>"); a note whose checks fail is redrawn with the next attempt.
Python 3.11, standard library only. Prints sizes and counts only.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import statistics
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import templates_audit2 as T  # noqa: E402

OUT = HERE / "corpus" / "audit2.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 1024, 3000
MAX_ATTEMPTS = 400
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "ADDRESS", "CITY", "ZIP", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "OTHER_ID", "AGE_OVER_89"}
KEEP_KINDS = {"eponym", "drug", "lab", "vital", "score", "code", "diagnosis", "abbreviation", "age", "word"}
TOK = re.compile(r"\w+")


class CheckFailed(Exception):
    pass


# ---------------------------------------------------------------------------- building

def build(segs: T.S, lower: bool) -> tuple[str, list[dict], list[dict]]:
    parts: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for text, cat, kind in segs:
        if not text:
            continue
        if lower:
            text = text.lower()
        parts.append(text)
        end = pos + len(text)
        if cat:
            phi.append({"start": pos, "end": end, "category": cat, "text": text})
        elif kind:
            keep.append({"start": pos, "end": end, "text": text, "kind": kind})
        pos = end
    return "".join(parts), phi, keep


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pre = r"(?<!\w)" if needle[:1].isalnum() or needle[:1] == "_" else ""
    post = r"(?!\w)" if needle[-1:].isalnum() or needle[-1:] == "_" else ""
    rx = re.compile(pre + re.escape(needle) + post, re.IGNORECASE)
    return [m.span() for m in rx.finditer(text)]


def check(rec: dict, people_names: list[str]) -> None:
    text = rec["text"]
    n = len(text)
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise CheckFailed("size")
    phi_cov = bytearray(n)
    exempt = bytearray(n)
    keep_cov = bytearray(n)
    last_end = -1
    for s in rec["phi"]:
        if text[s["start"]:s["end"]] != s["text"] or s["category"] not in CATEGORIES or not s["text"].strip():
            raise CheckFailed("phi span")
        if s["start"] < last_end:
            raise CheckFailed("phi overlap")
        last_end = s["end"]
        phi_cov[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])
    for k in rec["keep"]:
        if text[k["start"]:k["end"]] != k["text"] or k["kind"] not in KEEP_KINDS:
            raise CheckFailed("keep span")
        if any(phi_cov[k["start"]:k["end"]]):
            raise CheckFailed("keep overlaps phi")
        keep_cov[k["start"]:k["end"]] = b"\x01" * (k["end"] - k["start"])
        if k["kind"] in ("word", "eponym"):
            exempt[k["start"]:k["end"]] = b"\x01" * (k["end"] - k["start"])

    def covered(a: int, b: int) -> bool:
        return all(phi_cov[a:b]) or all(exempt[a:b])

    needles = {s["text"].strip() for s in rec["phi"]}
    for name in people_names:
        needles.update(t for t in TOK.findall(name) if len(t) >= 3)
    for nd in sorted(needles):
        if len(nd) < 3:
            continue
        for a, b in occurrences(text, nd):
            if not covered(a, b):
                raise CheckFailed("uncovered occurrence")


def people_names(patient: dict) -> list[str]:
    out = [x["text"] for x in patient["names"]]
    for grp in ("relatives", "clinicians"):
        for p in patient[grp]:
            out += [x["text"] for x in p["names"]]
    return out


def make_note(i: int) -> tuple[dict, int]:
    key, display, hands, over89, age_range, sex = T.NOTE_TYPES[i % len(T.NOTE_TYPES)]
    for attempt in range(MAX_ATTEMPTS):
        r = random.Random(f"audit2:{i}:{attempt}")
        c = T.Ctx(r, key, over89_p=over89, age_range=age_range, sex=sex)
        hand = r.choice(hands)
        blocks = [T.seg(b) for b in hand(c)]

        def size() -> int:
            return sum(len(T.seg_text(b).encode("utf-8")) for b in blocks)

        target = r.randint(1100, 2900)
        used: set[str] = set()
        for _ in range(10):
            if size() >= target:
                break
            extra = T.extra_section(c, key, used)
            if extra is None:
                break
            blocks.insert(len(blocks) - 1, extra)
        n_fill = 0
        while size() < MIN_BYTES and n_fill < 6:
            blocks.insert(len(blocks) - 1, T.fill(c, T.TYPE_FILL.get(key)))
            n_fill += 1
        segs = T.S()
        for b in blocks:
            segs += b
        text, phi, keep = build(segs, c.lower)
        patient = c.record()
        rec = {"id": f"audit2-{i:05d}", "note_type": display, "family": f"audit2-{key}", "text": text,
               "phi": phi, "keep": keep, "patient": patient}
        try:
            check(rec, people_names(patient))
        except CheckFailed:
            continue
        return rec, attempt
    raise SystemExit(f"note {i}: no attempt passed the checks")


# ---------------------------------------------------------------------------- pool overlap

GENERIC = {"springs", "spring", "crossing", "junction", "station", "mills", "mill", "falls", "lake", "village",
           "flats", "hollow", "gap", "landing", "point", "prairie", "valley", "ridge", "bend", "creek", "fork",
           "center", "heights", "bay", "township", "basin", "mesa", "ranch", "draw", "knob", "bluff", "bayou",
           "plane", "pines", "groves", "grove", "knoll", "trot", "lower", "upper", "north", "south", "east",
           "west", "saint", "santa", "city", "town", "the", "and"}
PARTICLES = {"de", "la", "del", "dos", "da", "van", "der", "von", "ten", "al", "mac", "ní", "ni", "o", "le", "di", "lo"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def pool_overlap() -> dict[str, int]:
    """Count pool entries whose name, street or city occurs among other splits' gold NAME,
    PROVIDER_NAME, CITY and ADDRESS spans. Counts only; nothing of the other splits is printed."""
    toks: set[str] = set()
    full: set[str] = set()
    files = 0
    for p in sorted(glob.glob(str(HERE / "corpus" / "*.jsonl"))):
        if os.path.basename(p) == OUT.name:
            continue
        files += 1
        with open(p, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                for s in json.loads(line)["phi"]:
                    if s["category"] in ("NAME", "PROVIDER_NAME", "CITY", "ADDRESS"):
                        t = fold(s["text"])
                        full.add(" ".join(t.split()))
                        toks.update(TOK.findall(t))

    def person_bad(item: str) -> bool:
        return any(len(t) >= 3 and t not in PARTICLES and t in toks for t in TOK.findall(fold(item)))

    counts = {"files": files}
    people = []
    for pool in (T.P_GIVEN_F, T.P_GIVEN_M, T.P_SURNAMES):
        for origin in sorted(pool):
            for roman, native in pool[origin]:
                people.append(roman + (" " + native if native else ""))
    people += sorted(T.NICKNAMES.values())
    counts["people_entries"] = len(people)
    counts["people_overlap"] = sum(person_bad(x) for x in people)
    counts["street_entries"] = len(T.P_STREETS)
    counts["street_overlap"] = sum(any(len(t) >= 3 and t not in GENERIC and t in toks for t in TOK.findall(fold(x)))
                                   for x in T.P_STREETS)
    cities = [c for c, _, _ in T.P_CITIES]
    counts["city_entries"] = len(cities)
    counts["city_overlap"] = sum((" ".join(fold(c).split()) in full) or
                                 any(len(t) >= 4 and t not in GENERIC and t in toks for t in TOK.findall(fold(c)))
                                 for c in cities)
    return counts


# ---------------------------------------------------------------------------- main

def generate() -> tuple[str, list[dict], int]:
    recs = []
    redraws = 0
    for i in range(N_NOTES):
        rec, attempts = make_note(i)
        redraws += attempts
        recs.append(rec)
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return body, recs, redraws


def report(recs: list[dict], redraws: int) -> None:
    sizes = [len(r["text"].encode("utf-8")) for r in recs]
    cats: dict[str, int] = {}
    kinds: dict[str, int] = {}
    types: dict[str, int] = {}
    for r in recs:
        types[r["note_type"]] = types.get(r["note_type"], 0) + 1
        for s in r["phi"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
        for k in r["keep"]:
            kinds[k["kind"]] = kinds.get(k["kind"], 0) + 1
    over89 = sum(any(s["category"] == "AGE_OVER_89" for s in r["phi"]) for r in recs)
    print(f"notes {len(recs)}, note types {len(types)}, redraws {redraws}")
    print(f"bytes: min {min(sizes)}, median {int(statistics.median(sizes))}, max {max(sizes)}, total {sum(sizes)}")
    print(f"notes with an age over 89: {over89}")
    print("phi:", ", ".join(f"{k} {v}" for k, v in sorted(cats.items())), f"(total {sum(cats.values())})")
    print("keep:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), f"(total {sum(kinds.values())})")
    print("types:", ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/audit2.jsonl differs from a fresh run")
    args = ap.parse_args()
    ov = pool_overlap()
    print("pool overlap with other splits (counts only):", ", ".join(f"{k} {v}" for k, v in ov.items()))
    overlap = ov["people_overlap"] + ov["street_overlap"] + ov["city_overlap"]
    body, recs, redraws = generate()
    report(recs, redraws)
    if args.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != body:
            print(f"{OUT} differs from a fresh run")
            return 1
        if overlap:
            print("warning: pool entries now overlap other splits' gold spans")
        print("ok: file matches")
        return 0
    if overlap:
        print("pool entries overlap other splits' gold spans; choose fresh ones")
        return 1
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
