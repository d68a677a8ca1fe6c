#!/usr/bin/env bash
# Reproduces the shipped model: data conversion, training (resumable), ONNX export + quantization.
#   bash training/train.sh [data dir, default ../shared/data]      (or: npm run train -- [data dir])
# Rerunning resumes from training/out/ckpt-last.pt; delete training/out to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
PY="${PYTHON:-/usr/bin/python3}"
export OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=1
npx tsc -p tsconfig.build.json || echo "tsc reported errors; continuing with the emitted dist/"
node dist/training/prepare.js "$DATA" --out training/data
# Stage 1: from scratch, annealed within 95 minutes.
"$PY" training/train.py --data training/data --out training/out \
  --layers 2 --hidden 256 --heads 4 --ff 1024 --lr 1.2e-3 --batch-tokens 2048 \
  --epochs 10 --budget-min 95 --mask-src "pfr:LOC,ORG"
# Stage 2: a warm restart from stage 1's weights (fresh optimizer, peak 8e-4), annealed within 112 minutes.
mkdir -p training/out/stage2
"$PY" training/train.py --data training/data --out training/out/stage2 --init training/out/final.pt \
  --layers 2 --hidden 256 --heads 4 --ff 1024 --lr 8e-4 --warmup 300 --batch-tokens 2048 \
  --epochs 12 --budget-min 112 --mask-src "pfr:LOC,ORG"
"$PY" training/export.py --ckpt training/out/stage2/final.pt --model models/zh-news-ner --vocab "$DATA/bert_vocab/vocab.txt"
