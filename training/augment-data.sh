#!/usr/bin/env bash
# The name-swapped copies of MSRA's training sentences that the recipe trains on, kept in one
# place because train.sh and continue.sh must build byte-identical files (both are seeded).
#   bash training/augment-data.sh [data dir, default ../shared/data] [aug|aug2|all, default all]
# aug:  training/data/train-aug.jsonl, two copies with replacements from MSRA's own mentions (stage 5);
# aug2: training/data/train-aug2.jsonl, three copies from all three sources' mentions, half of the
#       swapped persons new names (stage 6).
# Needs training/data/train.jsonl (data:prepare) and dist/ (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data}"
WHICH="${2:-all}"
VOCAB="$DATA/bert_vocab/vocab.txt"
case "$WHICH" in aug|aug2|all) ;; *) echo "augment-data.sh: unknown set '$WHICH' (aug, aug2 or all)" >&2; exit 2 ;; esac
if [ "$WHICH" != aug2 ]; then
  node dist-tools/training/augment.js training/data --vocab "$VOCAB" --copies 2 --p 0.5 --seed 7
fi
if [ "$WHICH" != aug ]; then
  node dist-tools/training/augment.js training/data --vocab "$VOCAB" --copies 3 --p 0.5 --seed 11 \
    --pool msra,pfr,cluener --synth-persons 0.5 --out train-aug2.jsonl
fi
