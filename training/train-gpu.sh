#!/usr/bin/env bash
# Reproduces the shipped large model (models/zh-news-ner-large) on one CUDA GPU (about 12 minutes on an H200 with no other work):
#   bash training/train-gpu.sh [data dir, default ../shared/data]     (or: npm run train:gpu)
# training/train.sh is the CPU recipe (the default 2 × 256 model, about 5 hours on 2 cores).
# Where Node is missing (a bare GPU machine), copy training/data/ from `npm run data:prepare` first.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-python3}"
if command -v node >/dev/null && [ -d "$DATA" ]; then
  npx tsc -p tsconfig.build.json || echo "tsc reported errors; continuing with the emitted dist/"
  node dist/training/prepare.js "$DATA" --out training/data
fi
[ -f training/data/train.jsonl ] || { echo "training/data/train.jsonl is missing: run npm run data:prepare" >&2; exit 2; }
gpu=(--data training/data --device cuda --threads 2 --batch-tokens 16384 --max-batch 512 --layers 3 --hidden 320 --heads 4 --ff 1280)
# Stage 1: 1,166 steps of masked-character pre-training, then 25 epochs of NER with PFR's places
# and organisations masked (their conventions differ from MSRA's).
"$PY" training/train.py "${gpu[@]}" --out training/out/gpu1 --mlm-steps 1166 --warmup 300 --lr 1.5e-3 \
  --epochs 25 --budget-min 600 --eval-every 5 --mask-src "pfr:LOC,ORG"
# Stage 2: a warm restart in which persons, places and organisations come from MSRA alone.
"$PY" training/train.py "${gpu[@]}" --out training/out/gpu2 --init training/out/gpu1/final.pt --warmup 100 --lr 6e-4 \
  --epochs 12 --budget-min 600 --eval-every 100 --mask-src "pfr:LOC,ORG,PERSON;cluener:PERSON,ORG"
"$PY" training/export.py --ckpt training/out/gpu2/final.pt --model models/zh-news-ner-large --vocab "$DATA/bert_vocab/vocab.txt"
