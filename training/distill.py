"""Knowledge distillation: a larger teacher's label distributions as extra training targets.

The teacher (a checkpoint too slow to ship, e.g. one trained on a GPU) labels every training
record once; its per-token log-probabilities are cached (fp16) so that each student step costs
no teacher forward pass. The student then learns from alpha x KL(teacher || student) plus
(1 - alpha) x the partial-label loss on the gold labels. The teacher's distributions also cover
the types a source leaves untagged (dates in MSRA), which the gold loss can only mask.
"""
import os

import numpy as np
import torch
import torch.nn.functional as F

from common import autocast, tensors, to_device
from model import load_model


@torch.no_grad()
def teacher_logp(ckpt_paths, train, device, cache_path, log):
    """Per record, the teacher's log-probabilities [len(ids), labels] as fp16 arrays (cached).

    Several checkpoints (comma-separated) form an ensemble whose probabilities are averaged;
    on MSRA dev such an ensemble beat each of its members (the model card has the figures)."""
    key = "|".join(os.path.abspath(p) for p in ckpt_paths.split(",") if p)
    if os.path.exists(cache_path):
        data = np.load(cache_path)
        flat, offsets = data["flat"], data["offsets"]
        if len(offsets) == len(train) + 1 and "teachers" in data.files and str(data["teachers"]) == key:
            log(f"teacher targets from {cache_path}")
            return [flat[offsets[i]:offsets[i + 1]] for i in range(len(train))]
    teacher = load_model(ckpt_paths).to(device).eval()
    threads = torch.get_num_threads()
    # Inference alone uses every core (training is fastest at 1 torch thread; see train.py).
    torch.set_num_threads(os.cpu_count() or 1)
    out = [None] * len(train)
    order = sorted(range(len(train)), key=lambda i: len(train[i]["ids"]))
    for s in range(0, len(order), 64):
        idx = order[s:s + 64]
        x = to_device(tensors([train[i] for i in idx], None), device)
        with autocast(device):
            logits = teacher(x["input_ids"], x["attention_mask"], x["token_type_ids"])
        logp = torch.log_softmax(logits.float(), -1).cpu().numpy().astype(np.float16)
        for j, i in enumerate(idx):
            out[i] = logp[j, :len(train[i]["ids"])]
        if (s // 64) % 200 == 0:
            log(f"teacher: {s + len(idx)}/{len(train)} records")
    torch.set_num_threads(threads)
    offsets = np.cumsum([0] + [len(a) for a in out])
    np.savez(cache_path, flat=np.concatenate(out), offsets=offsets, teachers=np.array(key))
    return out


def batch_targets(recs_logp, t):
    """Stack the cached distributions of a batch into [b, t, labels], zero past each record."""
    b, n_labels = len(recs_logp), recs_logp[0].shape[1]
    arr = np.zeros((b, t, n_labels), dtype=np.float32)
    for i, a in enumerate(recs_logp):
        arr[i, :len(a)] = a
    return torch.from_numpy(arr)


def kl_loss(logits, teacher_logp, labels):
    """Mean over the labelled tokens of KL(teacher || student)."""
    valid = (labels >= 0).float()
    student = F.log_softmax(logits, -1)
    kl = (teacher_logp.exp() * (teacher_logp - student)).sum(-1)
    return (kl * valid).sum() / valid.sum().clamp(min=1)
