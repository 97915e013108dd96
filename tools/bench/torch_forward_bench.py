#!/usr/bin/env python3
"""Forward-pass speed of the `paper` AlexNet in PyTorch on the CPU.

The reference figure for the ND4J forward-pass benchmark (same architecture, same
machine, same session).  The network is DESIGN.md's `paper` preset: conv1 11x11/4
(96) -> ReLU -> LRN(5, 1e-4, 0.75, 2) -> maxpool 3/2; conv2 5x5 pad 2 (256,
groups=2) -> ReLU -> LRN -> maxpool; conv3 3x3 pad 1 (384); conv4 3x3 pad 1 (384,
groups=2); conv5 3x3 pad 1 (256, groups=2) -> maxpool; fc6 9216->4096, fc7
4096->4096, fc8 4096->1000 (ReLU, dropout in eval mode = identity); 227x227x3
input; 60,965,224 parameters (checked at start), 724,406,816 MACs per image.

Eval mode, torch.no_grad(), torch.set_num_threads(THREADS) (default 2), a seeded
random input (and seeded weights), a few warm-up passes, then timed passes; the
median time per pass gives ms per image and GFLOP/s at 2 x 724,406,816 FLOPs per
image (a multiply-add counted as two FLOPs, bias adds and LRN not counted).

Usage (from the repository root)::

    .venv-torch/bin/python tools/bench/torch_forward_bench.py              # readable + JSON
    .venv-torch/bin/python tools/bench/torch_forward_bench.py --json       # one JSON line only
    .venv-torch/bin/python tools/bench/torch_forward_bench.py --batches 1 8 --warmup 3 --iters 20 --threads 2
    .venv-torch/bin/python tools/bench/torch_forward_bench.py --per-layer   # where the time goes

For a harness (e.g. the Java benchmark): run with --json and parse the single
line on stdout; the exit code is 0 on success.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import OrderedDict

import torch
from torch import nn

PARAMS = 60_965_224
MACS = 724_406_816
FLOPS_PER_IMAGE = 2 * MACS


def paper():
    L = OrderedDict()
    L["conv1"] = nn.Conv2d(3, 96, 11, stride=4)
    L["relu1"] = nn.ReLU(inplace=True)
    L["lrn1"] = nn.LocalResponseNorm(5, alpha=1e-4, beta=0.75, k=2.0)
    L["pool1"] = nn.MaxPool2d(3, 2)
    L["conv2"] = nn.Conv2d(96, 256, 5, padding=2, groups=2)
    L["relu2"] = nn.ReLU(inplace=True)
    L["lrn2"] = nn.LocalResponseNorm(5, alpha=1e-4, beta=0.75, k=2.0)
    L["pool2"] = nn.MaxPool2d(3, 2)
    L["conv3"] = nn.Conv2d(256, 384, 3, padding=1)
    L["relu3"] = nn.ReLU(inplace=True)
    L["conv4"] = nn.Conv2d(384, 384, 3, padding=1, groups=2)
    L["relu4"] = nn.ReLU(inplace=True)
    L["conv5"] = nn.Conv2d(384, 256, 3, padding=1, groups=2)
    L["relu5"] = nn.ReLU(inplace=True)
    L["pool5"] = nn.MaxPool2d(3, 2)
    L["flatten"] = nn.Flatten()
    L["fc6"] = nn.Linear(9216, 4096)
    L["relu6"] = nn.ReLU(inplace=True)
    L["drop6"] = nn.Dropout(0.5)
    L["fc7"] = nn.Linear(4096, 4096)
    L["relu7"] = nn.ReLU(inplace=True)
    L["drop7"] = nn.Dropout(0.5)
    L["fc8"] = nn.Linear(4096, 1000)
    return nn.Sequential(L)


def bench(model, batch, warmup, iters, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, 3, 227, 227, generator=g)
    with torch.no_grad():
        for _ in range(warmup):
            y = model(x)
        assert tuple(y.shape) == (batch, 1000), y.shape
        times = []
        for _ in range(iters):
            t0 = time.perf_counter()
            model(x)
            times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    ms_per_image = med * 1000.0 / batch
    return OrderedDict([
        ("batch", batch), ("warmup", warmup), ("iters", iters),
        ("medianMsPerBatch", med * 1000.0), ("medianMsPerImage", ms_per_image),
        ("minMsPerImage", min(times) * 1000.0 / batch),
        ("gflops", FLOPS_PER_IMAGE * batch / med / 1e9),
        ("checksum", float(y.double().sum())),
    ])


def per_layer(model, batch, warmup, iters, seed):
    """Median ms per batch spent in each top-level layer (layers run one by one)."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, 3, 227, 227, generator=g)
    times = OrderedDict((name, []) for name, _ in model.named_children())
    with torch.no_grad():
        for i in range(warmup + iters):
            y = x
            for name, mod in model.named_children():
                t0 = time.perf_counter()
                y = mod(y)
                if i >= warmup:
                    times[name].append(time.perf_counter() - t0)
    return OrderedDict((k, statistics.median(v) * 1000.0) for k, v in times.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batches", type=int, nargs="*", default=[1, 8])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--iters", type=int, default=None, help="timed passes (default 30 for batch 1, 10 above)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--json", action="store_true", help="print only one JSON line on stdout")
    ap.add_argument("--per-layer", action="store_true", help="also time each layer on its own (ms per batch)")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    model = paper().eval()
    n = sum(p.numel() for p in model.parameters())
    if n != PARAMS:
        sys.exit("paper has %d parameters, expected %d" % (n, PARAMS))
    results = []
    for b in args.batches:
        iters = args.iters or (30 if b == 1 else 10)
        r = bench(model, b, args.warmup, iters, args.seed)
        if args.per_layer:
            r["perLayerMsPerBatch"] = per_layer(model, b, 2, max(3, iters // 3), args.seed)
        results.append(r)
    out = OrderedDict([
        ("tool", "torch_forward_bench"), ("model", "paper"), ("input", [227, 227, 3]),
        ("params", n), ("macsPerImage", MACS), ("flopsPerImage", FLOPS_PER_IMAGE),
        ("torch", torch.__version__), ("threads", torch.get_num_threads()),
        ("mkldnn", bool(torch.backends.mkldnn.is_available())),
        ("python", platform.python_version()), ("machine", "%s, %d cpus" % (platform.machine(), os.cpu_count())),
        ("results", results),
        ("loadavg1", round(os.getloadavg()[0], 2)),
    ])
    if not args.json:
        print("PyTorch %s, %d threads, paper AlexNet (%s params, %s MACs/image)"
              % (torch.__version__, out["threads"], format(n, ","), format(MACS, ",")))
        for r in results:
            print("  batch %2d: %8.2f ms/image (median of %d), %6.2f GFLOP/s"
                  % (r["batch"], r["medianMsPerImage"], r["iters"], r["gflops"]))
            if "perLayerMsPerBatch" in r:
                print("    " + ", ".join("%s %.1f" % kv for kv in r["perLayerMsPerBatch"].items()
                                         if kv[1] >= 0.05) + "  (ms per batch)")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
