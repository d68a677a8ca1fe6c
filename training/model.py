"""A small BERT-shaped character encoder for token classification, in plain torch.

Inputs as BERT: input_ids (full BERT vocabulary ids), attention_mask, token_type_ids (here the
jieba lexical features). The input ids are first mapped onto a smaller embedding table (the
characters seen in training; others share the [UNK] row) by a lookup that is part of the graph,
so the exported ONNX model takes standard BERT vocabulary ids.
"""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class Layer(nn.Module):
    def __init__(self, h, heads, ff, drop):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(h)
        self.qkv = nn.Linear(h, 3 * h)
        self.out = nn.Linear(h, h)
        self.ln2 = nn.LayerNorm(h)
        self.ff1 = nn.Linear(h, ff)
        self.ff2 = nn.Linear(ff, h)
        self.drop = nn.Dropout(drop)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads
        y = self.ln1(x)
        qkv = self.qkv(y).view(b, t, 3, self.heads, d).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        att = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(d)) + bias
        att = self.drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, h)
        x = x + self.drop(self.out(y))
        y = self.ff2(self.drop(F.gelu(self.ff1(self.ln2(x)))))
        return x + self.drop(y)


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = dict(cfg)
        h = cfg["hidden"]
        self.register_buffer("id_map", torch.zeros(cfg["vocab_size"], dtype=torch.long))
        self.word = nn.Embedding(cfg["rows"], h)
        self.pos = nn.Embedding(cfg["max_positions"], h)
        self.ttype = nn.Embedding(cfg["type_vocab_size"], h)
        self.ln = nn.LayerNorm(h)
        self.drop = nn.Dropout(cfg["dropout"])
        self.layers = nn.ModuleList(
            [Layer(h, cfg["heads"], cfg["ff"], cfg["dropout"]) for _ in range(cfg["layers"])])
        self.ln_f = nn.LayerNorm(h)
        self.cls = nn.Linear(h, cfg["num_labels"])
        self.bigram_buckets = cfg.get("bigram_buckets", 0)
        if self.bigram_buckets:
            self.bigram = nn.Embedding(self.bigram_buckets, cfg["bigram_dim"])
            self.bigram_proj = nn.Linear(2 * cfg["bigram_dim"], h, bias=False)
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)
            if isinstance(m, nn.Linear) and m.bias is not None:
                nn.init.zeros_(m.bias)
        if self.bigram_buckets:
            # Zero: a model warm-started from a checkpoint without bigrams starts out identical to it.
            nn.init.zeros_(self.bigram_proj.weight)

    def forward(self, input_ids, attention_mask, token_type_ids, rows=None):
        return self.cls(self.hidden(input_ids, attention_mask, token_type_ids, rows))

    def hidden(self, input_ids, attention_mask, token_type_ids, rows=None):
        """The final hidden states, before the classifier (the masked-character head reads them)."""
        if rows is None:
            rows = self.id_map[input_ids]
        t = input_ids.shape[1]
        pos = torch.arange(t, dtype=torch.long, device=input_ids.device).unsqueeze(0)
        x = self.word(rows) + self.pos(pos) + self.ttype(token_type_ids)
        if self.bigram_buckets:
            x = x + self.bigram_proj(self.bigrams(rows))
        x = self.drop(self.ln(x))
        bias = (1.0 - attention_mask.to(x.dtype)).unsqueeze(1).unsqueeze(2) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.ln_f(x)

    def bigrams(self, rows):
        """Hashed character-bigram embeddings, left (previous, this) and right (this, next),
        computed from the rows inside the graph, so the model needs no extra input. A pair id
        prev * rows + this, taken modulo the (prime) number of buckets, picks the row."""
        pad = torch.zeros_like(rows[:, :1])
        prev = torch.cat([pad, rows[:, :-1]], 1)
        nxt = torch.cat([rows[:, 1:], pad], 1)
        n, k = self.cfg["rows"], self.bigram_buckets
        left = self.bigram(torch.remainder(prev * n + rows, k))
        right = self.bigram(torch.remainder(rows * n + nxt, k))
        return torch.cat([left, right], -1)


class Ensemble(nn.Module):
    """Several encoders as one: the log of their averaged label probabilities (a distillation
    teacher, or scored as one with evaluate.py). Each member maps the input ids with its own
    id_map, so `rows` is ignored."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, input_ids, attention_mask, token_type_ids, rows=None):
        probs = torch.stack([torch.softmax(m(input_ids, attention_mask, token_type_ids).float(), -1)
                             for m in self.members]).mean(0)
        return torch.log(probs + 1e-8)


def load_encoder(path):
    """An Encoder from a checkpoint (full, or slimmed to fp16 weights by slim.py: load_state_dict
    casts them back to fp32)."""
    ck = torch.load(path, map_location="cpu", weights_only=False)
    model = Encoder(ck["cfg"])
    model.load_state_dict(ck["model"])
    return model


def load_model(paths):
    """One checkpoint, or several comma-separated ones as an Ensemble."""
    members = [load_encoder(p) for p in paths.split(",") if p]
    return members[0] if len(members) == 1 else Ensemble(members)
