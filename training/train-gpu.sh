#!/usr/bin/env bash
# Reproduces the shipped large model (models/zh-news-ner-large) on one CUDA GPU (about 12 minutes on an H200 with no other work),
# then two more models that, with it, form the teacher ensemble of the default model (train.sh stage 4; about 10 minutes more):
#   bash training/train-gpu.sh [data dir, default ../shared/data]     (or: npm run train:gpu)
#   DRY_RUN=1 bash training/train-gpu.sh ...   resolve every stage's config and count its steps; train nothing
# training/train.sh is the CPU recipe (the default 2 × 256 model, about 10 hours on 2 cores).
# Where Node is missing (a bare GPU machine), copy training/data/ from `npm run data:prepare` first.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-python3}"
if command -v node >/dev/null && [ -d "$DATA" ] && { [ -z "${DRY_RUN:-}" ] || [ ! -f training/data/train.jsonl ]; }; then
  npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.tools.json || echo "tsc reported errors; continuing with the emitted dist/"
  node dist-tools/training/prepare.js "$DATA" --out training/data
fi
[ -f training/data/train.jsonl ] || { echo "training/data/train.jsonl is missing: run npm run data:prepare" >&2; exit 2; }
"$PY" training/check_env.py --device cuda
# Each stage's hyperparameters (device, batching, architecture, steps) are in training/configs/gpuN.json.
stage() { local cfg="$1"; shift; "$PY" training/train.py --config "training/configs/$cfg.json" --data training/data "$@" ${DRY_RUN:+--dry-run}; }
# Stage 1: 1,166 steps of masked-character pre-training, then NER (25 epochs' worth of steps) with
# PFR's places and organisations masked (their conventions differ from MSRA's).
stage gpu1 --out training/out/gpu1
# Stage 2: a warm restart in which persons, places and organisations come from MSRA alone.
stage gpu2 --out training/out/gpu2 --init training/out/gpu1/final.pt
[ -z "${DRY_RUN:-}" ] || { for c in gpu3 gpu4 gpu5; do stage "$c" --out "training/out/$c"; done; exit 0; }
"$PY" training/export.py --ckpt training/out/gpu2/final.pt --model models/zh-news-ner-large --vocab "$DATA/bert_vocab/vocab.txt"
"$PY" training/transitions.py --model models/zh-news-ner-large --data training/data --weight 0.4
# The other two ensemble members (the sweep's f4 and f5 recipes, run there within time budgets
# rather than step counts). gpu3: stage 1's model restarted with PFR's persons masked.
stage gpu3 --out training/out/gpu3 --init training/out/gpu1/final.pt
# gpu4 -> gpu5: a 4 x 256 model, pre-trained 1,147 steps, 22 epochs of NER with PFR's persons masked,
# then a warm restart of 11 epochs with 5 % of the characters dropped to [UNK].
stage gpu4 --out training/out/gpu4
stage gpu5 --out training/out/gpu5 --init training/out/gpu4/final.pt
