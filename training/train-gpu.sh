#!/usr/bin/env bash
# Reproduces the shipped large model (models/zh-news-ner-large) on one CUDA GPU (about 12 minutes on an H200 with no other work),
# then two more models that, with it, form the teacher ensemble of the default model (train.sh stage 4; about 10 minutes more):
#   bash training/train-gpu.sh [data dir, default ../shared/data]     (or: npm run train:gpu)
# training/train.sh is the CPU recipe (the default 2 × 256 model, about 10 hours on 2 cores).
# Where Node is missing (a bare GPU machine), copy training/data/ from `npm run data:prepare` first.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-python3}"
if command -v node >/dev/null && [ -d "$DATA" ]; then
  npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.tools.json || echo "tsc reported errors; continuing with the emitted dist/"
  node dist-tools/training/prepare.js "$DATA" --out training/data
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
"$PY" training/transitions.py --model models/zh-news-ner-large --data training/data --weight 0.4
# The other two ensemble members (the sweep's f4 and f5 recipes, run there within time budgets
# rather than epoch counts). gpu3: stage 1's model restarted with PFR's persons masked.
"$PY" training/train.py "${gpu[@]}" --out training/out/gpu3 --init training/out/gpu1/final.pt --warmup 100 --lr 6e-4 \
  --epochs 12 --budget-min 600 --eval-every 100 --mask-src "pfr:LOC,ORG,PERSON"
# gpu4 -> gpu5: a 4 x 256 model, pre-trained 1,147 steps, 22 epochs of NER with PFR's persons masked,
# then a warm restart of 11 epochs with 5 % of the characters dropped to [UNK].
g4=(--data training/data --device cuda --threads 2 --batch-tokens 16384 --max-batch 512 --layers 4 --hidden 256 --heads 4 --ff 1024)
"$PY" training/train.py "${g4[@]}" --out training/out/gpu4 --mlm-steps 1147 --warmup 300 --lr 1.5e-3 \
  --epochs 22 --budget-min 600 --eval-every 11 --mask-src "pfr:LOC,ORG,PERSON"
"$PY" training/train.py "${g4[@]}" --out training/out/gpu5 --init training/out/gpu4/final.pt --warmup 100 --lr 6e-4 \
  --word-dropout 0.05 --epochs 11 --budget-min 600 --eval-every 100 --mask-src "pfr:LOC,ORG,PERSON"
