"""Score a checkpoint on the dev sets with the torch model (quick; the shipped figures come from
`npm run eval:ner`, which runs the exported ONNX model through transformers.js). Several
comma-separated checkpoints are scored as one ensemble (their averaged probabilities).

  python3 training/evaluate.py --ckpt training/out/stage2/final.pt [--data training/data]
  python3 training/evaluate.py --ckpt a.pt,b.pt,c.pt
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load_jsonl  # noqa: E402
from model import Encoder, load_model  # noqa: E402
from train import evaluate  # noqa: E402


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--ckpt", required=True, help="a checkpoint, or several comma-separated (an ensemble)")
    a.add_argument("--data", default="training/data")
    args = a.parse_args()
    torch.set_num_threads(1)
    model = load_model(args.ckpt)
    # An ensemble's members map the ids themselves.
    ids_rows = model.id_map.numpy().copy() if isinstance(model, Encoder) else None
    evaluate(model, load_jsonl(os.path.join(args.data, "dev-msra.jsonl")), ids_rows, "msra-dev")
    evaluate(model, load_jsonl(os.path.join(args.data, "dev-pfr.jsonl"), limit=1500), ids_rows, "pfr-dev(1500)")


if __name__ == "__main__":
    main()
