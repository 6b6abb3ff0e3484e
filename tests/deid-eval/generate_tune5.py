#!/usr/bin/env python3
"""Write the tune5 split of the de-identification corpus (corpus/tune5.jsonl).

    python3 tests/deid-eval/generate_tune5.py          # write corpus/tune5.jsonl
    python3 tests/deid-eval/generate_tune5.py --check  # exit 1 if the file differs

Written apart from the scrubber and the other splits' templates and notes, from README.md,
score.py and the mechanics of generate_tune4.py only. Templates, pools and annotation helpers
live in templates_tune5.py. Deterministic: every random stream is seeded by a string; nothing
depends on the date or on hash order. Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates_tune5 as T  # noqa: E402

OUT = HERE / "corpus" / "tune5.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 1200, 3000
CATEGORIES = ("NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
              "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
              "AGE_OVER_89", "OTHER_ID")
KINDS = ("eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word")
MARK = re.compile("\x01([^\x02\x01\x03]+)\x02([^\x01\x02\x03]*)\x03")


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Turn marked-up text (\\x01CAT\\x02text\\x03) into plain text with PHI and keep spans."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        n += len(plain)
        tag, span = m.group(1), m.group(2)
        s, e = n, n + len(span)
        out.append(span)
        n = e
        pos = m.end()
        if tag.startswith("k:"):
            keep.append({"start": s, "end": e, "text": span, "kind": tag[2:]})
        else:
            phi.append({"start": s, "end": e, "category": tag, "text": span})
    out.append(marked[pos:])
    text = "".join(out)
    if any(c in text for c in "\x01\x02\x03"):
        raise ValueError("unbalanced span mark-up")
    return text, phi, keep


def check_record(rec: dict) -> None:
    text = rec["text"]
    rid = rec["id"]
    size = len(text.encode("utf-8"))
    assert MIN_BYTES <= size <= MAX_BYTES, f"{rid}: size {size} outside window"
    raw = text.encode("utf-8")
    # byte offsets as score.py computes them
    b = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        acc += len(ch.encode("utf-8"))
        b[i + 1] = acc
    for sp in rec["phi"] + rec["keep"]:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), f"{rid}: bad offsets {sp}"
        assert text[s:e] == sp["text"], f"{rid}: span text mismatch {sp}"
        assert raw[b[s]:b[e]].decode("utf-8") == sp["text"], f"{rid}: byte slice mismatch {sp}"
        assert sp["text"] == sp["text"].strip(), f"{rid}: span with outer whitespace {sp}"
    for sp in rec["phi"]:
        assert sp["category"] in CATEGORIES, f"{rid}: unknown category {sp['category']}"
    for sp in rec["keep"]:
        assert sp["kind"] in KINDS, f"{rid}: unknown keep kind {sp['kind']}"
    spans = sorted((sp["start"], sp["end"], "phi") for sp in rec["phi"])
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, f"{rid}: PHI spans overlap at {s2}"
    ks = sorted((sp["start"], sp["end"]) for sp in rec["keep"])
    for (s1, e1), (s2, e2) in zip(ks, ks[1:]):
        assert e1 <= s2, f"{rid}: keep spans overlap at {s2}"
    for k in rec["keep"]:
        for p in rec["phi"]:
            assert k["end"] <= p["start"] or p["end"] <= k["start"], f"{rid}: keep {k['text']!r} overlaps PHI"
    for sp in rec["phi"]:
        t = sp["text"]
        if sp["category"] == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", t):
            assert T.dea_ok(t), f"{rid}: DEA check digit {t}"
        if sp["category"] == "VEHICLE" and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", t.upper()):
            assert T.vin_ok(t.upper()), f"{rid}: VIN check digit {t}"
    p = rec["patient"]
    for key in ("names", "mrn", "phones", "emails", "address", "birthDate", "relatives", "clinicians"):
        assert key in p, f"{rid}: patient lacks {key}"
    for key in ("line", "city", "state", "postalCode"):
        assert key in p["address"], f"{rid}: patient address lacks {key}"
    for n in p["names"] + [n for q in p["relatives"] + p["clinicians"] for n in q["names"]]:
        assert set(n) == {"text", "family", "given"} and isinstance(n["given"], list), f"{rid}: bad name {n}"


def build() -> list[dict]:
    recs = []
    types = T.NOTE_TYPES
    for i in range(N_NOTES):
        ntype = types[i % len(types)]
        rid = f"tune5-{i:05d}"
        for attempt in range(40):
            marked, family, patient = T.make_note(ntype, f"tune5|{i}|{attempt}", MIN_BYTES, MAX_BYTES)
            text, phi, keep = parse(marked)
            size = len(text.encode("utf-8"))
            if MIN_BYTES <= size <= MAX_BYTES:
                break
        else:
            raise SystemExit(f"{rid}: could not fit the size window")
        rec = {"id": rid, "note_type": ntype, "family": family, "text": text,
               "phi": phi, "keep": keep, "patient": patient}
        check_record(rec)
        recs.append(rec)
    return recs


def render(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def report(recs: list[dict]) -> None:
    sizes = sorted(len(r["text"].encode("utf-8")) for r in recs)
    cats = Counter(sp["category"] for r in recs for sp in r["phi"])
    kinds = Counter(sp["kind"] for r in recs for sp in r["keep"])
    types = Counter(r["note_type"] for r in recs)
    print(f"tune5: {len(recs)} notes, {sum(sizes) / 1024:.0f} KiB; bytes min {sizes[0]}, "
          f"median {sizes[len(sizes) // 2]}, max {sizes[-1]}; {len(types)} note types "
          f"({min(types.values())}-{max(types.values())} notes each)")
    print(f"PHI spans {sum(cats.values())}: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"keep spans {sum(kinds.values())}: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    per_phi = sorted(len(r["phi"]) for r in recs)
    per_keep = sorted(len(r["keep"]) for r in recs)
    print(f"per note: PHI min {per_phi[0]}, median {per_phi[len(per_phi) // 2]}, max {per_phi[-1]}; "
          f"keep min {per_keep[0]}, median {per_keep[len(per_keep) // 2]}, max {per_keep[-1]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune5.jsonl differs")
    args = ap.parse_args()
    recs = build()
    data = render(recs)
    report(recs)
    if args.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if cur != data:
            print(f"{OUT.name} differs from the generator's output")
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
