#!/usr/bin/env python3
"""Write the tune3 split of the de-identification evaluation corpus.

    python3 tests/deid-eval/generate_tune3.py          # writes corpus/tune3.jsonl
    python3 tests/deid-eval/generate_tune3.py --check  # exit 1 if the file differs from what it would write

800 synthetic notes in 27 note types (templates_tune3.py), written apart from the scrubber
and from the other splits. Deterministic: random streams are seeded with strings, nothing
depends on the clock or on hash order. Every record is checked before it is written.
Python 3.11, standard library only.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import templates_tune3 as T  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus" / "tune3.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 1024, 2900
MARK = re.compile(r"«([A-Za-z_0-9]+):(.*?)»", re.S)


def parse(marked: str, transform=None) -> tuple[str, list[dict], list[dict]]:
    """Markup -> (text, phi, keep). transform (upper/lower) is applied per segment, so that
    offsets stay right even where case mapping changes a string's length."""
    f = transform or (lambda s: s)
    out: list[str] = []
    pos = 0
    phi, keep = [], []
    last = 0
    for m in MARK.finditer(marked):
        pre = f(marked[last:m.start()])
        out.append(pre)
        pos += len(pre)
        key, val = m.group(1), f(m.group(2))
        if "«" in val or "»" in val:
            raise ValueError(f"nested markup in {key}")
        if not val or val != val.strip():
            raise ValueError(f"empty or padded span {key}:{val!r}")
        if key in T.CATEGORIES:
            phi.append({"start": pos, "end": pos + len(val), "category": key, "text": val})
        elif key in T.KEEP_KINDS:
            keep.append({"start": pos, "end": pos + len(val), "text": val, "kind": T.KEEP_KINDS[key]})
        else:
            raise ValueError(f"unknown markup key {key}")
        out.append(val)
        pos += len(val)
        last = m.end()
    tail = f(marked[last:])
    out.append(tail)
    text = "".join(out)
    if "«" in text or "»" in text:
        raise ValueError("stray markup")
    return text, phi, keep


def hn(p) -> list[dict]:
    return p.hn()


def patient_json(c: T.Ctx) -> dict:
    a = c.addr
    line = [a["line"]] + ([a["unit"]] if a["unit"] else []) + ([a["loc"]] if a["loc"] else [])
    return {
        "names": c.pt.hn(),
        "mrn": c.mrn,
        "phones": [T.pfmt(p, "paren") for p in c.phones],
        "emails": [c.email],
        "address": {"line": line, "city": a["city"], "state": a["state"] or "", "postalCode": a["zip"],
                    **({"country": a["country"]} if a["foreign"] else {})},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": p.rel, "names": p.hn(), "phones": [T.pfmt(p.phone, "paren")]}
                      for p in c.rels if p.used and p.rel],
        "clinicians": [{"role": p.role or "attending", "names": p.hn(), "credential": p.cred or ""}
                       for p in c.team if p.used],
    }


def check(rec: dict) -> None:
    text = rec["text"]
    n = len(text.encode("utf-8"))
    if not MIN_BYTES <= n <= MAX_BYTES:
        raise ValueError(f"{rec['id']}: size {n} outside window")
    spans = []
    for s in rec["phi"] + rec["keep"]:
        if text[s["start"]:s["end"]] != s["text"]:
            raise ValueError(f"{rec['id']}: span text mismatch {s}")
    for s in rec["phi"]:
        spans.append((s["start"], s["end"], "phi"))
    for s in rec["keep"]:
        spans.append((s["start"], s["end"], "keep"))
    spans.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
        if s2 < e1 and "phi" in (k1, k2):
            raise ValueError(f"{rec['id']}: overlapping spans at {s1}-{e1} / {s2}-{e2}")
    for s in rec["phi"]:
        t = s["text"]
        if s["category"] == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", t) and not T.dea_ok(t):
            raise ValueError(f"{rec['id']}: bad DEA check digit")
        if s["category"] == "VEHICLE" and len(t) == 17 and not T.vin_ok(t):
            raise ValueError(f"{rec['id']}: bad VIN check digit")
        if s["category"] == "OTHER_ID":
            ctx = text[max(0, s["start"] - 12):s["start"]]
            if "NPI" in ctx.upper() and not T.npi_ok(t):
                raise ValueError(f"{rec['id']}: bad NPI {t}")
        if s["category"] == "AGE_OVER_89":
            num = re.match(r"\d+", t)
            if num and int(num.group()) <= 89:
                raise ValueError(f"{rec['id']}: AGE_OVER_89 {t}")
    for k in rec["keep"]:
        if k["kind"] == "age":
            num = re.match(r"\d+", k["text"])
            if num and int(num.group()) > 89:
                raise ValueError(f"{rec['id']}: keep age {k['text']} over 89")
    # DEAs, VINs and NPIs the templates issued are checked where they were made (T.*_ok); here
    # every DEA-, VIN- and NPI-shaped span is checked again.


def size_of(marked: str, transform) -> int:
    return len(parse(marked, transform)[0].encode("utf-8"))


def grow(c: T.Ctx, marked: str, transform) -> str:
    """Append extra sections (T.EXTRAS, in a random order) until the note reaches a target
    size drawn for it; a section that would push it past the window is skipped."""
    r = c.r
    target = r.randint(1150, 2750)
    allowed = getattr(c, "extras", None)
    extras = [f for f in T.EXTRAS if allowed is None or f.__name__ in allowed]
    r.shuffle(extras)
    while extras and size_of(marked, transform) < target:
        fn = extras.pop()
        cand = marked + "\n\n" + fn(c)
        if size_of(cand, transform) <= MAX_BYTES - 40:
            marked = cand
    tail = c.echo_s()
    if tail and size_of(marked + "\nAlso noted: " + tail, transform) <= MAX_BYTES:
        marked += "\nAlso noted: " + tail
    return marked


def build(i: int, kind: tuple) -> dict:
    fam, note_type, fn = kind
    for attempt in range(40):
        r = random.Random(f"tune3-note-{i:05d}-{attempt}")
        c = T.Ctx(r, over89_p=getattr(fn, "over89_p", 0.45))
        c.extras = getattr(fn, "extras", None)
        marked, transform = fn(c)
        marked = grow(c, marked, transform)
        text, phi, keep = parse(marked, transform)
        size = len(text.encode("utf-8"))
        if size < MIN_BYTES:
            # pad with a short addendum of clinical text in the note's own voice
            add = T.addendum(c)
            text2, phi2, keep2 = parse(marked + add, transform)
            text, phi, keep, size = text2, phi2, keep2, len(text2.encode("utf-8"))
        if MIN_BYTES <= size <= MAX_BYTES:
            rec = {"id": f"tune3-{i:05d}", "note_type": note_type, "family": f"tune3-{fam}", "text": text,
                   "phi": phi, "keep": keep, "patient": patient_json(c)}
            check(rec)
            return rec
    raise RuntimeError(f"note {i} ({fam}) never fit the size window")


def generate() -> list[dict]:
    kinds = sorted(T.NOTE_TYPES, key=lambda k: k[0])
    order = [kinds[j % len(kinds)] for j in range(N_NOTES)]
    random.Random("tune3-order").shuffle(order)
    return [build(i, k) for i, k in enumerate(order)]


def serialise(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(recs: list[dict]) -> None:
    sizes = [len(r["text"].encode("utf-8")) for r in recs]
    print(f"tune3: {len(recs)} notes, bytes min {min(sizes)} median {int(statistics.median(sizes))} "
          f"mean {int(statistics.mean(sizes))} max {max(sizes)}, total {sum(sizes)}")
    cats = Counter(s["category"] for r in recs for s in r["phi"])
    print("PHI spans per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())) + f" (total {sum(cats.values())})")
    kinds = Counter(s["kind"] for r in recs for s in r["keep"])
    print("keep spans per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f" (total {sum(kinds.values())})")
    ep = {s["text"] for r in recs for s in r["keep"] if s["kind"] == "eponym"}
    print(f"distinct eponyms: {len(ep)}")
    nt = Counter(r["note_type"] for r in recs)
    print("notes per type: " + ", ".join(f"{k} {v}" for k, v in sorted(nt.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune3.jsonl differs from the generator")
    args = ap.parse_args()
    recs = generate()
    data = serialise(recs)
    if args.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if cur != data:
            print(f"{OUT.name} differs from what generate_tune3.py writes")
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    stats(recs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
