"""Shrink a training checkpoint to its weights in fp16 (no optimizer state), for moving it around.

  python3 training/slim.py IN.pt OUT.pt
export.py reads the result like any checkpoint (load_state_dict casts back to fp32).
"""
import sys

import torch

ck = torch.load(sys.argv[1], map_location="cpu", weights_only=False)
model = {k: (v.half() if v.is_floating_point() else v) for k, v in ck["model"].items()}
torch.save(dict(model=model, cfg=ck["cfg"], epoch=ck.get("epoch"), step=ck.get("step")), sys.argv[2])
