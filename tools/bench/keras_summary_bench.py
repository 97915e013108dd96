#!/usr/bin/env python3
"""How long Keras takes to build and to summarize a Sequential model.

The Java side's JMH benchmark summarizes the same generated networks; this script
gives the Keras figures for the ratio.  The "deep stack" of N layers is:
input 32x32x16, then Conv2D(16, 3, padding="same") -> BatchNormalization -> ReLU
repeated until there are N-2 layers, then GlobalAveragePooling2D and Dense(10)
(N layers in all, Keras's InputLayer not counted).  Also the seed's model (the
question's 25,678,184-parameter AlexNet variant).

Timed separately, median of the repeats, in seconds:
  build    -- keras.backend.clear_session() and constructing the Sequential with its
              Input, which builds every layer (shapes and weight variables);
  summary  -- model.count_params() plus model.summary() rendered to a string.

Usage (from the repository root)::

    .venv-keras3/bin/python tools/bench/keras_summary_bench.py            # table + JSON
    .venv-keras3/bin/python tools/bench/keras_summary_bench.py --json     # one JSON line
    .venv-keras3/bin/python tools/bench/keras_summary_bench.py --sizes 100 1000 --repeats 5
    .venv-tf2/bin/python tools/bench/keras_summary_bench.py --keras tfkeras2   # the tf.keras 2.x engine
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import warnings  # noqa: E402

warnings.filterwarnings("ignore")


def load_keras(which):
    if which == "keras3":
        import keras
        import tensorflow as tf

        return keras.layers, keras.Sequential, keras.backend.clear_session, \
            (lambda shape: keras.Input(shape)), "keras %s / tensorflow %s" % (keras.__version__, tf.__version__)
    import tensorflow as tf
    import tensorflow.python.keras as k2
    from tensorflow.python.keras import backend, layers, models

    return layers, models.Sequential, backend.clear_session, \
        (lambda shape: layers.InputLayer(input_shape=shape)), "tf.keras 2.x legacy / tensorflow %s" % tf.__version__


def deep_stack(L, Input, n):
    layers = [Input((32, 32, 16))]
    kinds = [lambda: L.Conv2D(16, 3, padding="same"), lambda: L.BatchNormalization(), lambda: L.ReLU()]
    for i in range(n - 2):
        layers.append(kinds[i % 3]())
    layers += [L.GlobalAveragePooling2D(), L.Dense(10)]
    return layers


def seed_model(L, Input):
    return [
        L.Conv2D(96, 11, strides=4, activation="relu", input_shape=[227, 227, 3]),
        L.MaxPooling2D(pool_size=(3, 3), strides=(2, 2)),
        L.Conv2D(256, 5, activation="relu", padding="SAME"),
        L.MaxPooling2D(pool_size=(3, 3), strides=(2, 2)),
        L.Conv2D(384, 3, activation="relu", padding="SAME"),
        L.Conv2D(384, 3, activation="relu", padding="SAME"),
        L.Conv2D(256, 3, activation="relu", padding="SAME"),
        L.Dense(4096, activation="relu"),
        L.Dense(4096, activation="relu"),
        L.Dense(1000, activation="softmax"),
    ]


def time_case(make_layers, Sequential, clear, repeats):
    builds, summaries = [], []
    total = None
    n_layers = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        clear()
        model = Sequential(make_layers())
        t1 = time.perf_counter()
        lines = []
        total = model.count_params()
        model.summary(print_fn=lambda line, *a, **k: lines.append(line))
        text = "\n".join(lines)
        t2 = time.perf_counter()
        assert "Total params" in text
        n_layers = len(model.layers)
        builds.append(t1 - t0)
        summaries.append(t2 - t1)
        del model
    return {"layers": n_layers, "params": int(total), "repeats": repeats,
            "buildSeconds": statistics.median(builds), "summarySeconds": statistics.median(summaries),
            "buildAll": builds, "summaryAll": summaries}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keras", choices=["keras3", "tfkeras2"], default="keras3")
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    ap.add_argument("--repeats", type=int, default=None,
                    help="repeats per case (default: 5 up to 100 layers, 3 up to 1000, 1 above: "
                         "Keras needs minutes for 10,000 layers)")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--json", action="store_true", help="print only one JSON line")
    ap.add_argument("--recursion-limit", type=int, default=100000,
                    help="Keras 3 walks the layer graph recursively: at Python's default limit (1000) "
                         "building a ~1000-layer Sequential fails with RecursionError (0 keeps the default)")
    args = ap.parse_args()
    if args.recursion_limit:
        sys.setrecursionlimit(args.recursion_limit)

    L, Sequential, clear, Input, version = load_keras(args.keras)
    if args.sizes and not hasattr(L, "BatchNormalization"):
        raise SystemExit("this tf.keras 2.x engine has no BatchNormalization, so it cannot build the deep "
                         "stack: use --keras keras3, or --sizes with no values for the seed model only")
    results = []
    for n in args.sizes:
        reps = args.repeats or (5 if n <= 100 else 3 if n <= 1000 else 1)
        r = time_case(lambda: deep_stack(L, Input, n), Sequential, clear, reps)
        r["model"] = "deep-stack-%d" % n
        results.append(r)
        if not args.json:
            print("  %s done" % r["model"], file=sys.stderr)
    if not args.no_seed:
        r = time_case(lambda: seed_model(L, Input), Sequential, clear, args.repeats or 5)
        r["model"] = "keras-seed"
        results.append(r)
    out = {"tool": "keras_summary_bench", "generator": version, "recursionLimit": sys.getrecursionlimit(), "python": platform.python_version(),
           "machine": "%s, %d cpus" % (platform.machine(), os.cpu_count()), "results": results,
           "loadavg1": round(os.getloadavg()[0], 2)}
    if args.json:
        print(json.dumps(out))
        return
    print("%s  (%s)" % (version, out["machine"]))
    print("%-17s %7s %12s %8s %13s %15s" % ("model", "layers", "params", "repeats", "build s (med)", "summary s (med)"))
    for r in results:
        print("%-17s %7d %12s %8d %13.4f %15.4f" % (r["model"], r["layers"], format(r["params"], ","), r["repeats"],
                                                   r["buildSeconds"], r["summarySeconds"]))
    print(json.dumps(out))


if __name__ == "__main__":
    # deep recursion needs a deep C stack too: run in a thread with 1 GiB of stack
    import threading

    threading.stack_size(1 << 30)
    failure = []

    def run():
        try:
            main()
        except SystemExit as e:
            failure.append(e)
            if e.code not in (None, 0):
                print("error: %s" % e.code, file=sys.stderr)
        except BaseException as e:  # noqa: BLE001
            failure.append(e)
            raise

    t = threading.Thread(target=run)
    t.start()
    t.join()
    sys.exit(1 if any(not (isinstance(e, SystemExit) and e.code in (None, 0)) for e in failure) else 0)
