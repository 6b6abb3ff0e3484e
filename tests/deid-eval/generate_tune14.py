#!/usr/bin/env python3
"""Write corpus/tune14.jsonl (600 notes) from templates_tune14.py.

    python3 tests/deid-eval/generate_tune14.py          # writes corpus/tune14.jsonl
    python3 tests/deid-eval/generate_tune14.py --check  # exit 1 if the file differs from the generator

Deterministic: every random stream is seeded by a string; nothing depends on the date, the machine or hash order. Every
record is checked before it is written (see check()); a note that fails is drawn again with the next attempt's seed.
The pools of person names, streets and towns are checked against the NAME, PROVIDER_NAME, CITY and ADDRESS spans of every
other file in corpus/ (counts only are printed; expected 0). Prints sizes and counts only, never note text.
Python 3.11, standard library only.
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
import templates_tune14 as T  # noqa: E402

OUT = HERE / "corpus" / "tune14.jsonl"
N_NOTES = 600
MIN_BYTES, MAX_BYTES = 1000, 3000
SPLIT = "tune14"
TYPES = list(T.BODIES)
FAMILY = {t: "tune14-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") for t in TYPES}
CATEGORIES = {"NAME", "PROVIDER_NAME", "DATE", "ADDRESS", "CITY", "ZIP", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "OTHER_ID", "AGE_OVER_89"}
ID_CATS = {"PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
           "DEVICE", "URL", "IP", "OTHER_ID", "ADDRESS", "ZIP", "DATE", "CITY"}
NAME_SPLIT = re.compile(r"[\s\-'’.,\"“”^/()*]+")
# the weak categories: a note gets blocks until it has at least this many of each
FLOOR = {"PHONE": 4, "NAME": 4, "PROVIDER_NAME": 2, "CITY": 2, "ADDRESS": 2, "LICENSE": 1, "ACCOUNT": 2, "OTHER_ID": 2}


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
        if cat == "LICENSE" and before.endswith("DEA ") and not T.dea_ok(t):
            raise Bad("dea")
        if cat == "VEHICLE" and len(t) == 17 and not T.vin_ok(t):
            raise Bad("vin")
        if cat == "OTHER_ID" and (before.endswith("NPI ") or before.endswith("NPI: ")) and not T.npi_ok(t):
            raise Bad("npi")
    # no name, street or town of this note is one the other splits annotate (names derived in the note, misspellings)
    for s in phi:
        if s["category"] in GOLD_CATS:
            ign = NAME_PARTICLES if s["category"] in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
            if fold_tokens(s["text"], ign) & BANNED:
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


def in_text(tok: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text, re.IGNORECASE) is not None


def word_lines(c, text: str, keep: list, phi: list) -> str:
    """A sentence that uses a name or town of the note as the ordinary word, for each such name or town."""
    used = {k["text"].lower() for k in keep}
    toks = set()
    for s in phi:
        if s["category"] in ("NAME", "PROVIDER_NAME"):
            for t in name_tokens(s["text"]):
                if t.lower() in T.WORD_USE:
                    toks.add(("p", t.lower()))
        elif s["category"] == "CITY" and s["text"].lower() in T.WORD_TOWN_USE:
            toks.add(("t", s["text"].lower()))
    out = []
    for kind, w in sorted(toks):
        line = (T.WORD_USE if kind == "p" else T.WORD_TOWN_USE)[w]
        if T.plain(line).lower() in used:
            continue
        out.append(line + "\n")
    return "".join(out)


def named(p, phi: list, by_family: bool = False) -> bool:
    """Whether the note names this person. Relatives are looked up by given name (they often share the patient's surname),
    clinicians by either."""
    toks = {t.lower() for s in phi if s["category"] in ("NAME", "PROVIDER_NAME") for t in NAME_SPLIT.split(s["text"])}
    return p.first.lower() in toks or (by_family and p.family.split()[-1].split("-")[-1].lower() in toks)


# "Ave." or "Dr." at the end of a sentence takes no second full stop
DOUBLE_DOT = re.compile(r"(?<=[^\W\d_])\.(\x03?)\.(?!\.)")


def counts(phi: list) -> dict:
    out: dict[str, int] = {}
    for s in phi:
        out[s["category"]] = out.get(s["category"], 0) + 1
    return out


def build(i: int, ntype: str, attempt: int):
    rng = random.Random(f"{SPLIT}:{i}:{attempt}")
    c = T.C(rng, ntype, hands=T.TYPE_HANDS[ntype])
    body = T.BODIES[ntype](c)
    signer = c.team[0] if c.team else c.clin("author", rng.choice(["RN", "LCSW", "MD", "CHW"]))
    sig = T.signature(c, signer)
    allowed = [b for b in T.ALL_BLOCKS if b in T.TYPE_BLOCKS[ntype]]
    weights = {b: 1.0 for b in allowed}
    weights.update({b: 0.35 for b in (T.blk_staff, T.blk_prof, T.blk_rad_staff, T.blk_rad_comm) if b in weights})
    if ntype in T.RADIOLOGY:
        weights.update({b: 2.5 for b in T.RAD_BLOCKS})
        weights.update({T.blk_abroad: 0.3, T.blk_ids: 0.4, T.blk_accounts: 0.6})
    blocks = sorted(allowed, key=lambda b: -rng.random() ** (1 / weights[b]))
    want_phi, want_keep, want_size = rng.randint(26, 40), rng.randint(6, 12), rng.randint(1050, 1900)

    def fits(cand: str) -> bool:
        t, _, _ = parse(cand + sig)
        return len(t.encode()) <= MAX_BYTES - 250

    # the type's own paragraphs first
    extras = T.TYPE_EXTRAS[ntype](c)
    rng.shuffle(extras)
    for f in extras[:rng.choice([2, 2, 3])]:
        cand = body + f()
        if fits(cand):
            body = cand
    body += T.blk_prose(c)
    n_prose = 1

    while blocks:
        text, phi, keep = parse(body + sig)
        cn = counts(phi)
        # a category no remaining block can supply is given up
        avail = set().union(*(T.BLOCK_TAGS[b] for b in blocks)) if blocks else set()
        deficit = sorted((cn.get(k, 0) / v, k) for k, v in FLOOR.items() if cn.get(k, 0) < v and k in avail)
        keep_ok = len(keep) >= want_keep
        size = len(text.encode())
        if not deficit and len(phi) >= want_phi and keep_ok and size >= want_size:
            break
        if deficit:
            need = deficit[0][1]
            pick = [b for b in blocks if need in T.BLOCK_TAGS[b]]
        elif not keep_ok:
            pick = [b for b in blocks if b in T.KEEP_BLOCKS]
        elif len(phi) < want_phi:
            pick = [b for b in blocks if b not in T.KEEP_BLOCKS]
        else:
            # long enough in identifiers, short in words: the type's own sentences, then clinical text
            if n_prose < 5 and (rng.random() < 0.7 or not any(b in T.KEEP_BLOCKS for b in blocks)):
                n_prose += 1
                cand = body + T.blk_prose(c)
                if fits(cand):
                    body = cand
                continue
            pick = [b for b in blocks if b in T.KEEP_BLOCKS]
        pick = pick or blocks
        blk = pick[0]
        blocks.remove(blk)
        cand = body + blk(c)
        if fits(cand):
            body = cand
    text, phi, keep = parse(body + sig)
    extra = word_lines(c, text, keep, phi)
    if extra:
        body += extra
    body = DOUBLE_DOT.sub(r".\1", body)
    sig = DOUBLE_DOT.sub(r".\1", sig)
    text, phi, keep = parse(body + sig)
    rels = [(p, rel, ph) for p, rel, ph in c.rels if named(p, phi)]
    clins = [p for p in c.team if named(p, phi, True)]
    people = [c.pt] + [p for p, _, _ in rels] + clins
    ptoks = sorted({t for p in people for t in name_tokens(p.full)})
    check(text, phi, keep, ptoks)
    pt = c.pt
    a = c.home
    patient = {
        "names": pt.fhir(),
        "mrn": c.mrn,
        "phones": [str(c.cell)] + ([str(c.homeph)] if c.homeph else []),
        "emails": [c.email],
        "address": {"line": [a.line + (", " + a.unit if a.unit else "")], "city": a.city, "state": a.st, "postalCode": a.zip},
        "birthDate": c.dob.isoformat(),
        "relatives": [{"relationship": rel, "names": p.fhir(), "phones": [str(ph)] if ph else []} for p, rel, ph in rels],
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


def pool_overlaps() -> dict[str, int]:
    """How many pool entries share a folded token with the other splits' gold names, streets and towns."""
    long_, short = other_gold()

    def hits(items, ignore):
        n = 0
        for x in items:
            t = fold_tokens(x, ignore)
            if t:
                n += bool(t & long_)
            else:
                w = [u for u in re.findall(r"[^\W\d_]+", fold(x)) if u not in ignore]
                n += (not w) or bool(set(w) & short)
        return n

    given = [x for k in T.LANG for sx in ("F", "M") for x in T.LANG[k][sx]] + T.WORD_GIVEN_POOL + sorted(T.NICK.values())
    family = ([x for k in T.LANG if k not in ("ru", "pl") for x in T.LANG[k]["fam"]] + [x for pair in T.RU_FAM + T.PL_FAM for x in pair]
              + T.EN_FAM_PART + T.WORD_FAMILY_POOL)
    towns = [t for t, _ in T.US_TOWNS] + [x for v in T.FOREIGN_TOWNS.values() for x in v] + T.NEIGHBORHOODS
    return {"given names": hits(given, NAME_PARTICLES), "surnames": hits(family, NAME_PARTICLES),
            "streets": hits(T.STREET_BASES, PLACE_GENERIC | NAME_PARTICLES), "towns": hits(towns, PLACE_GENERIC | NAME_PARTICLES),
            "pool sizes": len(given) + len(family) + len(T.STREET_BASES) + len(towns)}


def corpus_overlap(recs) -> int:
    """Gold NAME/PROVIDER_NAME/CITY/ADDRESS spans of this split that share a folded token with another split's."""
    long_, _ = other_gold()
    n = 0
    for r in recs:
        for s in r["phi"]:
            if s["category"] in GOLD_CATS:
                ign = NAME_PARTICLES if s["category"] in ("NAME", "PROVIDER_NAME") else PLACE_GENERIC | NAME_PARTICLES
                n += bool(fold_tokens(s["text"], ign) & long_)
    return n


def dump(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="exit 1 if corpus/tune14.jsonl differs")
    ap.add_argument("--fails", action="store_true", help="print redraw counts by note type and reason")
    a = ap.parse_args()
    global BANNED
    BANNED = other_gold()[0]
    ov = pool_overlaps()
    print("pool entries sharing a token with other splits' gold names, streets and towns: "
          + ", ".join(f"{k} {v}" for k, v in ov.items() if k != "pool sizes") + f" (of {ov['pool sizes']} entries)")
    if any(v for k, v in ov.items() if k != "pool sizes"):
        print("pools overlap the other splits; not writing")
        return 1
    recs, fails = generate()
    data = dump(recs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    co = corpus_overlap(recs)
    print(f"gold name, street and town spans sharing a token with other splits: {co}")
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
    print(f"phi spans: {sum(cats.values())}, per note median {statistics.median(len(r['phi']) for r in recs):.0f}; "
          f"keep spans: {sum(kinds.values())}, per note median {statistics.median(len(r['keep']) for r in recs):.0f}")
    print(f"note types: {len(types)} ({min(types.values())}–{max(types.values())} notes each)")
    print("phi by category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("keep by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if a.fails:
        for k, v in sorted(fails.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  redraws {v:5d}  {k[0]}: {k[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
