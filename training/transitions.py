"""Learned label-transition scores for decoding, written into a model folder's config.json.

  python3 training/transitions.py --model models/zh-news-ner [--data training/data] [--weight 0.4]

The model scores each token on its own; the BIO-constrained Viterbi then only forbids invalid
moves. Adding weight x log P(label | previous label), counted on MSRA's training sentences, makes
the decoder a CRF-like one: starting an entity needs more evidence, and entities hold together.
Only persons, places and organisations get scores (MSRA annotates nothing else); every other
allowed move scores 0. The runtime (src/extract/ner/bio.ts) reads `zhnews.transitions.scores`.

The weight was chosen by two-fold cross-validation on MSRA dev (training/README.md has figures).
"""
import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LABELS, NAME_TYPES, NUM_LABELS, label_type, load_jsonl  # noqa: E402

SCORED_TYPES = NAME_TYPES
SOURCE = "msra"


def transition_scores(train, weight):
    keep = np.array([i == 0 or label_type(i) in SCORED_TYPES for i in range(NUM_LABELS)])
    counts = np.ones((NUM_LABELS, NUM_LABELS))  # add-one smoothing
    for r in train:
        if r["src"] != SOURCE:
            continue
        labels = r["labels"][1:-1]  # without [CLS] and [SEP]
        for a, b in zip(labels, labels[1:]):
            if a >= 0 and b >= 0:
                counts[a, b] += 1
    counts = np.where(keep[None, :], counts, 0.0)
    logp = np.log(counts / counts.sum(1, keepdims=True), where=counts > 0, out=np.zeros_like(counts))
    scores = np.where(keep[:, None] & keep[None, :], weight * logp, 0.0)
    return [[round(float(v), 4) for v in row] for row in scores]


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--model", default="models/zh-news-ner")
    a.add_argument("--data", default="training/data")
    a.add_argument("--weight", type=float, default=0.4)
    args = a.parse_args()
    train = load_jsonl(os.path.join(args.data, "train.jsonl"))
    path = os.path.join(args.model, "config.json")
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    if [config["id2label"][str(i)] for i in range(len(config["id2label"]))] != LABELS:
        raise SystemExit(f"{path}: labels differ from training/common.py")
    config.setdefault("zhnews", {})["transitions"] = {
        "source": f"{SOURCE} training sentences", "types": list(SCORED_TYPES), "weight": args.weight,
        "scores": transition_scores(train, args.weight)}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    print("transition scores written to", path)


if __name__ == "__main__":
    main()
