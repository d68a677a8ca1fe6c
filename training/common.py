"""Shared helpers: labels, data loading, BIO-constrained decoding, span scoring."""
import contextlib
import json
import os

import numpy as np
import torch

# Label ids and lexical features come from the package's contract, the file the TypeScript side
# reads too: the shipped models' id2label are these ids.
CONTRACT_PATH = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                              "..", "src", "extract", "ner", "contract.json"))
with open(CONTRACT_PATH, encoding="utf-8") as _f:
    CONTRACT = json.load(_f)
TYPES = list(CONTRACT["types"])
LABELS = list(CONTRACT["labels"])
NUM_LABELS = len(LABELS)
NAME_TYPES = tuple(CONTRACT["nameTypes"])
# What export.py writes into config.json as zhnews.lexical_features (the runtime checks kind and version).
LEXICAL = {k: CONTRACT["lexicalFeatures"][k] for k in ("kind", "version", "posGroups", "typeVocabSize")}
TYPE_VOCAB_SIZE = LEXICAL["typeVocabSize"]
# label_type and is_inside read a label's type from its id by this layout.
if LABELS != ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]:
    raise SystemExit(f"{CONTRACT_PATH}: labels are not O, then B-/I- per type in order")
PAD, UNK, CLS, SEP, MASK = 0, 100, 101, 102, 103  # BERT Chinese vocabulary ids


def label_type(i):
    return None if i == 0 else TYPES[(i - 1) // 2]


def is_inside(i):
    return i > 0 and (i - 1) % 2 == 1


def transition_mask():
    """allowed[prev, cur]: no I-X after O or after another type; start row = index NUM_LABELS."""
    allowed = np.ones((NUM_LABELS + 1, NUM_LABELS), dtype=bool)
    for prev in range(NUM_LABELS + 1):
        for cur in range(NUM_LABELS):
            if is_inside(cur):
                ok = prev < NUM_LABELS and prev != 0 and label_type(prev) == label_type(cur)
                allowed[prev, cur] = ok
    return allowed


ALLOWED = transition_mask()


def viterbi(logp):
    """logp: [T, L] log-probabilities; returns the best BIO-valid label path."""
    t_len = logp.shape[0]
    if t_len == 0:
        return []
    neg = -1e9
    trans = np.where(ALLOWED[:NUM_LABELS], 0.0, neg)
    score = logp[0] + np.where(ALLOWED[NUM_LABELS], 0.0, neg)
    back = np.zeros((t_len, NUM_LABELS), dtype=np.int64)
    for t in range(1, t_len):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    path = [int(score.argmax())]
    for t in range(t_len - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def spans(labels):
    """(start, end, type) over token indices from a BIO sequence (I- without B- opens a span)."""
    out, cur = [], None
    for i, l in enumerate(list(labels) + [0]):
        typ = label_type(l) if l >= 0 else None
        if cur and (l <= 0 or not is_inside(l) or typ != cur[2]):
            out.append((cur[0], i, cur[2]))
            cur = None
        if l > 0 and cur is None:
            cur = [i, None, typ]
    return out


def load_jsonl(path, limit=None):
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                recs.append(json.loads(line))
                if limit and len(recs) >= limit:
                    break
    return recs


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def autocast(device):
    """bf16 autocast on a GPU; plain fp32 on the CPU."""
    if device.startswith("cuda"):
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def tensors(recs, ids_rows, oallow=None, word_dropout=0.0, rng=None):
    """A padded batch: model inputs, embedding rows (some dropped to [UNK]), labels (-1 = none).
    Without ids_rows, no embedding rows (and no word dropout)."""
    b = len(recs)
    t = max(len(r["ids"]) for r in recs)
    ids = np.zeros((b, t), dtype=np.int64)
    typ = np.zeros((b, t), dtype=np.int64)
    lab = np.full((b, t), -1, dtype=np.int64)
    for i, r in enumerate(recs):
        n = len(r["ids"])
        ids[i, :n] = r["ids"]
        typ[i, :n] = r["types"]
        lab[i, :n] = r["labels"]
    am = (np.arange(t)[None, :] < np.array([len(r["ids"]) for r in recs])[:, None]).astype(np.int64)
    if ids_rows is None:  # the model maps the ids itself (an Ensemble: one map per member)
        return dict(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(am),
                    token_type_ids=torch.from_numpy(typ), labels=torch.from_numpy(lab))
    rows = ids_rows[ids]
    if word_dropout > 0:
        drop = (rng.random((b, t)) < word_dropout) & (lab >= 0)
        rows[drop] = ids_rows[UNK]
    out = dict(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(am),
               token_type_ids=torch.from_numpy(typ), rows=torch.from_numpy(rows), labels=torch.from_numpy(lab))
    if oallow is not None:
        out["oallow"] = torch.from_numpy(np.stack(oallow))
    return out


def to_device(x, device):
    return {k: v.to(device, non_blocking=True) for k, v in x.items()}
