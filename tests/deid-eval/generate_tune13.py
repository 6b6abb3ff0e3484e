#!/usr/bin/env python3
"""Write corpus/tune13.jsonl (600 notes) from templates_tune13.py.

    python3 tests/deid-eval/generate_tune13.py          # writes corpus/tune13.jsonl
    python3 tests/deid-eval/generate_tune13.py --check  # exit 1 if the file differs from the generator

Deterministic: every random stream is seeded by a string; nothing depends on the date, the
machine or hash order. Every record is checked before it is written (see check()); a note
that fails is drawn again with the next attempt's seed. Prints sizes and counts only.
Python 3.11, standard library only.
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
import templates_tune13 as T  # noqa: E402

OUT = HERE / "corpus" / "tune13.jsonl"
N_NOTES = 600
MIN_BYTES, MAX_BYTES = 1000, 2600
MIN_AGES, MAX_AGES = 2, 5          # ages over 89 per note
SPLIT = "tune13"
TYPES = list(T.BODIES)
FAMILY = {t: "tune13-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") for t in TYPES}
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "ADDRESS", "CITY", "ZIP", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "OTHER_ID", "AGE_OVER_89"}
ID_CATS = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
           "DEVICE", "URL", "IP", "OTHER_ID", "ADDRESS", "ZIP", "DATE", "CITY"}
NAME_SPLIT = re.compile(r"[\s\-'’.,\"“”^/()*]+")
DECADES = {"nineties": 90, "eighties": 80, "seventies": 70, "sixties": 60, "fifties": 50, "forties": 40}


def parse(marked: str):
    out, phi, keep = [], [], []
    pos, i = 0, 0
    while i < len(marked):
        ch = marked[i]
        if ch in "\x01\x04":
            j = marked.index("\x02", i)
            k = marked.index("\x03", j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            if ch == "\x01":
                phi.append({"start": pos, "end": pos + len(val), "category": label, "text": val})
            else:
                keep.append({"start": pos, "end": pos + len(val), "text": val, "kind": label})
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), phi, keep


class Bad(Exception):
    pass


def covered_mask(n, spans):
    m = bytearray(n)
    for s in spans:
        for x in range(s["start"], s["end"]):
            m[x] = 1
    return m


def age_value(t: str) -> int | None:
    """The number an age span writes: digits in any script, English words, an ordinal or a decade; None if none."""
    ds = "".join(str(int(ch)) if ch.isdigit() else " " for ch in t).split()
    if ds:
        return int(ds[0])
    low = t.lower()
    for w, v in DECADES.items():
        if w in low:
            return v
    w = low.replace("-year-old", "").replace(" and ", " ").replace("-", " ").split()
    tot = 0
    for x in w:
        if x in T.ONES:
            tot += T.ONES.index(x)
        elif x in T.TENS:
            tot += 10 * T.TENS.index(x)
        elif x in T.ORD_ONES:
            tot += T.ORD_ONES.index(x)
        elif x in T.ORD_TENS:
            tot += 10 * T.ORD_TENS.index(x)
        elif x in ("hundred", "hundredth"):
            tot = tot * 100 if tot else 100
    return tot or None


def n_ages(phi: list) -> int:
    return sum(1 for s in phi if s["category"] == "AGE_OVER_89")


def check(text: str, phi: list, keep: list) -> None:
    n = len(text)
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise Bad(f"size {size}")
    if not MIN_AGES <= n_ages(phi) <= MAX_AGES:
        raise Bad(f"ages {n_ages(phi)}")
    for s in phi + keep:
        if not (0 <= s["start"] < s["end"] <= n) or text[s["start"]:s["end"]] != s["text"]:
            raise Bad("offsets")
        if s["text"] != s["text"].strip():
            raise Bad("whitespace")
    for s in phi:
        if s["category"] not in CATEGORIES:
            raise Bad("category")
    for s in keep:
        if s["kind"] not in T.KINDS:
            raise Bad("kind")
    for group in (phi, phi + keep, keep):
        ordered = sorted(group, key=lambda s: s["start"])
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                raise Bad(f"overlap {a['text']!r} {b['text']!r}")
    mask = covered_mask(n, phi + keep)
    for s in phi:
        t = s["text"]
        cat = s["category"]
        if cat == "SSN":
            d = "".join(ch for ch in t if ch.isdigit())
            if len(d) == 9 and not T.ssn_ok(d):
                raise Bad("ssn range")
        if cat == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", t) and not T.dea_ok(t):
            raise Bad("dea")
        if cat == "VEHICLE" and len(t) == 17 and not T.vin_ok(t):
            raise Bad("vin")
        if cat == "OTHER_ID" and text[max(0, s["start"] - 4):s["start"]] == "NPI " and not T.npi_ok(t):
            raise Bad("npi")
        if cat == "AGE_OVER_89":
            v = age_value(t)
            if v is None or v <= 89:
                raise Bad(f"age {t!r}")
    for s in keep:
        if s["kind"] == "age":
            v = age_value(s["text"])
            if v is not None and v > 89:
                raise Bad(f"kept age {s['text']!r}")
    # every planted name token and identifier annotated wherever else it occurs
    needles = set()
    for s in phi:
        if s["category"] in ("NAME", "PROVIDER_NAME"):
            for tok in NAME_SPLIT.split(s["text"]):
                if len(tok) >= 3:
                    needles.add((tok, True))
        elif s["category"] in ID_CATS and len(s["text"]) >= 4:
            needles.add((s["text"], s["category"] == "CITY"))
    for tok, ci in sorted(needles):
        pat = re.compile(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", re.IGNORECASE if ci else 0)
        for m in pat.finditer(text):
            if not all(mask[x] for x in range(m.start(), m.end())):
                raise Bad(f"unannotated repeat of {tok!r}")


def in_text(tok: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text, re.IGNORECASE) is not None


def word_lines(c, text: str, keep: list) -> str:
    """A sentence that uses a name of the note as the ordinary word or the eponym, for each such name."""
    used = {k["text"].lower() for k in keep}
    people = [c.pt] + [p for p, _, _ in c.rels] + c.others + c.team + c.outside
    toks = set()
    for p in people:
        for t in re.split(r"[\s\-']+", f"{p.given} {p.family}"):
            if t.lower() in T.WORD_USE and in_text(t, text):
                toks.add(t.lower())
    out = []
    for w in sorted(toks):
        line = T.WORD_USE[w]
        if T.plain(line).lower() in used:
            continue
        out.append(line + "\n")
    return "".join(out)


def named(p, phi: list, by_family: bool = False) -> bool:
    """Whether the note names this person. Relatives are looked up by given name (they often share the
    patient's surname), clinicians by either."""
    toks = {t.lower() for s in phi if s["category"] in ("NAME", "PROVIDER_NAME") for t in NAME_SPLIT.split(s["text"])}
    giv = p.given.split()[-1] if p.fam_first else p.given.split()[0]
    return giv.lower() in toks or (by_family and p.family.split()[-1].lower() in toks)


# "inst." or "y.o." at the end of a sentence takes no second full stop
DOUBLE_DOT = re.compile(r"(?<=[^\W\d_])\.(\x03?)\.(?!\.)")
TOWN_LEAD = ["Also: ", "Note: ", "Per family, ", "Nursing: "]


def build(i: int, ntype: str, attempt: int):
    rng = random.Random(f"{SPLIT}:{i}:{attempt}")
    ar, old = T.AGE_RANGE[ntype]
    c = T.C(rng, ntype, age_range=ar, old=old, lang_share=T.LANG_SHARE[ntype])
    n0 = len(c.team)
    body_marked = T.BODIES[ntype](c)
    blocks = sorted(T.BLOCKS, key=lambda b: -rng.random() ** (1 / T.BLOCK_WEIGHT.get(b, 1.0)))
    if c.deceased:
        blocks = [b for b in blocks if b not in T.DEAD_SKIP]
    if c.lang == "en":
        blocks = [b for b in blocks if b is not T.blk_foreign]
    signer = c.team[n0] if len(c.team) > n0 else (c.team[0] if c.team else c.clin("author", rng.choice(["MD", "NP", "RN"])))
    sig = T.signature(c, signer)
    want_phi, want_keep, want_size = rng.randint(26, 40), rng.randint(6, 12), rng.randint(1300, 2300)

    def fits(cand: str) -> bool:
        t, ph, _ = parse(cand + sig)
        return len(t.encode()) <= MAX_BYTES - 150 and n_ages(ph) <= MAX_AGES

    while blocks:
        text, phi, keep = parse(body_marked + sig)
        keep_ok = len(keep) >= want_keep or not any(b in T.KEEP_BLOCKS for b in blocks)
        if len(phi) >= want_phi and keep_ok and len(text.encode()) >= want_size and n_ages(phi) >= MIN_AGES:
            break
        # a note short of ages over 89 takes an age block first; one short of keep spans a clinical block; one
        # with enough identifiers but too short a light block; otherwise the next block in the weighted order
        if n_ages(phi) < MIN_AGES and any(b in T.AGE_BLOCKS for b in blocks):
            pick = [b for b in blocks if b in T.AGE_BLOCKS]
        elif not keep_ok:
            pick = [b for b in blocks if b in T.KEEP_BLOCKS]
        elif len(phi) >= want_phi:
            pick = ([b for b in blocks if b in T.LIGHT_BLOCKS and b not in T.KEEP_BLOCKS]
                    or [b for b in blocks if b in T.LIGHT_BLOCKS])
        else:
            pick = [b for b in blocks if b not in T.KEEP_BLOCKS]
        pick = pick or blocks
        blk = pick[0]
        blocks.remove(blk)
        cand = body_marked + blk(c)
        if not fits(cand):
            continue
        body_marked = cand
    text, phi, keep = parse(body_marked + sig)
    if c.word_town and c.city.lower() in text.lower():
        body_marked += rng.choice(TOWN_LEAD) + T.WORD_TOWN_USE[c.word_town].format(w=T.K("word", c.word_town)) + ".\n"
        text, phi, keep = parse(body_marked + sig)
    extra = word_lines(c, text, keep)
    if extra:
        body_marked += extra
    marked = DOUBLE_DOT.sub(r".\1", body_marked + sig)
    text, phi, keep = parse(marked)
    check(text, phi, keep)
    pt = c.pt
    patient = {
        "names": pt.fhir(),
        "mrn": c.mrn,
        "phones": [str(c.phone)],
        "emails": [c.email],
        "address": {"line": c.addr["line"], "city": c.addr["city"], "state": c.addr["state"],
                    "postalCode": c.addr["postalCode"]},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": rel, "names": p.fhir(), "phones": [str(ph)] if ph else []}
                      for p, rel, ph in c.rels if named(p, phi)],
        "clinicians": [{"role": p.role, "names": p.fhir(), "credential": p.cred} for p in c.team if named(p, phi, True)],
    }
    return {"id": f"{SPLIT}-{i:05d}", "note_type": ntype, "family": FAMILY[ntype], "text": text,
            "phi": phi, "keep": keep, "patient": patient}


def generate():
    order = random.Random(f"{SPLIT}:order")
    types = [TYPES[i % len(TYPES)] for i in range(N_NOTES)]
    order.shuffle(types)
    recs, fails = [], {}
    for i, ntype in enumerate(types):
        for attempt in range(200):
            try:
                recs.append(build(i, ntype, attempt))
                break
            except Bad as e:
                key = (ntype, str(e).split(" of ")[0] if "repeat" in str(e) else str(e).split()[0])
                fails[key] = fails.get(key, 0) + 1
        else:
            raise SystemExit(f"note {i} ({ntype}) failed 200 attempts")
    return recs, fails


def dump(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune13.jsonl differs")
    ap.add_argument("--fails", action="store_true", help="print redraw counts by note type and reason")
    a = ap.parse_args()
    recs, fails = generate()
    data = dump(recs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    sizes = [len(r["text"].encode()) for r in recs]
    cats, kinds, types = {}, {}, {}
    for r in recs:
        types[r["note_type"]] = types.get(r["note_type"], 0) + 1
        for s in r["phi"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
        for s in r["keep"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"{OUT.name}: {len(recs)} notes, {len(data.encode())} bytes; note text {min(sizes)}–{max(sizes)} B, "
          f"median {statistics.median(sizes):.0f} B")
    print(f"phi spans per note: median {statistics.median(len(r['phi']) for r in recs):.0f}; "
          f"keep spans per note: median {statistics.median(len(r['keep']) for r in recs):.0f}")
    print(f"note types: {len(types)} ({min(types.values())}–{max(types.values())} notes each)")
    print("phi by category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("keep by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if a.fails:
        for k, v in sorted(fails.items(), key=lambda kv: -kv[1]):
            print(f"  redraws {v:5d}  {k[0]}: {k[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
