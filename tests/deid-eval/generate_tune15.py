#!/usr/bin/env python3
"""Write corpus/tune15.jsonl (600 notes) from templates_tune15.py.

    python3 tests/deid-eval/generate_tune15.py          # writes corpus/tune15.jsonl
    python3 tests/deid-eval/generate_tune15.py --check  # exit 1 if the file differs from the generator

Deterministic: every random stream is seeded by a string; nothing depends on the date, the machine or hash order. Every
record is checked before it is written (see check()); a note that fails is drawn again with the next attempt's seed.
The pools of person names, streets and towns are checked against the NAME, PROVIDER_NAME, CITY and ADDRESS spans of every
other file in corpus/ (counts only are printed; expected 0, apart from the requested word names, counted on their own).
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
import templates_tune15 as T  # noqa: E402

OUT = HERE / "corpus" / "tune15.jsonl"
N_NOTES = 600
MIN_BYTES, MAX_BYTES = 1000, 3000
SPLIT = "tune15"
TYPES = list(T.BODIES)
FAMILY = {t: "tune15-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") for t in TYPES}
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "ADDRESS", "CITY", "ZIP", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "OTHER_ID", "AGE_OVER_89"}
ID_CATS = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
           "DEVICE", "URL", "IP", "OTHER_ID", "ADDRESS", "ZIP", "DATE", "CITY"}
NAME_SPLIT = re.compile(r"[\s\-'’.,\"“”^/()*]+")
REQUESTED = {x.casefold() for v in T.WORD_NAMES_REQUESTED.values() for x in v}


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


def name_tokens(text: str) -> list[str]:
    return [t for t in NAME_SPLIT.split(text) if len(t) >= 3 and t.lower() not in T.PARTICLES]


BANNED: set[str] = set()   # folded tokens of the other splits' gold names, streets and towns (filled by main)


def check(text: str, phi: list, keep: list, people_tokens: list[str]) -> None:
    n = len(text)
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise Bad(f"size {size}")
    if any(ch in text for ch in "\x01\x02\x03\x04"):
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
    mask = covered_mask(n, phi + keep)
    for s in phi:
        t, cat = s["text"], s["category"]
        before = text[max(0, s["start"] - 5):s["start"]]
        if cat == "SSN":
            d = "".join(ch for ch in t if ch.isdigit())
            if len(d) == 9 and not T.ssn_ok(d):
                raise Bad("ssn range")
        if cat == "OTHER_ID" and (before.endswith("NPI ") or before.endswith("NPI: ")) and not T.npi_ok(t):
            raise Bad("npi")
    # no name, street or town of this note is one the other splits annotate (names derived in the note, misspellings)
    for s in phi:
        if s["category"] in GOLD_CATS:
            ign = NAME_PARTICLES if s["category"] in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
            if (fold_tokens(s["text"], ign) - REQUESTED) & BANNED:
                raise Bad("other-split token")
    # every planted name token and identifier annotated wherever else it occurs (any case for names and towns)
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


# ---------------------------------------------------------------- pools against the other splits (counts only)

GOLD_CATS = {"NAME", "PROVIDER_NAME", "CITY", "ADDRESS"}
PLACE_GENERIC = set("""springs spring city fort mount mountain saint sainte santa san north south east west northeast northwest southeast
southwest lake lakes creek island grand falls river valley beach port point heights hills hill park center centre village junction harbor
harbour bay new old upper lower little big great the and street avenue road lane drive court place boulevard blvd way trail circle
terrace parkway pkwy highway hwy route county state rural pike loop row run path xing square plaza apt apartment unit suite ste lot trlr
trailer space bldg building room rear basement bsmt upstairs floor box post office calle rua via rue avenida ulica strasse str duong
bia hcr cty spur hollow ridge church mill branch ave ter cir trl xing fl""".split())
NAME_PARTICLES = {"de", "la", "del", "dela", "las", "los", "van", "von", "der", "den", "ter", "ten", "dos", "das", "mac", "mc", "bin",
                  "ibn", "bint", "abu", "al", "el", "di", "du", "le", "st", "jr", "sr", "iii"}


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def fold_tokens(s: str, ignore: set) -> set:
    return {t for t in re.findall(r"[^\W\d_]+", fold(s)) if len(t) >= 3 and t not in ignore}


def other_gold():
    long_, short = set(), set()
    for f in sorted((HERE / "corpus").glob("*.jsonl")):
        if f.name == OUT.name:
            continue
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                for s in r["phi"]:
                    if s["category"] in GOLD_CATS:
                        ws = re.findall(r"[^\W\d_]+", fold(s["text"]))
                        long_.update(w for w in ws if len(w) >= 3)
                        short.update(ws)
    return long_, short


def counts(phi: list) -> dict:
    out: dict[str, int] = {}
    for s in phi:
        out[s["category"]] = out.get(s["category"], 0) + 1
    return out


def word_lines(text: str, keep: list, phi: list) -> str:
    """A sentence that uses a name of the note as the ordinary word, for each such name (the word kept, the name PHI)."""
    used = {k["text"].lower() for k in keep}
    toks = sorted({t.lower() for s in phi if s["category"] in ("NAME", "PROVIDER_NAME") for t in name_tokens(s["text"])
                   if t.lower() in T.WORD_USE})
    return "".join(T.WORD_USE[w] + "\n" for w in toks if T.plain(T.WORD_USE[w]).lower() not in used)


def build(i: int, ntype: str, attempt: int):
    rng = random.Random(f"{SPLIT}:{i}:{attempt}")
    c = T.C(rng, ntype)
    head, bodies = T.BODIES[ntype]
    body = head(c) + rng.choice(bodies)(c)
    blocks = list(T.BLOCKS)
    rng.shuffle(blocks)
    want = rng.randint(1200, 2300)
    while blocks:
        text, phi, keep = parse(body)
        if len(text.encode()) >= want and len(keep) >= 8:
            break
        cand = body + blocks.pop()(c)
        if len(parse(cand)[0].encode()) <= MAX_BYTES - 300:
            body = cand
    text, phi, keep = parse(body)
    if len(keep) < 8:
        body += T.clin_sentences(c)
    text, phi, keep = parse(body)
    body += word_lines(text, keep, phi)
    text, phi, keep = parse(body)
    rels = [c.rels[k] for k in sorted(c.named_rel)]
    clins = [p for p in c.team if p.role in c.named_team]
    ptoks = sorted({t for p in [c.pt] + [p for p, _, _ in rels] + clins for t in name_tokens(p.full)})
    check(text, phi, keep, ptoks)
    line, unit = c.home
    patient = {
        "names": c.pt.fhir(),
        "mrn": c.mrn,
        "phones": [c.cell] + ([c.homeph] if c.homeph else []),
        "emails": [c.email],
        "address": {"line": [line + (", " + unit if unit else "")], "city": c.town[0], "state": c.town[1], "postalCode": c.zip},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": rel, "names": p.fhir(), "phones": [ph]} for p, rel, ph in rels],
        "clinicians": [{"role": p.role, "names": p.fhir(), "credential": p.cred} for p in clins],
    }
    return {"id": f"{SPLIT}-{i:05d}", "note_type": ntype, "family": FAMILY[ntype], "text": text,
            "phi": phi, "keep": keep, "patient": patient}


def generate():
    order = random.Random(f"{SPLIT}:order")
    types = [TYPES[i % len(TYPES)] for i in range(N_NOTES)]
    order.shuffle(types)
    recs, fails = [], {}
    for i, ntype in enumerate(types):
        for attempt in range(300):
            try:
                recs.append(build(i, ntype, attempt))
                break
            except Bad as e:
                key = (ntype, str(e).split()[0] if not str(e).startswith("unannotated") else "unannotated repeat")
                fails[key] = fails.get(key, 0) + 1
        else:
            raise SystemExit(f"note {i} ({ntype}) failed 300 attempts")
    return recs, fails


def pool_overlaps() -> dict[str, int]:
    """How many pool entries share a folded token with the other splits' gold names, streets and towns."""
    long_, _ = other_gold()

    def hits(items, ignore):
        n = 0
        for x in items:
            t = {w for w in re.findall(r"[^\W\d_]+", fold(x)) if w not in ignore and (len(w) >= 3 or not w.isascii())}
            n += (not t) or bool(t & long_)
        return n

    given = [x for v in T.GIVEN.values() for x in v] + T.WORD_GIVEN_FREE
    family = [x for v in T.FAMILY.values() for x in v] + T.WORD_FAMILY_FREE
    for k, v in T.SCRIPT.items():
        (given if "given" in k or k == "ru" else family).extend(x[0] for x in v)
    native = [x[1] for v in T.SCRIPT.values() for x in v if len(x[1]) >= 3]
    towns = [t for t, _ in T.US_TOWNS] + [x for v in T.FOREIGN_TOWNS.values() for x in v]
    requested = [x for v in T.WORD_NAMES_REQUESTED.values() for x in v]
    return {"given names": hits(given, NAME_PARTICLES), "surnames": hits(family, NAME_PARTICLES),
            "native-script names": hits(native, NAME_PARTICLES),
            "streets": hits(T.STREET_BASES, PLACE_GENERIC | NAME_PARTICLES), "towns": hits(towns, PLACE_GENERIC | NAME_PARTICLES),
            "requested word names (expected, see README)": hits(requested, NAME_PARTICLES),
            "pool sizes": len(given) + len(family) + len(native) + len(T.STREET_BASES) + len(towns)}


def corpus_overlap(recs) -> tuple[int, int]:
    """Gold NAME/PROVIDER_NAME/CITY/ADDRESS spans of this split that share a folded token with another split's
    (apart from the requested word names), and the spans that carry a requested word name."""
    long_, _ = other_gold()
    n = req = 0
    for r in recs:
        for s in r["phi"]:
            if s["category"] in GOLD_CATS:
                ign = NAME_PARTICLES if s["category"] in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
                t = fold_tokens(s["text"], ign)
                n += bool((t - REQUESTED) & long_)
                req += bool(t & REQUESTED)
    return n, req


def dump(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune15.jsonl differs")
    ap.add_argument("--fails", action="store_true", help="print redraw counts by note type and reason")
    a = ap.parse_args()
    global BANNED
    BANNED = other_gold()[0]
    ov = pool_overlaps()
    print("pool entries sharing a token with other splits' gold names, streets and towns: "
          + ", ".join(f"{k} {v}" for k, v in ov.items() if k != "pool sizes") + f" (of {ov['pool sizes']} entries)")
    if any(v for k, v in ov.items() if k != "pool sizes" and not k.startswith("requested")):
        print("pools overlap the other splits; not writing")
        return 1
    recs, fails = generate()
    data = dump(recs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    co, req = corpus_overlap(recs)
    print(f"gold name, street and town spans sharing a token with other splits: {co} "
          f"(spans carrying a requested word name: {req})")
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
    print(f"note types: {len(types)} ({min(types.values())}-{max(types.values())} notes each)")
    print("phi by category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("keep by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if a.fails:
        for k, v in sorted(fails.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  redraws {v:5d}  {k[0]}: {k[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
