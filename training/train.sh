#!/usr/bin/env bash
# Reproduces the shipped default model (models/zh-news-ner) on the CPU: data conversion, training
# (resumable), ONNX export + quantization.
#   bash training/train.sh [data dir, default ../shared/data]      (or: npm run train -- [data dir])
#   DRY_RUN=1 bash training/train.sh ...   resolve every stage's config and count its steps; train nothing
# Each stage's hyperparameters are in training/configs/stageN.json; this script gives the paths.
# Stage 3 distils from the large model's checkpoint, which `npm run train:gpu` (training/train-gpu.sh)
# writes to training/out/gpu2/final.pt on a GPU machine (or TEACHER=<checkpoint>); stage 4 from an
# ensemble of three GPU checkpoints (TEACHERS=<a,b,c>), and stages 5 and 6 from the same ensemble
# with mention-replaced copies of MSRA added. Each stage whose teachers are missing is skipped, and the
# last stage trained is exported.
# Rerunning resumes from training/out/ckpt-last.pt; delete training/out to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-/usr/bin/python3}"
DRY="${DRY_RUN:-}"
export OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=1
all_exist() { [ -n "$DRY" ] && return 0; local f; for f in ${1//,/ }; do [ -f "$f" ] || return 1; done; }
stage() { local cfg="$1"; shift; echo "== training/configs/$cfg.json" >&2; "$PY" training/train.py --config "training/configs/$cfg.json" --data training/data "$@" ${DRY:+--dry-run}; }
"$PY" training/check_env.py --device cpu
if [ -z "$DRY" ] || [ ! -f training/data/train.jsonl ]; then
  npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.tools.json || echo "tsc reported errors; continuing with the emitted dist/"
  node dist-tools/training/prepare.js "$DATA" --out training/data
fi
# Stage 1: from scratch.
stage stage1 --out training/out
# Stage 2: a warm restart from stage 1's weights (fresh optimizer, peak 8e-4).
mkdir -p training/out/stage2
stage stage2 --out training/out/stage2 --init training/out/final.pt
# Stage 3: distillation from the large model (its label distributions, weight 0.7, plus the gold
# labels with persons, places and organisations from MSRA alone).
TEACHER="${TEACHER:-training/out/gpu2/final.pt}"
FINAL=training/out/stage2/final.pt
if all_exist "$TEACHER"; then
  mkdir -p training/out/stage3
  stage stage3 --out training/out/stage3 --init training/out/stage2/final.pt --teacher "$TEACHER"
  FINAL=training/out/stage3/final.pt
else
  echo "no teacher checkpoint at $TEACHER: exporting stage 2 (the shipped model distils from the large one)" >&2
fi
# Stage 4: distillation from an ensemble of three GPU models (the large model and the two others
# train-gpu.sh writes): their averaged label distributions beat each of them on MSRA dev.
TEACHERS="${TEACHERS:-training/out/gpu2/final.pt,training/out/gpu3/final.pt,training/out/gpu5/final.pt}"
if [ "$FINAL" = training/out/stage3/final.pt ] && all_exist "$TEACHERS"; then
  mkdir -p training/out/stage4
  stage stage4 --out training/out/stage4 --init training/out/stage3/final.pt --teacher "$TEACHERS"
  FINAL=training/out/stage4/final.pt
elif [ "$FINAL" = training/out/stage3/final.pt ]; then
  echo "not all of $TEACHERS exist: exporting stage 3 (the shipped model has stages 4 to 6)" >&2
fi
# Stage 5: the same ensemble on the training set plus two copies of MSRA's sentences in which
# persons, places and organisations are swapped for other mentions of their type (data:augment,
# seeded), so the model learns its teachers' behaviour on names it has not seen.
if [ "$FINAL" = training/out/stage4/final.pt ]; then
  [ -n "$DRY" ] && [ -f training/data/train-aug.jsonl ] || bash training/augment-data.sh "$DATA" aug
  mkdir -p training/out/stage5
  # The ensemble's distributions on train.jsonl are stage 4's: reuse them rather than relabel.
  [ -n "$DRY" ] || [ -f training/out/stage5/teacher.npz ] || cp training/out/stage4/teacher.npz training/out/stage5/
  stage stage5 --out training/out/stage5 --init training/out/stage4/final.pt --teacher "$TEACHERS"
  FINAL=training/out/stage5/final.pt
fi
# Stage 6: the same again with three more copies whose replacements come from all three sources'
# training mentions, half of the swapped persons being new names (a common surname joined to
# another person's given name), so that more of what the student sees is names nobody trained on.
if [ "$FINAL" = training/out/stage5/final.pt ]; then
  [ -n "$DRY" ] && [ -f training/data/train-aug2.jsonl ] || bash training/augment-data.sh "$DATA" aug2
  mkdir -p training/out/stage6
  for f in teacher.npz teacher-train-aug.npz; do
    [ -n "$DRY" ] || [ -f "training/out/stage6/$f" ] || cp "training/out/stage5/$f" training/out/stage6/
  done
  stage stage6 --out training/out/stage6 --init training/out/stage5/final.pt --teacher "$TEACHERS"
  FINAL=training/out/stage6/final.pt
fi
[ -z "$DRY" ] || { echo "DRY_RUN: every stage's config resolved; would export $FINAL" >&2; exit 0; }
"$PY" training/export.py --ckpt "$FINAL" --model models/zh-news-ner --vocab "$DATA/bert_vocab/vocab.txt"
# Decoding: label-transition scores counted on MSRA's training sentences, into config.json.
"$PY" training/transitions.py --model models/zh-news-ner --data training/data --weight 0.4
