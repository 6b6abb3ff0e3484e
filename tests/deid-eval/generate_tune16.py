#!/usr/bin/env python3
"""Write corpus/tune16.jsonl (600 notes) from templates_tune16.py.

    python3 tests/deid-eval/generate_tune16.py          # writes corpus/tune16.jsonl
    python3 tests/deid-eval/generate_tune16.py --check  # exit 1 if the file differs from the generator

Deterministic: every random stream is seeded by a string; nothing depends on the date, the machine or hash order. Every
record is checked before it is written (see check()); a note that fails, or that shares more than 40 % of its frames
with an earlier note, is drawn again with the next attempt's seed. The pools of person names, streets and towns are checked against the
NAME, PROVIDER_NAME, CITY and ADDRESS spans of every other file in corpus/ (counts only are printed; expected 0).
Prints sizes and counts only, never note text. Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import templates_tune16 as T  # noqa: E402

OUT = HERE / "corpus" / "tune16.jsonl"
SPLIT = "tune16"
# the nine ordinary types; telephone encounters, radiology reports and referral letters get a double share
SHARES = {"discharge summary": 1, "referral letter": 2, "telephone encounter": 2, "social work note": 1, "pharmacy note": 1,
          "triage note": 1, "progress note": 1, "radiology report": 2, "consult note": 1}
N_NOTES = 600
MIN_BYTES, MAX_BYTES = 1000, 2500
MIN_NAME_FRAMES = 400
MIN_KEEP = 6
MAX_SHARED = 0.4   # no two notes share more than this part of their frames (Jaccard over the sets of frames)
FAMILY = {t: "tune16-" + re.sub(r"[^a-z0-9]+", "-", t) for t in SHARES}
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "ADDRESS", "CITY", "ZIP", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "OTHER_ID", "AGE_OVER_89"}
ID_CATS = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
           "DEVICE", "URL", "IP", "OTHER_ID", "ADDRESS", "ZIP", "DATE", "CITY"}
NAME_SPLIT = re.compile(r"[\s\-'’.,\"“”^/()*]+")
TITLES = ("Dr.", "Dr ", "Mr.", "Ms.", "Mrs.", "Mx.", "Pastor", "Father", "Rabbi", "Imam", "Officer", "Chaplain")
CREDS = {"MD", "DO", "RN", "NP", "PA-C", "PharmD", "RPh", "LCSW", "MSW", "BSN", "PhD", "CCM", "LPN", "APRN"}


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


def name_tokens(text: str) -> list[str]:
    return [t for t in NAME_SPLIT.split(text) if len(t) >= 3 and t.lower() not in T.PARTICLES]


# ---------------------------------------------------------------- the other splits' gold (counts only)
GOLD_CATS = {"NAME", "PROVIDER_NAME", "CITY", "ADDRESS"}
PLACE_GENERIC = set("""springs spring city fort mount mountain saint sainte santa san north south east west northeast northwest southeast
southwest lake lakes creek island grand falls river valley beach port point heights hills hill park center centre village junction harbor
harbour bay new old upper lower little big great the and street avenue road lane drive court place boulevard blvd way trail circle
terrace parkway pkwy highway hwy route county state rural pike loop row run path xing square plaza apt apartment unit suite ste lot trlr
trailer space bldg building room rear basement bsmt upstairs floor box post office calle rua via rue avenida ulica strasse str duong
bia hcr cty spur hollow ridge church mill branch ave ter cir trl xing fl rd dr ln ct rm""".split())
NAME_PARTICLES = {"de", "la", "del", "dela", "las", "los", "van", "von", "der", "den", "ter", "ten", "dos", "das", "mac", "mc", "bin",
                  "ibn", "bint", "abu", "al", "el", "di", "du", "le", "st", "jr", "sr", "ii", "iii", "ni", "nic", "mhic"}
BANNED: set[str] = set()   # folded tokens (two letters or more) of the other splits' gold names, streets and towns


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def fold_tokens(s: str, ignore: set) -> set:
    return {t for t in re.findall(r"[^\W\d_]+", fold(s)) if len(t) >= 2 and t not in ignore}


def other_gold() -> set:
    toks = set()
    for f in sorted((HERE / "corpus").glob("*.jsonl")):
        if f.name == OUT.name:
            continue
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                for s in r["phi"]:
                    if s["category"] in GOLD_CATS:
                        toks.update(t for t in re.findall(r"[^\W\d_]+", fold(s["text"])) if len(t) >= 2)
    return toks


def pool_overlaps() -> dict[str, int]:
    """How many pool entries share a folded token (two letters or more) with the other splits' gold names, streets, towns."""
    def hits(items, ignore):
        return sum((not fold_tokens(x, ignore)) or bool(fold_tokens(x, ignore) & BANNED) for x in items)

    given = [x for d in T.LANGS.values() for k in ("F", "M") for x in d[k]] + T.WORD_GIVEN
    family = [y for d in T.LANGS.values() for x in d["fam"] for y in x.split("|")] + T.WORD_FAMILY
    given += [r[2] for r in T.SCRIPT]
    family += [r[3] for r in T.SCRIPT]
    native = [r[4] + " " + r[5] for r in T.SCRIPT]
    towns = [t for t, _ in T.US_TOWNS] + [x for v in T.FOREIGN.values() for x in v]
    return {"given names": hits(given, NAME_PARTICLES), "surnames": hits(family, NAME_PARTICLES),
            "native-script names": hits(native, set()), "streets": hits(T.STREETS, PLACE_GENERIC | NAME_PARTICLES),
            "towns": hits(towns, PLACE_GENERIC | NAME_PARTICLES),
            "pool sizes": len(set(given)) + len(set(family)) + len(native) + len(T.STREETS) + len(towns)}


# ---------------------------------------------------------------- checks
def check(text: str, phi: list, keep: list, people_tokens: list[str]) -> None:
    n = len(text)
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise Bad(f"size {size}")
    if any(ch in text for ch in "\x01\x02\x03\x04{}"):
        raise Bad("markup")
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
                raise Bad("overlap")
    for s in phi:
        t, cat = s["text"], s["category"]
        before = text[max(0, s["start"] - 6):s["start"]]
        if cat == "OTHER_ID" and before.endswith(("NPI ", "NPI: ")) and not T.npi_ok(t):
            raise Bad("npi")
        if cat in ("NAME", "PROVIDER_NAME"):
            # titles, credentials, relation words, the possessive 's and the comma of LAST, FIRST stay outside
            if "," in t or t.startswith(TITLES) or t.endswith(("'s", "’s")) or t.split()[-1] in CREDS:
                raise Bad("name span shape")
        if cat in GOLD_CATS:
            ign = NAME_PARTICLES if cat in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
            if fold_tokens(t, ign) & BANNED:
                raise Bad("other-split token")
    mask = bytearray(n)
    for s in phi + keep:
        for x in range(s["start"], s["end"]):
            mask[x] = 1
    # every token of a named chart person or of any name span, and every identifier, annotated wherever else it occurs
    needles = {(tok, True) for tok in people_tokens}
    for s in phi:
        if s["category"] in ("NAME", "PROVIDER_NAME"):
            for tok in name_tokens(s["text"]):
                needles.add((tok, True))
        elif s["category"] in ID_CATS and len(s["text"]) >= 4:
            needles.add((s["text"], s["category"] == "CITY"))
    for tok, ci in sorted(needles):
        pat = re.compile(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", re.IGNORECASE if ci else 0)
        for m in pat.finditer(text):
            if not all(mask[x] for x in range(m.start(), m.end())):
                raise Bad("unannotated repeat")


def build(i: int, ntype: str, attempt: int):
    rng = random.Random(f"{SPLIT}:{i}:{attempt}")
    marked, c, ids = T.compose(rng, ntype)
    text, phi, keep = parse(marked)
    if len(c.named["out"]) < 3 or len(c.named["team"]) < 2 or not c.named["pt"]:
        raise Bad("too few people")
    if len(keep) < MIN_KEEP:
        raise Bad("too few keep spans")
    rels = [c.rels[k] for k in sorted(c.named["rel"])]
    clins = [c.team[k] for k in T.TEAM if k in c.named["team"]]
    ptoks = sorted({t for p in [c.pt] + rels + clins for part in p.name_parts() for t in name_tokens(part)})
    check(text, phi, keep, ptoks)
    if not c.pt.email:
        c.pt.email = T.make_email(c, c.pt)
    line, unit, town, st, z = c.home
    phones = [c.cell] + ([c.homeph] if c.homeph else [])
    patient = {
        "names": c.pt.fhir(),
        "mrn": c.mrn,
        "phones": phones,
        "emails": [c.pt.email],
        "address": {"line": [line] + ([unit] if unit else []), "city": town, "state": st, "postalCode": z},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": p.kin, "names": p.fhir(), "phones": [p.phone]} for p in rels],
        "clinicians": [{"role": p.role, "names": p.fhir(), "credential": p.cred} for p in clins],
    }
    rec = {"id": f"{SPLIT}-{i:05d}", "note_type": ntype, "family": FAMILY[ntype], "text": text,
           "phi": phi, "keep": keep, "patient": patient}
    return rec, ids


def generate():
    order = random.Random(f"{SPLIT}:order")
    types = [t for t, k in SHARES.items() for _ in range(N_NOTES * k // sum(SHARES.values()))]
    assert len(types) == N_NOTES
    order.shuffle(types)
    recs, fails, seen, skeletons = [], {}, [], []
    for i, ntype in enumerate(types):
        for attempt in range(300):
            try:
                rec, ids = build(i, ntype, attempt)
                key = frozenset(x for x in ids if not x.startswith("worduse:"))
                if any(len(key & s) > MAX_SHARED * len(key | s) for s in seen):
                    raise Bad("shares too many frames with an earlier note")
                seen.append(key)
                recs.append(rec)
                skeletons.append(ids)
                break
            except Bad as e:
                k = (ntype, re.sub(r"\d+", "N", str(e)))
                fails[k] = fails.get(k, 0) + 1
        else:
            raise SystemExit(f"note {i} ({ntype}) failed 300 attempts")
    return recs, fails, skeletons


def frame_stats(skeletons):
    all_ids = T.frame_ids()
    used = {x for s in skeletons for x in s if not x.startswith("worduse:")}
    named_used = {x for x in used if all_ids[x]}
    sets = [frozenset(s) for s in skeletons]
    worst = 0.0
    for a in range(len(sets)):
        for b in range(a + 1, len(sets)):
            j = len(sets[a] & sets[b]) / len(sets[a] | sets[b])
            worst = max(worst, j)
    return {"frames written": len(all_ids), "name-bearing frames written": sum(all_ids.values()), "frames used": len(used),
            "name-bearing frames used": len(named_used), "largest overlap of two notes' frame sets (Jaccard)": round(worst, 2),
            "frames per note (median)": statistics.median(len(s) for s in skeletons)}


def corpus_overlap(recs) -> int:
    n = 0
    for r in recs:
        for s in r["phi"]:
            if s["category"] in GOLD_CATS:
                ign = NAME_PARTICLES if s["category"] in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
                n += bool(fold_tokens(s["text"], ign) & BANNED)
    return n


def dump(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune16.jsonl differs")
    ap.add_argument("--fails", action="store_true", help="print redraw counts by note type and reason")
    a = ap.parse_args()
    global BANNED
    BANNED = other_gold()
    ov = pool_overlaps()
    print("pool entries sharing a token with other splits' gold names, streets and towns: "
          + ", ".join(f"{k} {v}" for k, v in ov.items() if k != "pool sizes") + f" (of {ov['pool sizes']} entries)")
    if any(v for k, v in ov.items() if k != "pool sizes"):
        print("pools overlap the other splits; not writing")
        return 1
    recs, fails, skeletons = generate()
    fs = frame_stats(skeletons)
    print("frames: " + ", ".join(f"{k} {v}" for k, v in fs.items()))
    if fs["name-bearing frames used"] < MIN_NAME_FRAMES:
        print(f"fewer than {MIN_NAME_FRAMES} name-bearing frames used; not writing")
        return 1
    data = dump(recs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    print(f"gold name, street and town spans sharing a token with other splits: {corpus_overlap(recs)}")
    OUT.write_text(data, encoding="utf-8")
    sizes = [len(r["text"].encode()) for r in recs]
    cats, kinds, types = {}, {}, {}
    for r in recs:
        types[r["note_type"]] = types.get(r["note_type"], 0) + 1
        for s in r["phi"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
        for s in r["keep"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"{OUT.name}: {len(recs)} notes, {len(data.encode())} bytes; note text {min(sizes)}-{max(sizes)} B, "
          f"median {statistics.median(sizes):.0f} B")
    print(f"phi spans: {sum(cats.values())}, per note median {statistics.median(len(r['phi']) for r in recs):.0f}; "
          f"keep spans: {sum(kinds.values())}, per note median {statistics.median(len(r['keep']) for r in recs):.0f}")
    print("note types: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    print("phi by category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("keep by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if a.fails:
        for k, v in sorted(fails.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  redraws {v:5d}  {k[0]}: {k[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
