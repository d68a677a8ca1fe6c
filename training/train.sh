#!/usr/bin/env bash
# Reproduces the shipped default model (models/zh-news-ner) on the CPU: data conversion, training
# (resumable), ONNX export + quantization.
#   bash training/train.sh [data dir, default ../shared/data]      (or: npm run train -- [data dir])
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
export OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=1
all_exist() { local f; for f in ${1//,/ }; do [ -f "$f" ] || return 1; done; }
npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.tools.json || echo "tsc reported errors; continuing with the emitted dist/"
node dist-tools/training/prepare.js "$DATA" --out training/data
# Stage 1: from scratch, annealed within 95 minutes.
"$PY" training/train.py --data training/data --out training/out \
  --layers 2 --hidden 256 --heads 4 --ff 1024 --lr 1.2e-3 --batch-tokens 2048 \
  --epochs 10 --budget-min 95 --mask-src "pfr:LOC,ORG"
# Stage 2: a warm restart from stage 1's weights (fresh optimizer, peak 8e-4), annealed within 112 minutes.
mkdir -p training/out/stage2
"$PY" training/train.py --data training/data --out training/out/stage2 --init training/out/final.pt \
  --layers 2 --hidden 256 --heads 4 --ff 1024 --lr 8e-4 --warmup 300 --batch-tokens 2048 \
  --epochs 12 --budget-min 112 --mask-src "pfr:LOC,ORG"
# Stage 3: distillation from the large model (its label distributions, weight 0.7, plus the gold
# labels with persons, places and organisations from MSRA alone), annealed within 80 minutes.
TEACHER="${TEACHER:-training/out/gpu2/final.pt}"
FINAL=training/out/stage2/final.pt
if [ -f "$TEACHER" ]; then
  mkdir -p training/out/stage3
  "$PY" training/train.py --data training/data --out training/out/stage3 --init training/out/stage2/final.pt \
    --teacher "$TEACHER" --distill-alpha 0.7 --lr 5e-4 --warmup 200 --batch-tokens 2048 \
    --epochs 10 --budget-min 80 --mask-src "pfr:LOC,ORG,PERSON;cluener:PERSON,ORG"
  FINAL=training/out/stage3/final.pt
else
  echo "no teacher checkpoint at $TEACHER: exporting stage 2 (the shipped model distils from the large one)" >&2
fi
# Stage 4: distillation from an ensemble of three GPU models (the large model and the two others
# train-gpu.sh writes): their averaged label distributions beat each of them on MSRA dev.
TEACHERS="${TEACHERS:-training/out/gpu2/final.pt,training/out/gpu3/final.pt,training/out/gpu5/final.pt}"
if [ "$FINAL" = training/out/stage3/final.pt ] && all_exist "$TEACHERS"; then
  mkdir -p training/out/stage4
  "$PY" training/train.py --data training/data --out training/out/stage4 --init training/out/stage3/final.pt \
    --teacher "$TEACHERS" --distill-alpha 0.7 --lr 4e-4 --warmup 200 --batch-tokens 2048 \
    --epochs 10 --budget-min 90 --mask-src "pfr:LOC,ORG,PERSON;cluener:PERSON,ORG"
  FINAL=training/out/stage4/final.pt
elif [ "$FINAL" = training/out/stage3/final.pt ]; then
  echo "not all of $TEACHERS exist: exporting stage 3 (the shipped model has stages 4 to 6)" >&2
fi
# Stage 5: the same ensemble on the training set plus two copies of MSRA's sentences in which
# persons, places and organisations are swapped for other mentions of their type (data:augment,
# seeded), so the model learns its teachers' behaviour on names it has not seen.
if [ "$FINAL" = training/out/stage4/final.pt ]; then
  bash training/augment-data.sh "$DATA" aug
  mkdir -p training/out/stage5
  # The ensemble's distributions on train.jsonl are stage 4's: reuse them rather than relabel.
  [ -f training/out/stage5/teacher.npz ] || cp training/out/stage4/teacher.npz training/out/stage5/
  "$PY" training/train.py --data training/data --out training/out/stage5 --init training/out/stage4/final.pt \
    --teacher "$TEACHERS" --extra-train train-aug.jsonl --distill-alpha 0.7 --lr 3e-4 --warmup 200 \
    --batch-tokens 2048 --epochs 10 --budget-min 85 --mask-src "pfr:LOC,ORG,PERSON;cluener:PERSON,ORG"
  FINAL=training/out/stage5/final.pt
fi
# Stage 6: the same again with three more copies whose replacements come from all three sources'
# training mentions, half of the swapped persons being new names (a common surname joined to
# another person's given name), so that more of what the student sees is names nobody trained on.
if [ "$FINAL" = training/out/stage5/final.pt ]; then
  bash training/augment-data.sh "$DATA" aug2
  mkdir -p training/out/stage6
  for f in teacher.npz teacher-train-aug.npz; do
    [ -f "training/out/stage6/$f" ] || cp "training/out/stage5/$f" training/out/stage6/
  done
  "$PY" training/train.py --data training/data --out training/out/stage6 --init training/out/stage5/final.pt \
    --teacher "$TEACHERS" --extra-train train-aug.jsonl,train-aug2.jsonl --distill-alpha 0.7 --lr 2.5e-4 --warmup 200 \
    --batch-tokens 2048 --epochs 10 --budget-min 95 --mask-src "pfr:LOC,ORG,PERSON;cluener:PERSON,ORG"
  FINAL=training/out/stage6/final.pt
fi
"$PY" training/export.py --ckpt "$FINAL" --model models/zh-news-ner --vocab "$DATA/bert_vocab/vocab.txt"
# Decoding: label-transition scores counted on MSRA's training sentences, into config.json.
"$PY" training/transitions.py --model models/zh-news-ner --data training/data --weight 0.4
