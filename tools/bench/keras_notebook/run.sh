#!/usr/bin/env bash
# Runs the Python/Keras counterpart of the six notebooks headless, the way bin/lab --execute runs
# ours, and prints its timings as JSON (one line). The first run creates .venv-keras3 at the
# repository root from requirements.txt here, with its own `python3` kernelspec inside it.
#
#   tools/bench/keras_notebook/run.sh [--runs N] [--out DIR]
#
# tools/bench/notebook_bench.py calls it between runs of the Java notebooks for the ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/.venv-keras3"
export PIP_RETRIES=0

if ! cmp -s "$here/requirements.txt" "$venv/.requirements.stamp" 2>/dev/null; then
  echo "keras_notebook: installing Keras, TensorFlow (CPU), matplotlib and nbclient into $venv" >&2
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/.requirements.stamp"
fi
# The Python kernel goes into the venv only (sys.prefix), like our Java kernel goes into .venv.
if [ ! -f "$venv/share/jupyter/kernels/python3/kernel.json" ]; then
  "$venv/bin/python" -m ipykernel install --sys-prefix --name python3 >/dev/null
fi

mkdir -p "$venv/etc/ipython" "$venv/etc/matplotlib"
export JUPYTER_DATA_DIR="$venv/share/jupyter" JUPYTER_CONFIG_DIR="$venv/etc/jupyter" \
  JUPYTER_RUNTIME_DIR="$venv/share/jupyter/runtime" JUPYTER_PLATFORM_DIRS=1 IPYTHONDIR="$venv/etc/ipython" \
  MPLBACKEND=module://matplotlib_inline.backend_inline MPLCONFIGDIR="$venv/etc/matplotlib" \
  TF_CPP_MIN_LOG_LEVEL=3
exec "$venv/bin/python" "$here/execute.py" "$@"
