"""Export a checkpoint to a transformers.js model folder with a hand-quantized ONNX model.

  python3 training/export.py --ckpt training/out/final.pt --model models/zh-news-ner \
      --vocab ../shared/data/bert_vocab/vocab.txt [--fp32]

Writes onnx/model_quantized.onnx (MatMul -> DynamicQuantizeLinear + MatMulInteger, the word
embedding and any bigram table as int8 Gather + DequantizeLinear), config.json, tokenizer.json, tokenizer_config.json,
special_tokens_map.json. The fp32 graph goes to training/out/model.onnx (and into the model folder
only with --fp32).
"""
import argparse
import inspect
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LABELS, LEXICAL  # noqa: E402
from model import Encoder  # noqa: E402


# Names export.py gives the quantized initializers and nodes (from_onnx.py reads them back).
Q, SCALE, ROWSCALE, MMI = "_q", "_scale", "_rowscale", "_mmi"


class Wrapped(torch.nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.m(input_ids, attention_mask, token_type_ids)


def legacy_exporter():
    """torch >= 2.9 defaults to the dynamo exporter; the quantizer below expects the TorchScript graph."""
    return {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}


def export_fp32(model, path):
    ids = torch.tensor([[101, 2769, 4263, 1266, 776, 102], [101, 2769, 102, 0, 0, 0]], dtype=torch.long)
    am = (ids != 0).long()
    tt = torch.ones_like(ids)
    torch.onnx.export(Wrapped(model), (ids, am, tt), path, opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"},
                                    "token_type_ids": {0: "batch", 1: "sequence"},
                                    "logits": {0: "batch", 1: "sequence"}},
                      do_constant_folding=True, **legacy_exporter())
    onnx.checker.check_model(onnx.load(path))


def quantize(src, dst, emb_names):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes = []
    drop = set()
    added = []
    for node in g.node:
        if node.op_type == "MatMul" and node.input[1] in inits and len(numpy_helper.to_array(inits[node.input[1]]).shape) == 2:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            # per-tensor symmetric int8 weights (zero point 0)
            scale = max(float(np.abs(w).max()) / 127.0, 1e-12)
            wq = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            base = node.input[1]
            added += [numpy_helper.from_array(wq, base + Q),
                      numpy_helper.from_array(np.array(scale, dtype=np.float32), base + SCALE),
                      numpy_helper.from_array(np.array(0, dtype=np.int8), base + "_zp")]
            drop.add(base)
            x = node.input[0]
            o = node.output[0]
            new_nodes += [
                helper.make_node("DynamicQuantizeLinear", [x], [o + "_xq", o + "_xs", o + "_xz"], name=o + "_dql"),
                helper.make_node("MatMulInteger", [o + "_xq", base + Q, o + "_xz", base + "_zp"], [o + "_int"], name=o + MMI),
                helper.make_node("Cast", [o + "_int"], [o + "_f"], to=TensorProto.FLOAT, name=o + "_cast"),
                helper.make_node("Mul", [o + "_xs", base + SCALE], [o + "_s"], name=o + "_smul"),
                helper.make_node("Mul", [o + "_f", o + "_s"], [o], name=o + "_mul"),
            ]
        elif node.op_type == "Gather" and node.input[0] in emb_names and node.input[0] in inits:
            emb_name = node.input[0]
            if emb_name not in drop:  # a table read by several Gathers (the bigrams) is quantized once
                w = numpy_helper.to_array(inits[emb_name]).astype(np.float32)
                scale = np.maximum(np.abs(w).max(axis=1) / 127.0, 1e-12).astype(np.float32)  # per row
                wq = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
                added += [numpy_helper.from_array(wq, emb_name + Q),
                          numpy_helper.from_array(scale, emb_name + ROWSCALE)]
                drop.add(emb_name)
            o = node.output[0]
            new_nodes += [
                helper.make_node("Gather", [emb_name + Q, node.input[1]], [o + "_gq"], axis=0, name=o + "_gather_q"),
                helper.make_node("Gather", [emb_name + ROWSCALE, node.input[1]], [o + "_gs"], axis=0, name=o + "_gather_s"),
                helper.make_node("Unsqueeze", [o + "_gs", o + "_axes"], [o + "_gsu"], name=o + "_unsq"),
                helper.make_node("DequantizeLinear", [o + "_gq"], [o + "_deq"], name=o + "_deq"),
                helper.make_node("Mul", [o + "_deq", o + "_gsu"], [o], name=o + "_rowmul"),
            ]
            added.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), o + "_axes"))
        else:
            new_nodes.append(node)
    # DequantizeLinear needs a scale: 1.0 (the per-row scale is applied after)
    for node in new_nodes:
        if node.op_type == "DequantizeLinear" and len(node.input) == 1:
            node.input.append("one_scale")
    if any(n.op_type == "DequantizeLinear" for n in new_nodes):
        added.append(numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one_scale"))
    keep = [i for i in g.initializer if i.name not in drop]
    del g.initializer[:]
    g.initializer.extend(keep + added)
    del g.node[:]
    g.node.extend(new_nodes)
    onnx.checker.check_model(m)
    onnx.save(m, dst)


def tokenizer_files(vocab_path, out, max_len):
    vocab = [l.rstrip("\n") for l in open(vocab_path, encoding="utf-8")]
    while vocab and vocab[-1] == "":
        vocab.pop()
    v = {}
    for i, t in enumerate(vocab):
        v.setdefault(t, i)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": v[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for s in specials],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
                           "special_tokens": {s: {"id": s, "ids": [v[s]], "tokens": [s]} for s in ("[CLS]", "[SEP]")}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": v},
    }
    with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump({"tokenizer_class": "BertTokenizer", "do_lower_case": True, "tokenize_chinese_chars": True,
                   "model_max_length": max_len, "unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]",
                   "cls_token": "[CLS]", "mask_token": "[MASK]", "clean_up_tokenization_spaces": True}, f, indent=2)
    with open(os.path.join(out, "special_tokens_map.json"), "w", encoding="utf-8") as f:
        json.dump({"unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]", "cls_token": "[CLS]",
                   "mask_token": "[MASK]"}, f, indent=2)
    return len(vocab)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--ckpt", default="training/out/final.pt")
    a.add_argument("--model", default="models/zh-news-ner")
    a.add_argument("--vocab", default="../shared/data/bert_vocab/vocab.txt")
    a.add_argument("--work", default="training/out")
    a.add_argument("--fp32", action="store_true", help="also put the fp32 model.onnx into the model folder")
    args = a.parse_args()
    torch.set_num_threads(1)
    ck = torch.load(args.ckpt, map_location="cpu", weights_only=False)
    cfg = ck["cfg"]
    model = Encoder(cfg)
    model.load_state_dict(ck["model"])
    model.eval()
    os.makedirs(os.path.join(args.model, "onnx"), exist_ok=True)
    os.makedirs(args.work, exist_ok=True)
    fp32 = os.path.join(args.work, "model.onnx")
    export_fp32(model, fp32)
    # the word (and bigram) embedding initializers, found by shape
    g = onnx.load(fp32).graph
    shapes = [[cfg["rows"], cfg["hidden"]]]
    if cfg.get("bigram_buckets"):
        shapes.append([cfg["bigram_buckets"], cfg["bigram_dim"]])
    emb = [i.name for i in g.initializer if list(i.dims) in shapes]
    quantize(fp32, os.path.join(args.model, "onnx", "model_quantized.onnx"), set(emb))
    if args.fp32:
        import shutil
        shutil.copy(fp32, os.path.join(args.model, "onnx", "model.onnx"))
    vocab_size = tokenizer_files(args.vocab, args.model, 512)
    config = {
        "architectures": ["BertForTokenClassification"], "model_type": "bert",
        "vocab_size": vocab_size, "hidden_size": cfg["hidden"], "num_hidden_layers": cfg["layers"],
        "num_attention_heads": cfg["heads"], "intermediate_size": cfg["ff"], "hidden_act": "gelu",
        "max_position_embeddings": cfg["max_positions"], "type_vocab_size": cfg["type_vocab_size"],
        "layer_norm_eps": 1e-5, "pad_token_id": 0,
        "id2label": {str(i): l for i, l in enumerate(LABELS)},
        "label2id": {l: i for i, l in enumerate(LABELS)},
        "zhnews": {"lexical_features": LEXICAL, "max_tokens": cfg["max_positions"] - 2,
                   "decoding": "bio-constrained-viterbi", "pre_layer_norm": True,
                   "embedding_rows": cfg["rows"], "checkpoint_epoch": ck.get("epoch"), "checkpoint_step": ck.get("step")},
    }
    if cfg.get("bigram_buckets"):
        config["zhnews"]["bigram_buckets"] = cfg["bigram_buckets"]
    with open(os.path.join(args.model, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    print("exported", args.model, "from", args.ckpt, "epoch", ck.get("epoch"), "step", ck.get("step"))


if __name__ == "__main__":
    main()
