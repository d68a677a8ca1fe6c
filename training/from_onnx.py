"""Rebuild a torch checkpoint from a shipped model folder (its hand-quantized ONNX graph).

  python3 training/from_onnx.py --model models/zh-news-ner --out training/out/shipped.pt

Checkpoints live in training/out/, which git ignores, so a fresh clone has only the ONNX files
that ship. This turns them back into weights that train.py (--init, --teacher), evaluate.py and
export.py read, so a later stage can start from the shipped model instead of re-running the
10-hour recipe. The int8 weights are dequantized (scale x int8); quantization costs nothing
measurable on the dev sets (0.8196 fp32 against 0.8192 int8, stage 4), so neither does this.
The epoch and step recorded by export.py in config.json come back too.
"""
import argparse
import json
import os
import re
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LABELS  # noqa: E402
from model import Encoder  # noqa: E402
from export import MMI, Q, ROWSCALE, SCALE  # noqa: E402

# The MatMul nodes that export.py quantized are named after the torch module they came from.
MATMUL_NODE = re.compile(r"^/m/(?P<module>[\w./]+)/MatMul_output_0" + re.escape(MMI) + "$")


def dequantized_weights(graph):
    """state-dict entries from the quantized graph: float initializers as they are, int8 MatMul
    weights (stored input x output, as ONNX multiplies) transposed back to torch's Linear layout,
    the int8 word embedding times its per-row scale."""
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state = {}
    for name, arr in inits.items():
        if name.startswith("m.") and not name.endswith(ROWSCALE) and (arr.dtype == np.float32 or name == "m.id_map"):
            state[name[2:]] = torch.from_numpy(arr.copy())
    for name in inits:
        base = name[: -len(Q)]
        if name.endswith(".weight" + Q) and base + ROWSCALE in inits:
            w = inits[name].astype(np.float32) * inits[base + ROWSCALE][:, None]
            state[base[2:]] = torch.from_numpy(w)
    for node in graph.node:
        hit = MATMUL_NODE.match(node.name)
        if node.op_type != "MatMulInteger" or not hit:
            continue
        base = node.input[1][: -len(Q)]
        w = inits[base + Q].astype(np.float32) * float(inits[base + SCALE])
        state[hit["module"].replace("/", ".") + ".weight"] = torch.from_numpy(np.ascontiguousarray(w.T))
    return state


def config_of(model_dir, state):
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        c = json.load(f)
    z = c.get("zhnews", {})
    if not z.get("pre_layer_norm"):
        raise SystemExit(f"from_onnx: {model_dir} was not exported by training/export.py (no zhnews.pre_layer_norm)")
    cfg = dict(vocab_size=c["vocab_size"], rows=state["word.weight"].shape[0], hidden=c["hidden_size"],
               heads=c["num_attention_heads"], ff=c["intermediate_size"], layers=c["num_hidden_layers"],
               max_positions=c["max_position_embeddings"], type_vocab_size=c["type_vocab_size"],
               num_labels=len(c["id2label"]), dropout=0.1, labels=LABELS)
    if z.get("bigram_buckets"):
        cfg.update(bigram_buckets=z["bigram_buckets"], bigram_dim=state["bigram.weight"].shape[1])
    return cfg, z


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--model", default="models/zh-news-ner", help="a model folder written by export.py")
    a.add_argument("--out", required=True, help="the checkpoint to write")
    args = a.parse_args()
    path = os.path.join(args.model, "onnx", "model_quantized.onnx")
    if not os.path.exists(path):
        raise SystemExit(f"from_onnx: no {path}")
    state = dequantized_weights(onnx.load(path).graph)
    cfg, z = config_of(args.model, state)
    model = Encoder(cfg)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise SystemExit(f"from_onnx: weights do not fit the encoder: missing {missing}, unexpected {unexpected}")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    torch.save(dict(model=model.state_dict(), cfg=cfg, epoch=z.get("checkpoint_epoch"), step=z.get("checkpoint_step"),
                    source=path), args.out)
    print(f"from_onnx: {path} -> {args.out} ({cfg['layers']}x{cfg['hidden']}, {cfg['rows']} rows)")


if __name__ == "__main__":
    main()
