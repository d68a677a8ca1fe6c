"""Masked-character pre-training of the encoder on the training texts (their labels unused).

The NER data are small for a transformer trained from scratch; pre-training the same weights to
restore masked characters first gives the encoder context knowledge the tagging loss alone does
not. The prediction head (a transform and the tied character embedding) is thrown away after.
Like the NER schedule, its learning rate and its stop follow the step count alone (mlm_steps).
"""
import random

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from common import CLS, MASK, PAD, SEP, UNK, autocast, tensors, to_device


class MlmHead(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        h = encoder.cfg["hidden"]
        self.dense = nn.Linear(h, h)
        self.ln = nn.LayerNorm(h)
        self.bias = nn.Parameter(torch.zeros(encoder.cfg["rows"]))
        self.encoder = encoder

    def forward(self, hidden):
        y = self.ln(F.gelu(self.dense(hidden)))
        return y @ self.encoder.word.weight.t() + self.bias


def mask_batch(recs, ids_rows, rng, n_rows, special_rows):
    """BERT's recipe over rows: 15 % of characters chosen; of those 80 % [MASK], 10 % random, 10 % kept."""
    x = tensors(recs, ids_rows)
    rows = x["rows"].numpy()
    shape = rows.shape
    maskable = (x["attention_mask"].numpy() == 1) & ~np.isin(rows, special_rows)
    chosen = maskable & (rng.random(shape) < 0.15)
    target = np.where(chosen, rows, -100)
    r = rng.random(shape)
    rows[chosen & (r < 0.8)] = ids_rows[MASK]
    rand = chosen & (r >= 0.8) & (r < 0.9)
    rows[rand] = rng.integers(5, n_rows, size=int(rand.sum()))
    del x["labels"]
    x["target"] = torch.from_numpy(target)
    return x


def pretrain_mlm(encoder, train, args, log):
    device = args.device
    head = MlmHead(encoder).to(device)
    params = list(encoder.parameters()) + [p for n, p in head.named_parameters() if not n.startswith("encoder.")]
    opt = torch.optim.AdamW(params, lr=args.mlm_lr, betas=(0.9, 0.98), eps=1e-6, weight_decay=0.01)
    ids_rows = encoder.id_map.cpu().numpy()
    special_rows = ids_rows[[PAD, UNK, CLS, SEP, MASK]]
    rng = np.random.default_rng(args.seed)
    order = list(range(len(train)))
    max_steps = args.mlm_steps
    step, epoch, loss_sum, loss_n = 0, 0, 0.0, 0
    encoder.train()
    while True:
        random.Random(args.seed + epoch).shuffle(order)
        per = max(1, args.batch_tokens // 64)
        for s in range(0, len(order), per):
            progress = step / max_steps
            if progress >= 1.0:
                log(f"mlm finished: {step} steps, {epoch} full passes")
                return
            lr = args.mlm_lr * min(1.0, (step + 1) / args.warmup) * (1.0 - progress)
            for g in opt.param_groups:
                g["lr"] = lr
            x = mask_batch([train[i] for i in order[s:s + per]], ids_rows, rng, encoder.cfg["rows"], special_rows)
            x = to_device(x, device)
            with autocast(device):
                logits = head(encoder.hidden(x["input_ids"], x["attention_mask"], x["token_type_ids"], x["rows"]))
            loss = F.cross_entropy(logits.float().view(-1, logits.shape[-1]), x["target"].view(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            step += 1
            loss_sum += loss.detach()
            loss_n += 1
            if step % 200 == 0:
                log(f"mlm step {step} pass {epoch} loss {float(loss_sum) / loss_n:.3f} lr {lr:.2e} progress {progress:.3f}")
                loss_sum, loss_n = 0.0, 0
        epoch += 1
