"""Train the NER encoder on training/data/train.jsonl (from `npm run data:prepare`).

A stage's hyperparameters come from one JSON file (`--config training/configs/<stage>.json`);
flags given on the command line override it, and the resolved settings are written to
<out>/train-config.json. Runs on the CPU by default (torch at 1 thread, OpenBLAS at 2, as measured
on the 2-core machine) or on a GPU with device "cuda" (bf16 autocast, larger batches). With
mlm_steps N it first pre-trains the encoder as a masked-character model on the training texts
(labels unused; not resumable: a run stopped during pre-training starts it over), then trains NER
from those weights with a fresh optimizer. With --teacher CKPT it distils from a larger model.

The schedule (warm-up, then linear decay to zero) and the stop depend on the step count alone
(`steps`, or `epochs` converted to steps over this data and batching), never on the clock, so
the weights do not depend on the machine's speed. Checkpoints every epoch and every save_min
minutes into --out (ckpt-last.pt, ckpt-epochN.pt) carry the random generators' states, so that
rerunning the same command resumes from ckpt-last.pt where an uninterrupted run would be.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (LABELS, NAME_TYPES, NUM_LABELS, TYPES, TYPE_VOCAB_SIZE, UNK, PAD, CLS, SEP, MASK,  # noqa: E402
                    autocast, load_jsonl, prf, spans, tensors, to_device, viterbi)
from check_env import torch_version_note  # noqa: E402
from model import Encoder  # noqa: E402
from mlm import pretrain_mlm  # noqa: E402
from distill import batch_targets, kl_loss, teacher_logp  # noqa: E402

def log(msg):
    print(time.strftime("%H:%M:%S"), msg, flush=True)


# Where things are: given by the recipe, never by a stage's config.
PATHS = {"config", "data", "out", "init", "teacher", "dry_run", "stop_after"}
# How a run is watched or how fast it goes, not what it learns: a resumed run may change them.
NOT_HYPERPARAMETERS = PATHS | {"save_min", "eval_every", "threads"}


def parser():
    a = argparse.ArgumentParser(description="Train one stage of the NER model (see training/README.md).")
    a.add_argument("--config", default="", help="the stage's hyperparameters, training/configs/<stage>.json")
    a.add_argument("--data", default="training/data")
    a.add_argument("--out", default="training/out")
    a.add_argument("--init", default="", help="start from this checkpoint's weights with a fresh optimizer and schedule")
    a.add_argument("--teacher", default="", help="distil from this checkpoint's label distributions (several, comma-separated: their average)")
    a.add_argument("--dry-run", action="store_true", help="resolve the config, count the steps, write nothing, stop")
    a.add_argument("--stop-after", type=int, default=0,
                   help="stop as if interrupted after N steps, with ckpt-last.pt saved (to check that resuming is exact)")
    a.add_argument("--steps", type=int, default=0, help="optimizer steps: the schedule and the stop")
    a.add_argument("--epochs", type=float, default=0.0,
                   help="or epochs over the training files, converted to round(epochs x steps per epoch)")
    a.add_argument("--layers", type=int, default=2)
    a.add_argument("--hidden", type=int, default=256)
    a.add_argument("--heads", type=int, default=4)
    a.add_argument("--ff", type=int, default=1024)
    a.add_argument("--dropout", type=float, default=0.1)
    a.add_argument("--lr", type=float, default=1.2e-3)
    a.add_argument("--warmup", type=int, default=400)
    a.add_argument("--batch-tokens", type=int, default=2048)
    a.add_argument("--max-batch", type=int, default=64)
    a.add_argument("--save-min", type=float, default=10.0, help="minutes between checkpoints (does not change the model)")
    a.add_argument("--word-dropout", type=float, default=0.01)
    a.add_argument("--extra-train", default="",
                   help="more training files in --data, comma-separated (e.g. train-aug.jsonl from npm run data:augment)")
    a.add_argument("--mask-src", default="", help="extra unannotated types per source, e.g. pfr:LOC,ORG;cluener:LOC")
    a.add_argument("--seed", type=int, default=13)
    a.add_argument("--type-vocab-size", type=int, default=TYPE_VOCAB_SIZE)
    a.add_argument("--max-positions", type=int, default=256)
    a.add_argument("--bigram-buckets", type=int, default=0,
                   help="hashed character-bigram embeddings with this many rows (a prime; 0: none)")
    a.add_argument("--bigram-dim", type=int, default=32)
    a.add_argument("--device", default="cpu", help="cpu or cuda")
    a.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    a.add_argument("--eval-every", type=int, default=1, help="evaluate on the dev sets every N epochs")
    a.add_argument("--mlm-steps", type=int, default=0, help="steps of masked-character pre-training first")
    a.add_argument("--mlm-lr", type=float, default=1e-3)
    a.add_argument("--distill-alpha", type=float, default=0.7, help="weight of the teacher loss")
    return a


def load_config(path, a):
    """The config's settings as argparse defaults; keys starting with '_' are notes."""
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    known = {act.dest for act in a._actions} - PATHS - {"help"}
    cfg = {}
    for k, v in raw.items():
        if k.startswith("_"):
            continue
        dest = k.replace("-", "_")
        if dest not in known:
            raise SystemExit(f"{path}: unknown setting '{k}' (known: {', '.join(sorted(known))})")
        cfg[dest] = v
    return cfg


def parse(argv=None):
    a = parser()
    args = a.parse_args(argv)
    if args.config:
        a.set_defaults(**load_config(args.config, a))
        args = a.parse_args(argv)  # flags on the command line still win
    if args.steps <= 0 and args.epochs <= 0:
        a.error("give the stage's length: steps (or epochs) in --config or as --steps N")
    return args


def hyperparameters(args):
    return {k: v for k, v in sorted(vars(args).items()) if k not in NOT_HYPERPARAMETERS}


def o_allowed(rec, extra):
    """Labels an O token may really have: O, plus B-/I- of every type the source leaves untagged."""
    ann = set(rec["ann"]) - extra.get(rec["src"], set())
    m = np.zeros(NUM_LABELS, dtype=bool)
    m[0] = True
    for k, t in enumerate(TYPES):
        if t not in ann:
            m[1 + 2 * k] = m[2 + 2 * k] = True
    return m


def make_batches(lengths, epoch, args):
    rng = random.Random(args.seed * 1000 + epoch)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    batches = []
    pool = 4096
    for p in range(0, len(idx), pool):
        chunk = sorted(idx[p:p + pool], key=lambda i: lengths[i])
        cur, tmax = [], 0
        for i in chunk:
            t = max(tmax, lengths[i])
            if cur and (t * (len(cur) + 1) > args.batch_tokens or len(cur) >= args.max_batch):
                batches.append(cur)
                cur, t = [], lengths[i]
            cur.append(i)
            tmax = t
        if cur:
            batches.append(cur)
    rng.shuffle(batches)
    return batches


def partial_loss(logits, labels, oallow):
    """Cross-entropy against the set of labels each token may have (masked types on O tokens)."""
    valid = labels >= 0
    gold = labels.clamp(min=0)
    onehot = torch.nn.functional.one_hot(gold, NUM_LABELS).bool()
    allowed = torch.where((gold == 0).unsqueeze(-1), oallow.unsqueeze(1).expand_as(onehot), onehot)
    logz = torch.logsumexp(logits, -1)
    loga = torch.logsumexp(logits.masked_fill(~allowed, -1e4), -1)
    return ((logz - loga) * valid).sum() / valid.sum().clamp(min=1)


@torch.no_grad()
def evaluate(model, recs, ids_rows, name):
    model.eval()
    device = next(model.parameters()).device.type
    stats = {t: [0, 0, 0] for t in TYPES}
    order = sorted(range(len(recs)), key=lambda i: len(recs[i]["ids"]))
    for s in range(0, len(order), 64):
        batch = [recs[i] for i in order[s:s + 64]]
        x = to_device(tensors(batch, ids_rows), device)
        with autocast(device):
            logits = model(x["input_ids"], x["attention_mask"], x["token_type_ids"], rows=x.get("rows"))
        logp = torch.log_softmax(logits.float(), -1).cpu().numpy()
        for i, r in enumerate(batch):
            n = len(r["ids"])
            pred = [0] + viterbi(logp[i, 1:n - 1]) + [0]
            ann = set(r["ann"])
            gold = set(g for g in spans([max(l, 0) for l in r["labels"]]))
            predicted = set(p for p in spans(pred) if p[2] in ann)
            for (a, b2, t) in predicted:
                stats[t][0 if (a, b2, t) in gold else 1] += 1
            for g in gold - predicted:
                stats[g[2]][2] += 1
    model.train()
    rows = []
    tot = [0, 0, 0]
    for t in TYPES:
        tp, fp, fn = stats[t]
        if tp + fp + fn == 0:
            continue
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        rows.append(f"{t}={prf(tp, fp, fn)[2]:.3f}")
    ppl = prf(*[sum(stats[t][k] for t in NAME_TYPES) for k in range(3)])[2]
    log(f"eval {name}: micro={prf(*tot)[2]:.3f} per/loc/org={ppl:.3f} " + " ".join(rows))
    return prf(*tot)[2]


def rng_state(rng):
    state = dict(numpy=rng.bit_generator.state, torch=torch.get_rng_state())
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(rng, state):
    rng.bit_generator.state = state["numpy"]
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def check_data(data_dir):
    """Data prepared with other labels than the contract's would teach the wrong ids."""
    path = os.path.join(data_dir, "meta.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            labels = json.load(f).get("labels")
        if labels is not None and labels != LABELS:
            raise SystemExit(f"{path} lists other labels than src/extract/ner/contract.json: rerun npm run data:prepare")


def write_config(path, resolved):
    """The resolved settings beside the checkpoints; a resumed run with other ones is warned about."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            before = json.load(f).get("hyperparameters", {})
        changed = sorted(k for k in set(before) | set(resolved["hyperparameters"])
                         if before.get(k) != resolved["hyperparameters"].get(k))
        if changed:
            log(f"WARNING: {path} was written with other settings ({', '.join(changed)}); "
                "this run resumes its checkpoint with the new ones")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(resolved, f, indent=2)
        f.write("\n")
    os.replace(path + ".tmp", path)


def main():
    args = parse()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    check_data(args.data)
    extra = {}
    for part in filter(None, args.mask_src.split(";")):
        src, types = part.split(":")
        extra[src] = set(types.split(","))
    log("loading data")
    parts = ["train.jsonl"] + [f for f in args.extra_train.split(",") if f]
    max_len = args.max_positions
    # Each file keeps its own teacher cache, so adding a file does not relabel the others.
    part_recs = [[r for r in load_jsonl(os.path.join(args.data, f)) if len(r["ids"]) <= max_len] for f in parts]
    train = [r for recs in part_recs for r in recs]
    lengths = [len(r["ids"]) for r in train]
    log(f"{len(train)} training records, {sum(lengths)} tokens")
    # The first epoch's batch count converts epochs to steps; the stop is that step, wherever
    # it falls in an epoch (later epochs' shuffles give slightly different counts).
    steps_per_epoch = len(make_batches(lengths, 0, args))
    total_steps = args.steps if args.steps > 0 else int(round(args.epochs * steps_per_epoch))
    resolved = dict(config=args.config, init=args.init, teacher=args.teacher, data=args.data,
                    hyperparameters=hyperparameters(args), records=len(train),
                    tokens=sum(lengths), steps_per_epoch=steps_per_epoch, total_steps=total_steps,
                    epochs=round(total_steps / steps_per_epoch, 3), torch=torch.__version__)
    log(f"{total_steps} steps ({resolved['epochs']} epochs of {steps_per_epoch} steps); {torch_version_note(args.device)}")
    if args.dry_run:
        print(json.dumps(resolved, indent=2))
        return
    os.makedirs(args.out, exist_ok=True)
    write_config(os.path.join(args.out, "train-config.json"), resolved)
    dev_msra = load_jsonl(os.path.join(args.data, "dev-msra.jsonl"))
    dev_pfr = load_jsonl(os.path.join(args.data, "dev-pfr.jsonl"), limit=1500)
    oallow = [o_allowed(r, extra) for r in train]

    last = os.path.join(args.out, "ckpt-last.pt")
    if os.path.exists(last):
        ck = torch.load(last, map_location="cpu", weights_only=False)
        cfg = ck["cfg"]
        log(f"resuming from {last}: epoch {ck['epoch']} batch {ck['batch']} step {ck['step']}")
    else:
        ck = None
        vocab_size = 21128
        counts = np.zeros(vocab_size, dtype=np.int64)
        for r in train:
            np.add.at(counts, r["ids"], 1)
        keep = [PAD, UNK, CLS, SEP, MASK] + [i for i in range(vocab_size) if counts[i] > 0 and i not in (PAD, UNK, CLS, SEP, MASK)]
        id_map = np.full(vocab_size, 1, dtype=np.int64)
        for row, i in enumerate(keep):
            id_map[i] = row
        cfg = dict(vocab_size=vocab_size, rows=len(keep), hidden=args.hidden, heads=args.heads, ff=args.ff,
                   layers=args.layers, max_positions=args.max_positions, type_vocab_size=args.type_vocab_size,
                   num_labels=NUM_LABELS, dropout=args.dropout, labels=LABELS, args=vars(args))
    if ck is None and args.init:
        init = torch.load(args.init, map_location="cpu", weights_only=False)
        cfg = dict(init["cfg"], args=vars(args))
        log(f"initialising from {args.init} (epoch {init['epoch']}, step {init['step']})")
    if ck is None and args.bigram_buckets and not cfg.get("bigram_buckets"):
        # Also onto a warm start from a model without bigrams: its other weights load unchanged.
        cfg.update(bigram_buckets=args.bigram_buckets, bigram_dim=args.bigram_dim)
    model = Encoder(cfg)
    if ck is None and args.init:
        missing, unexpected = model.load_state_dict(init["model"], strict=False)
        if unexpected or any(not k.startswith("bigram") for k in missing):
            raise SystemExit(f"{args.init} does not fit: missing {missing}, unexpected {unexpected}")
    elif ck is None:
        model.id_map.copy_(torch.from_numpy(id_map))
    model.to(args.device)
    if ck is None and not args.init and args.mlm_steps > 0:
        pretrain_mlm(model, train, args, log)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "ln" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.dim() >= 2 and "ln" not in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    epoch, start_batch, step, elapsed = 0, 0, 0, 0.0
    rng = np.random.default_rng(args.seed)
    if ck is not None:
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        epoch, start_batch, step, elapsed = ck["epoch"], ck["batch"], ck["step"], ck["elapsed"]
        if "rng" in ck:
            set_rng_state(rng, ck["rng"])
        else:  # a checkpoint from before the generators were saved: close, not exact
            rng = np.random.default_rng(args.seed + step)
    ids_rows = model.id_map.cpu().numpy().copy()
    targets = None
    if args.teacher:
        targets = []
        for f, recs in zip(parts, part_recs):
            cache = "teacher.npz" if f == "train.jsonl" else f"teacher-{os.path.splitext(f)[0]}.npz"
            targets += teacher_logp(args.teacher, recs, args.device, os.path.join(args.out, cache), log)
    log(f"model: {cfg['layers']}x{cfg['hidden']} rows={cfg['rows']} params={sum(p.numel() for p in model.parameters())}")

    def save(path, ep, bi):
        tmp = path + ".tmp"
        torch.save(dict(model=model.state_dict(), opt=opt.state_dict(), cfg=cfg, epoch=ep, batch=bi, step=step,
                        elapsed=elapsed, total_steps=total_steps, rng=rng_state(rng)), tmp)
        os.replace(tmp, path)

    model.train()
    t_last = time.time()
    last_save = time.time()
    loss_sum, loss_n, seen = 0.0, 0, 0
    bi = start_batch
    while step < total_steps:
        batches = make_batches(lengths, epoch, args)
        for bi in range(start_batch, len(batches)):
            if step >= total_steps:
                break
            if 0 < args.stop_after <= step:
                save(last, epoch, bi)
                log(f"stopped after {step} steps (--stop-after); rerun without it to resume")
                return
            progress = step / total_steps
            lr = args.lr * min(1.0, (step + 1) / args.warmup) * max(0.0, 1.0 - progress)
            for g in opt.param_groups:
                g["lr"] = lr
            recs = [train[i] for i in batches[bi]]
            x = to_device(tensors(recs, ids_rows, [oallow[i] for i in batches[bi]], args.word_dropout, rng), args.device)
            with autocast(args.device):
                logits = model(x["input_ids"], x["attention_mask"], x["token_type_ids"], rows=x["rows"])
            loss = partial_loss(logits.float(), x["labels"], x["oallow"])
            if targets is not None:
                soft = batch_targets([targets[i] for i in batches[bi]], logits.shape[1]).to(args.device)
                loss = args.distill_alpha * kl_loss(logits.float(), soft, x["labels"]) + (1 - args.distill_alpha) * loss
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            now = time.time()
            elapsed += now - t_last
            t_last = now
            loss_sum += loss.detach()
            loss_n += 1
            seen += len(recs)
            if step % 100 == 0:
                log(f"epoch {epoch} batch {bi + 1}/{len(batches)} step {step}/{total_steps} loss {float(loss_sum) / loss_n:.4f} "
                    f"lr {lr:.2e} {seen / max(elapsed, 1e-9):.1f} rec/s (elapsed {elapsed / 60:.1f} min)")
                loss_sum, loss_n = 0.0, 0
            if now - last_save > args.save_min * 60:
                save(last, epoch, bi + 1)
                last_save = time.time()
                t_last = time.time()
        else:
            epoch += 1
            start_batch = 0
            save(last, epoch, 0)
            log(f"epoch {epoch} done, checkpoint saved")
            if epoch % args.eval_every == 0:
                save(os.path.join(args.out, f"ckpt-epoch{epoch}.pt"), epoch, 0)
                evaluate(model, dev_msra, ids_rows, "msra-dev")
                evaluate(model, dev_pfr, ids_rows, "pfr-dev(1500)")
            t_last = time.time()
            continue
        break  # the last step fell inside an epoch: batch bi is the next one
    else:
        bi = start_batch  # stopped at an epoch's end (or resumed a finished run)
    save(last, epoch, bi)
    save(os.path.join(args.out, "final.pt"), epoch, 0)
    log(f"training finished after {step} steps")
    evaluate(model, dev_msra, ids_rows, "msra-dev")
    evaluate(model, dev_pfr, ids_rows, "pfr-dev(1500)")


if __name__ == "__main__":
    main()
