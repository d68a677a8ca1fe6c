#!/usr/bin/env bash
# Trains several NER recipes side by side on one GPU (each process is launch-bound, so they share
# it well), then slims each final checkpoint to fp16 weights for export on the CPU machine.
#   bash training/gpu-sweep.sh OUTDIR [MINUTES per recipe, default 7.3]
# Needs training/data/{train,dev-msra,dev-pfr}.jsonl (npm run data:prepare) and a CUDA torch.
set -uo pipefail
cd "$(dirname "$0")/.."
OUTDIR="$1"; MIN="${2:-7.3}"; DEV="${DEVICE:-cuda}"
PY="${PYTHON:-python3}"
mkdir -p "$OUTDIR" training/sweep
common=(--data "${DATA:-training/data}" --device "$DEV" --threads 2 --batch-tokens 16384 --max-batch 512
        --epochs 200 --eval-every 4 --warmup 300 --lr 1.5e-3 --mask-src "pfr:LOC,ORG")
mlm() { awk -v m="$MIN" -v f="$1" 'BEGIN { printf "%.2f", m * f }'; }
declare -A RECIPES=(
  [v1-4x256]="--layers 4 --hidden 256 --heads 4 --ff 1024 --budget-min $MIN"
  [v2-4x256-mlm]="--layers 4 --hidden 256 --heads 4 --ff 1024 --mlm-min $(mlm 0.4) --budget-min $(mlm 0.6)"
  [v3-4x256-mlm-d2]="--layers 4 --hidden 256 --heads 4 --ff 1024 --dropout 0.2 --mlm-min $(mlm 0.4) --budget-min $(mlm 0.6)"
  [v4-3x320-mlm]="--layers 3 --hidden 320 --heads 4 --ff 1280 --mlm-min $(mlm 0.4) --budget-min $(mlm 0.6)"
  [v5-4x256-mlm-pfrper]="--layers 4 --hidden 256 --heads 4 --ff 1024 --mlm-min $(mlm 0.4) --budget-min $(mlm 0.6) --mask-src pfr:LOC,ORG,PERSON"
  [v6-4x256-mlm50-lr8]="--layers 4 --hidden 256 --heads 4 --ff 1024 --mlm-min $(mlm 0.5) --budget-min $(mlm 0.5) --lr 8e-4"
)
for name in "${!RECIPES[@]}"; do
  rm -rf "training/sweep/$name"
  # shellcheck disable=SC2086
  timeout "$(awk -v m="$MIN" 'BEGIN { printf "%d", m * 60 + 75 }')" \
    "$PY" training/train.py "${common[@]}" --out "training/sweep/$name" ${RECIPES[$name]} \
    >"training/sweep/$name.log" 2>&1 &
done
wait
for name in "${!RECIPES[@]}"; do
  d="training/sweep/$name"
  ck="$d/final.pt"; [ -f "$ck" ] || ck="$d/ckpt-last.pt"
  [ -f "$ck" ] && "$PY" training/slim.py "$ck" "$OUTDIR/$name.pt"
  echo "== $name ($ck)"; grep -E "mlm finished|eval msra|training finished|Error|error" "$d.log" | tail -6
done
tar czf "$OUTDIR/logs.tar.gz" training/sweep/*.log
