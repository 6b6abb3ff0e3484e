#!/usr/bin/env python3
"""Write the tune split of the de-identification corpus: corpus/tune.jsonl.

    python3 tests/deid-eval/generate_tune.py          # write corpus/tune.jsonl
    python3 tests/deid-eval/generate_tune.py --check  # exit 1 if the committed file differs

Independent of the other splits: its own pools and templates live in templates_tune.py.
Deterministic: every random stream is seeded by a fixed string. Every record is validated
before it is written. Prints sizes and per-category counts, never note text.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates_tune as T  # noqa: E402

OUT = HERE / "corpus" / "tune.jsonl"
N_NOTES = 800
MIN_BYTES, MAX_BYTES = 1000, 3000
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
              "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
              "AGE_OVER_89", "OTHER_ID"}
KINDS = {"eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word"}
MARK = re.compile(r"([\x01\x04])([^\x02]*)\x02([^\x01-\x06]*)\x03")


def parse(markup: str):
    out, phi, keep = [], [], []
    pos = 0
    last = 0
    for m in MARK.finditer(markup):
        plain = markup[last:m.start()]
        out.append(plain)
        pos += len(plain)
        sp, label, s = m.group(1), m.group(2), m.group(3)
        if sp == "\x01":
            phi.append({"start": pos, "end": pos + len(s), "category": label, "text": s})
        else:
            keep.append({"start": pos, "end": pos + len(s), "text": s, "kind": label})
        out.append(s)
        pos += len(s)
        last = m.end()
    out.append(markup[last:])
    return "".join(out), phi, keep


def patient_block(c: T.Ctx) -> dict:
    addr_line = [c.addr_line] + ([c.unit] if c.unit else [])
    return {
        "names": c.pt.names(),
        "mrn": c.mrn,
        "phones": list(c.phones),
        "emails": [c.email],
        "address": {"line": addr_line, "city": c.city, "state": c.state, "postalCode": c.zip},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": rel, "names": p.names(), "phones": [ph]} for rel, p, ph in c.rels],
        "clinicians": [cl.entry() for cl in c.clins.values() if cl.in_chart],
    }


def validate(rec: dict) -> None:
    text = rec["text"]
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text), "control character left in text"
    n = len(text.encode("utf-8"))
    assert MIN_BYTES <= n <= MAX_BYTES, f"size {n}"
    spans = []
    for s in rec["phi"]:
        assert s["category"] in CATEGORIES, s["category"]
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]:s["end"]] == s["text"], "phi text != slice"
        assert s["text"] == s["text"].strip(), f"phi span has outer whitespace: {s['category']}"
        spans.append((s["start"], s["end"], "phi"))
        if s["category"] == "LICENSE" and re.fullmatch(r"[ABFGM][A-Z]\d{7}", s["text"]):
            assert T.dea_valid(s["text"]), "bad DEA check digit"
        if s["category"] == "VEHICLE" and len(s["text"]) == 17:
            assert T.vin_valid(s["text"]), "bad VIN check digit"
        if s["category"] == "AGE_OVER_89":
            num = re.match(r"\d+", s["text"])
            assert num is None or int(num.group()) > 89, "age span not over 89"
    for k in rec["keep"]:
        assert k["kind"] in KINDS, k["kind"]
        assert 0 <= k["start"] < k["end"] <= len(text)
        assert text[k["start"]:k["end"]] == k["text"], "keep text != slice"
        if k["kind"] == "age":
            num = re.match(r"\d+", k["text"])
            assert num and int(num.group()) <= 89, "keep age over 89"
        spans.append((k["start"], k["end"], "keep"))
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise AssertionError(f"overlap {t1}/{t2} at {s2}")
    assert rec["patient"]["names"] and rec["patient"]["mrn"]


def build(i: int) -> dict:
    note_type, family, fn = T.TEMPLATES[i % len(T.TEMPLATES)]
    for attempt in range(50):
        rng = random.Random(f"carebrief-deid-tune/{i}/{attempt}")
        c = T.Ctx(rng, note_type)
        markup = fn(c)
        target = rng.randint(1050, 2400)
        while len(parse(markup)[0].encode("utf-8")) < target:
            markup += T.pad_section(c)
        text, phi, keep = parse(markup)
        n = len(text.encode("utf-8"))
        if not (MIN_BYTES <= n <= MAX_BYTES):
            continue
        rec = {"id": f"tune-{i:05d}", "note_type": note_type, "family": family, "text": text,
               "phi": phi, "keep": keep, "patient": patient_block(c)}
        validate(rec)
        return rec
    raise RuntimeError(f"note {i}: no attempt within the size window")


def render() -> str:
    lines = [json.dumps(build(i), ensure_ascii=False) for i in range(N_NOTES)]
    return "\n".join(lines) + "\n"


def report(data: str) -> None:
    recs = [json.loads(x) for x in data.splitlines()]
    sizes = [len(r["text"].encode("utf-8")) for r in recs]
    cats = Counter(s["category"] for r in recs for s in r["phi"])
    kinds = Counter(k["kind"] for r in recs for k in r["keep"])
    types = Counter(r["note_type"] for r in recs)
    print(f"tune: {len(recs)} notes, {sum(sizes) / 1024:.0f} KiB; bytes min {min(sizes)} "
          f"median {statistics.median(sizes):.0f} max {max(sizes)}")
    print(f"  phi spans {sum(cats.values())}, keep spans {sum(kinds.values())}")
    for k in sorted(CATEGORIES):
        print(f"  {k:<14} {cats.get(k, 0)}")
    print("  keep kinds: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print("  note types: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune.jsonl differs")
    args = ap.parse_args()
    data = render()
    if args.check:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if old != data:
            print("tune.jsonl differs from the generator", file=sys.stderr)
            return 1
        print("tune.jsonl is up to date")
        return 0
    OUT.write_text(data, encoding="utf-8")
    report(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
