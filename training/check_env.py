"""Compare the interpreter's torch, onnx and numpy with training/requirements.txt.

The recipes call it before training: a different torch gives different weights from the same
config, so a mismatch is announced loudly, though it does not stop the run (an experiment on
another machine may want that).
  python3 training/check_env.py [--device cpu|cuda]
"""
import argparse
import importlib
import os
import sys

REQUIREMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements.txt")


def pins(path=REQUIREMENTS):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if "==" in line:
                name, version = line.split("==", 1)
                out[name.strip()] = version.strip()
    return out


def torch_version_note(device):
    """One line for the training log: the torch in use and whether the numbers came from it."""
    import torch
    want = pins().get("torch")
    if device.startswith("cuda"):
        return f"torch {torch.__version__} (the GPU runs' version was not recorded)"
    if torch.__version__ == want:
        return f"torch {torch.__version__} as pinned"
    return f"torch {torch.__version__}, NOT the pinned {want} (training/requirements.txt)"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--device", default="cpu")
    args = a.parse_args()
    mismatches = []
    for name, want in pins().items():
        if name == "torch" and args.device.startswith("cuda"):
            continue  # no pin for the GPU runs (see requirements.txt)
        try:
            have = importlib.import_module(name).__version__
        except ImportError:
            print(f"check_env: {sys.executable} cannot import {name} (training/requirements.txt)", file=sys.stderr)
            sys.exit(1)
        if have != want:
            mismatches.append(f"{name} {have} (pinned: {want})")
    if mismatches:
        bar = "!" * 78
        print(f"{bar}\nWARNING: {sys.executable} has {', '.join(mismatches)}.\n"
              "The shipped models' numbers came from the pinned versions (training/requirements.txt);\n"
              "with others, the same configs give other weights. Set PYTHON= to the pinned interpreter.\n"
              f"{bar}", file=sys.stderr)
    else:
        import torch
        print(f"check_env: torch {torch.__version__}, versions as pinned", file=sys.stderr)


if __name__ == "__main__":
    main()
