#!/usr/bin/env python3
"""Score de-identification predictions against the annotated corpus.

    python3 tests/deid-eval/score.py CORPUS.jsonl PREDICTIONS.jsonl [--json] [--label NAME]
    python3 tests/deid-eval/score.py --compare A.json B.json ...   # side by side

CORPUS lines are the generator's records (offsets in Unicode code points). PREDICTIONS
lines are what `carebrief deid` writes: {"id", "spans": [{"start", "end", "category"}]}
with UTF-8 BYTE offsets into the note text (other fields, such as "text" or "score", are
ignored; a span's "score" is used only with --min-score).

Measures, all category-agnostic (a name removed as a DATE still counts as removed):
- recall: a gold PHI span is found when the union of predicted spans covers every
  non-whitespace character of it; partial recall counts any overlap;
- patient names and identifiers: recall over NAME, MRN, SSN, HEALTH_PLAN, ACCOUNT;
- precision, token level: tokens are runs of word characters (\\w+); a predicted token has
  any character inside a predicted span, and is true when it overlaps a gold PHI span;
- clinical-term survival: share of keep spans that no predicted span touches.
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from pathlib import Path

NAMES_AND_IDS = ("NAME", "MRN", "SSN", "HEALTH_PLAN", "ACCOUNT")
TOKEN = re.compile(r"\w+")


def byte_offsets(text: str) -> list[int]:
    """b[i] = number of UTF-8 bytes in text[:i], for i in 0..len(text)."""
    out = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        c = ord(ch)
        n += 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4
        out[i + 1] = n
    return out


def to_code_points(b: list[int], start: int, end: int) -> tuple[int, int, bool]:
    """Byte span -> code-point span. An offset inside a character is widened outwards
    (start down, end up) and reported as misaligned."""
    s = bisect.bisect_right(b, start) - 1
    e = bisect.bisect_left(b, end)
    aligned = b[s] == start and e < len(b) and b[e] == end
    return max(s, 0), min(e, len(b) - 1), aligned


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(corpus: list[dict], preds: dict[str, list[dict]], min_score: float | None = None) -> dict:
    cats: dict[str, dict[str, int]] = {}
    kinds: dict[str, dict[str, int]] = {}
    types: dict[str, dict[str, int]] = {}
    tok_pred = tok_true = tok_gold = tok_gold_hit = 0
    keep_total = keep_ok = 0
    bad = misaligned = 0
    missing = 0
    for rec in corpus:
        text = rec["text"]
        n = len(text)
        covered = bytearray(n)
        spans = preds.get(rec["id"])
        if spans is None:
            missing += 1
            spans = []
        b = byte_offsets(text)
        for sp in spans:
            if min_score is not None and sp.get("score", 1.0) < min_score:
                continue
            try:
                st, en = int(sp["start"]), int(sp["end"])
            except (KeyError, TypeError, ValueError):
                bad += 1
                continue
            if st < 0 or en > b[-1] or st >= en:
                bad += 1
                continue
            s, e, ok = to_code_points(b, st, en)
            misaligned += not ok
            covered[s:e] = b"\x01" * (e - s)
        gold = bytearray(n)
        nt = types.setdefault(rec.get("note_type", "?"), {"gold": 0, "found": 0})
        for g in rec["phi"]:
            s, e = g["start"], g["end"]
            gold[s:e] = b"\x01" * (e - s)
            need = [i for i in range(s, e) if not text[i].isspace()]
            full = all(covered[i] for i in need)
            part = any(covered[i] for i in need)
            c = cats.setdefault(g["category"], {"gold": 0, "found": 0, "partial": 0})
            c["gold"] += 1
            c["found"] += full
            c["partial"] += part
            nt["gold"] += 1
            nt["found"] += full
        for k in rec.get("keep", []):
            touched = any(covered[k["start"]:k["end"]])
            keep_total += 1
            keep_ok += not touched
            kd = kinds.setdefault(k.get("kind", "all"), {"keep": 0, "untouched": 0})
            kd["keep"] += 1
            kd["untouched"] += not touched
        for m in TOKEN.finditer(text):
            s, e = m.span()
            p = any(covered[s:e])
            g = any(gold[s:e])
            tok_pred += p
            tok_true += p and g
            tok_gold += g
            tok_gold_hit += p and g

    def group(names) -> dict:
        gold = sum(cats.get(c, {}).get("gold", 0) for c in names)
        found = sum(cats.get(c, {}).get("found", 0) for c in names)
        part = sum(cats.get(c, {}).get("partial", 0) for c in names)
        return {"gold": gold, "found": found, "recall": ratio(found, gold), "partial": part,
                "partial_recall": ratio(part, gold)}

    by_cat = {c: {**v, "recall": ratio(v["found"], v["gold"]), "partial_recall": ratio(v["partial"], v["gold"])}
              for c, v in sorted(cats.items())}
    precision = ratio(tok_true, tok_pred)
    token_recall = ratio(tok_gold_hit, tok_gold)
    f1 = (round(2 * precision * token_recall / (precision + token_recall), 4)
          if precision and token_recall else None)
    return {
        "notes": len(corpus),
        "note_bytes": sum(len(r["text"].encode()) for r in corpus),
        "notes_without_prediction": missing,
        "invalid_spans": bad,
        "misaligned_spans": misaligned,
        "recall": {
            "overall": group(list(cats)),
            "patient_names_and_ids": group(NAMES_AND_IDS),
            "all_names": group(("NAME", "PROVIDER_NAME")),
            "by_category": by_cat,
        },
        "precision": {"token_precision": precision, "token_recall": token_recall, "token_f1": f1,
                      "predicted_tokens": tok_pred, "true_tokens": tok_true},
        "survival": {"keep": keep_total, "untouched": keep_ok, "rate": ratio(keep_ok, keep_total),
                     "by_kind": {k: {**v, "rate": ratio(v["untouched"], v["keep"])} for k, v in sorted(kinds.items())}},
        "by_note_type": {k: {**v, "recall": ratio(v["found"], v["gold"])} for k, v in sorted(types.items())},
    }


def pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:6.2f}"


def print_report(r: dict, label: str) -> None:
    rec = r["recall"]
    print(f"== {label}: {r['notes']} notes, {r['note_bytes'] / 1024:.0f} KiB of note text")
    if r.get("throughput_kib_s") is not None:
        print(f"throughput: {r['throughput_kib_s']:.1f} KiB/s")
    for key in ("notes_without_prediction", "invalid_spans", "misaligned_spans"):
        if r[key]:
            print(f"WARNING: {key.replace('_', ' ')}: {r[key]}")
    o, p = rec["overall"], rec["patient_names_and_ids"]
    print(f"recall (all identifiers)        {pct(o['recall'])} %  ({o['found']}/{o['gold']}); partial overlap "
          f"{pct(o['partial_recall'])} %")
    print(f"recall (patient names + ids)    {pct(p['recall'])} %  ({p['found']}/{p['gold']}); partial overlap "
          f"{pct(p['partial_recall'])} %")
    an = rec["all_names"]
    print(f"recall (all names, incl. staff) {pct(an['recall'])} %  ({an['found']}/{an['gold']})")
    pr = r["precision"]
    print(f"token precision                 {pct(pr['token_precision'])} %  (token recall {pct(pr['token_recall'])} %, "
          f"F1 {pct(pr['token_f1'])} %)")
    s = r["survival"]
    print(f"clinical-term survival          {pct(s['rate'])} %  ({s['untouched']}/{s['keep']})")
    print()
    print(f"{'category':<15}{'gold':>7}{'recall %':>10}{'partial %':>11}")
    for c, v in rec["by_category"].items():
        print(f"{c:<15}{v['gold']:>7}{pct(v['recall']):>10}{pct(v['partial_recall']):>11}")
    print()
    print(f"{'keep kind':<15}{'spans':>7}{'untouched %':>13}")
    for k, v in s["by_kind"].items():
        print(f"{k:<15}{v['keep']:>7}{pct(v['rate']):>13}")
    print()
    print(f"{'note type':<22}{'gold':>7}{'recall %':>10}")
    for k, v in r["by_note_type"].items():
        print(f"{k:<22}{v['gold']:>7}{pct(v['recall']):>10}")


def compare(paths: list[Path]) -> None:
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    labels = [r.get("label") or p.stem for r, p in zip(runs, paths)]
    w = max(12, *(len(x) + 2 for x in labels))
    head = f"{'':<32}" + "".join(f"{x:>{w}}" for x in labels)
    print(head)
    print("-" * len(head))

    def row(name: str, values: list[str]) -> None:
        print(f"{name:<32}" + "".join(f"{v:>{w}}" for v in values))

    row("recall, all identifiers %", [pct(r["recall"]["overall"]["recall"]) for r in runs])
    row("recall, patient names+ids %", [pct(r["recall"]["patient_names_and_ids"]["recall"]) for r in runs])
    row("recall, all names %", [pct(r["recall"]["all_names"]["recall"]) for r in runs])
    row("partial-overlap recall %", [pct(r["recall"]["overall"]["partial_recall"]) for r in runs])
    row("token precision %", [pct(r["precision"]["token_precision"]) for r in runs])
    row("clinical-term survival %", [pct(r["survival"]["rate"]) for r in runs])
    row("throughput KiB/s", ["-" if r.get("throughput_kib_s") is None else f"{r['throughput_kib_s']:.1f}"
                             for r in runs])
    cats = sorted({c for r in runs for c in r["recall"]["by_category"]})
    print()
    for c in cats:
        row(f"  recall {c} %", [pct(r["recall"]["by_category"].get(c, {}).get("recall")) for r in runs])
    kinds = sorted({k for r in runs for k in r["survival"]["by_kind"]})
    print()
    for k in kinds:
        row(f"  survival {k} %", [pct(r["survival"]["by_kind"].get(k, {}).get("rate")) for r in runs])


def main() -> int:
    ap = argparse.ArgumentParser(description="Score de-identification predictions (byte offsets) against the corpus.")
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("predictions", nargs="?", type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--label", default=None, help="name of the system, kept in the JSON")
    ap.add_argument("--throughput-kib-s", type=float, default=None,
                    help="measured throughput to record with the scores")
    ap.add_argument("--min-score", type=float, default=None,
                    help="ignore predicted spans whose 'score' is below this")
    ap.add_argument("--compare", nargs="+", type=Path, metavar="SCORES.json",
                    help="print score files written with --json side by side")
    args = ap.parse_args()
    if args.compare:
        compare(args.compare)
        return 0
    if not args.corpus or not args.predictions:
        ap.error("CORPUS and PREDICTIONS are required (or --compare)")
    corpus = load_jsonl(args.corpus)
    preds: dict[str, list[dict]] = {}
    ids = {r["id"] for r in corpus}
    unknown = 0
    for p in load_jsonl(args.predictions):
        if p.get("id") not in ids:
            unknown += 1
            continue
        preds.setdefault(p["id"], []).extend(p.get("spans") or [])
    r = score(corpus, preds, args.min_score)
    r["unknown_ids"] = unknown
    r["label"] = args.label or args.predictions.stem
    r["throughput_kib_s"] = args.throughput_kib_s
    if args.json:
        print(json.dumps(r, indent=1, ensure_ascii=False))
    else:
        if unknown:
            print(f"WARNING: {unknown} prediction lines name an id that is not in the corpus")
        print_report(r, r["label"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
