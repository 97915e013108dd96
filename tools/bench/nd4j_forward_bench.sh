#!/usr/bin/env bash
# ND4J forward-pass and materialization benchmark for `paper`, with PyTorch as the baseline in
# the same run (see lib/src/test/java/dev/paramcount/bench/Nd4jForwardBench.java).
#
#   tools/bench/nd4j_forward_bench.sh                       # batches 1 and 8, 9 rounds
#   tools/bench/nd4j_forward_bench.sh --batches 8 --rounds 3
#
# Needs .venv-torch with torch (python3 -m venv .venv-torch && .venv-torch/bin/pip install torch);
# without it, pass --torch "" to time ND4J alone. Threads: OMP_NUM_THREADS (default 2) for ND4J
# and OpenBLAS, --threads (default 2) for PyTorch. ND4J_CLASSIFIER=linux-x86_64 benchmarks the
# plain ND4J build instead of the oneDNN one lib/pom.xml picks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root/lib"
mvn -B -q test-compile -Dshade.skip=true ${ND4J_CLASSIFIER:+-Dnd4j.classifier=$ND4J_CLASSIFIER}
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test ${ND4J_CLASSIFIER:+-Dnd4j.classifier=$ND4J_CLASSIFIER} >/dev/null
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
torch="$root/.venv-torch/bin/python $root/tools/bench/torch_forward_bench.py"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  dev.paramcount.bench.Nd4jForwardBench --torch "$torch" "$@" 2> >(grep -v '^SLF4J' >&2)
