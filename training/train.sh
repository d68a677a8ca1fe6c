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
"$PY" training/train.py --data training/data --out training/out \
  --layers 2 --hidden 256 --heads 4 --ff 1024 --lr 1.2e-3 --batch-tokens 2048 \
  --epochs 10 --budget-min 95 --mask-src "pfr:LOC,ORG"
"$PY" training/export.py --ckpt training/out/final.pt --model models/zh-news-ner --vocab "$DATA/bert_vocab/vocab.txt"
