"""Average the weights of several checkpoints (same config) into one, for export.py.

  python3 training/average.py --out training/out/stage2/avg.pt training/out/stage2/ckpt-epoch5.pt ...

Averaging the last epochs of an annealed run often lands a little better than the last epoch
alone; compare on the dev sets (`training/evaluate.py`) before shipping the average.
"""
import argparse

import torch


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--out", required=True)
    a.add_argument("ckpts", nargs="+")
    args = a.parse_args()
    cks = [torch.load(p, map_location="cpu", weights_only=False) for p in args.ckpts]
    state = {}
    for k, v in cks[0]["model"].items():
        if v.is_floating_point():
            state[k] = sum(c["model"][k].float() for c in cks) / len(cks)
        else:
            state[k] = v  # the id map
    out = dict(cks[-1])
    out["model"] = state
    out.pop("opt", None)
    out["averaged"] = list(args.ckpts)
    torch.save(out, args.out)
    print(f"averaged {len(cks)} checkpoints into {args.out}")


if __name__ == "__main__":
    main()
