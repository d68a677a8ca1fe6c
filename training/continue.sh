#!/usr/bin/env bash
# Continues from the shipped models instead of from scratch (training/out/ is not in git, so a
# fresh clone has only their ONNX files): the large model trained further on MSRA's name-swapped
# copies as the teacher, then the default model distilled from it on the same sentences.
#   bash training/continue.sh [data dir]               2 CPU cores (configs/continue-{teacher,student}.json)
#   DEVICE=cuda bash training/continue.sh [data dir]   one GPU (configs/continue-{teacher,student}-gpu.json:
#                                                      the same epochs in GPU batches)
#   SKIP_TEACHER=1 ...                                 the shipped large model is the teacher as it is
#   DRY_RUN=1 ...                                      resolve both stages' configs and count their steps
# The models trained here are exported over models/ at the end only if SHIP=1; otherwise into
# training/out/continue/models/ to be scored with `npm run eval:ner -- <dev> --model <folder>`.
# Where Node is missing (a bare GPU machine), bring training/data/ with train-aug.jsonl and
# train-aug2.jsonl (data:prepare and training/augment-data.sh):
# as training-data.tar.gz in the repository root if the folder is too large to carry.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-/usr/bin/python3}"
DEVICE="${DEVICE:-cpu}"
OUT=training/out/continue
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-2}" OMP_NUM_THREADS=1
suffix=""
[ "$DEVICE" = cuda ] && suffix=-gpu
stage() { local cfg="continue-$1$suffix"; shift; "$PY" training/train.py --config "training/configs/$cfg.json" --data training/data "$@" ${DRY_RUN:+--dry-run}; }
"$PY" training/check_env.py --device "$DEVICE"
[ -d training/data ] || [ ! -f training-data.tar.gz ] || tar -xzf training-data.tar.gz
if command -v node >/dev/null && [ -d "$DATA" ]; then
  [ -f dist-tools/training/augment.js ] || { npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.tools.json; }
  [ -f training/data/train.jsonl ] || node dist-tools/training/prepare.js "$DATA" --out training/data
  [ -f training/data/train-aug.jsonl ] || bash training/augment-data.sh "$DATA" aug
  [ -f training/data/train-aug2.jsonl ] || bash training/augment-data.sh "$DATA" aug2
fi
for f in train.jsonl train-aug.jsonl train-aug2.jsonl dev-msra.jsonl dev-pfr.jsonl; do
  [ -f "training/data/$f" ] || { echo "continue.sh: training/data/$f is missing (see the header)" >&2; exit 2; }
done
mkdir -p "$OUT"
if [ -n "${DRY_RUN:-}" ]; then
  stage teacher --out "$OUT/teacher" && stage student --out "$OUT/student"
  exit 0
fi
"$PY" training/from_onnx.py --model models/zh-news-ner-large --out "$OUT/large0.pt"
"$PY" training/from_onnx.py --model models/zh-news-ner --out "$OUT/default0.pt"
# The teacher: the large model on its own gold labels plus the name-swapped copies, which its
# GPU recipe never had (they moved the default model's novel names 0.662 -> 0.688).
# SKIP_TEACHER=1: the shipped large model already had this stage (2026-12-01); teach with it as it is.
# Only a model trained here is exported again (the shipped large one would come out byte-identical).
if [ "${SKIP_TEACHER:-0}" = 1 ]; then
  teacher="$OUT/large0.pt" export_pairs=("student:zh-news-ner")
else
  stage teacher --out "$OUT/teacher" --init "$OUT/large0.pt"
  teacher="$OUT/teacher/final.pt" export_pairs=("teacher:zh-news-ner-large" "student:zh-news-ner")
fi
TEACHERS="${TEACHERS:-$teacher}"
# The student: the default model distilled from it, as stages 5 and 6 of train.sh were.
stage student --out "$OUT/student" --init "$OUT/default0.pt" --teacher "$TEACHERS"
VOCAB="$DATA/bert_vocab/vocab.txt"
[ -f "$VOCAB" ] || VOCAB="${VOCAB_FILE:?set VOCAB_FILE to bert_vocab/vocab.txt}"
dest="$OUT/models"
[ "${SHIP:-0}" = 1 ] && dest=models
for pair in "${export_pairs[@]}"; do
  stage="${pair%%:*}" name="${pair#*:}"
  mkdir -p "$dest/$name"
  "$PY" training/export.py --ckpt "$OUT/$stage/final.pt" --model "$dest/$name" --vocab "$VOCAB" --work "$OUT/$stage"
  "$PY" training/transitions.py --model "$dest/$name" --data training/data --weight 0.4
done
echo "continue.sh: models in $dest/ (score them with npm run eval:ner -- training/data/dev-msra.jsonl --model <folder>)"
