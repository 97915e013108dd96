# Shared by bin/lab, bin/test and bin/paramcount: locate the repo, check the tools,
# build the jars, make .venv and install the Java kernel into it. Sourced, not run.
# Everything it writes stays inside the repository (target/ and .venv/).

PC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PC_VENV="$PC_ROOT/.venv"
PC_LIB_JAR="$PC_ROOT/lib/target/paramcount-all.jar"
PC_KERNEL_JAR="$PC_ROOT/kernel/target/paramcount-kernel.jar"
# The local package mirror answers pip; the public index is unreachable on our machines,
# and without this pip retries it for minutes before falling back.
export PIP_RETRIES="${PIP_RETRIES:-0}"

pc_say() { printf '%s\n' "paramcount: $*" >&2; }
pc_die() { printf '%s\n' "paramcount: error: $*" >&2; exit 2; }

pc_require_java() {
  command -v java >/dev/null 2>&1 || pc_die "no Java found: install a JDK 17 or newer and put java on PATH"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] || pc_die "could not read the Java version from 'java -version'"
  case "$v" in 1.*) pc_die "Java $v is too old: paramcount needs Java 17 or newer" ;; esac
  [ "$v" -ge 17 ] 2>/dev/null || pc_die "Java $v is too old: paramcount needs Java 17 or newer"
}

pc_require_maven() {
  command -v mvn >/dev/null 2>&1 || pc_die "no Maven found: install Apache Maven 3.8+ and put mvn on PATH"
}

pc_require_python() {
  PC_PYTHON="${PYTHON:-python3}"
  command -v "$PC_PYTHON" >/dev/null 2>&1 || pc_die "no Python 3 found: install Python 3.9+ (or set PYTHON=/path/to/python3)"
  "$PC_PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' \
    || pc_die "$("$PC_PYTHON" --version 2>&1) is too old: paramcount needs Python 3.9 or newer"
  "$PC_PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1 \
    || pc_die "Python's venv module is missing: install it (Debian/Ubuntu: apt-get install python3-venv)"
}

# Newest modification time among the sources a jar is built from, compared with the jar.
pc_stale() { # pc_stale JAR DIR...
  local jar="$1"; shift
  [ -f "$jar" ] || return 0
  [ -n "$(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

# Maven, quiet, on stderr. Debian's Maven 3.8 writes colour-reset codes even in batch mode;
# they are stripped so a user's terminal and a log see plain text.
pc_mvn() {
  mvn -B -q -ntp -Dstyle.color=never "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' >&2
  return "${PIPESTATUS[0]}"
}

pc_lib_stale() {
  pc_stale "$PC_LIB_JAR" "$PC_ROOT/pom.xml" "$PC_ROOT/lib/pom.xml" "$PC_ROOT/lib/src/main"
}

# The library's shaded jar only (what bin/paramcount needs).
pc_build_lib() {
  if pc_lib_stale; then
    pc_require_maven
    pc_say "building lib/target/paramcount-all.jar with Maven (the first time takes a few minutes)"
    (cd "$PC_ROOT/lib" && pc_mvn -DskipTests package) || pc_die "the Maven build failed (see above)"
  fi
}

# The library and the kernel (what the notebooks need).
pc_build_jars() {
  if pc_lib_stale \
     || pc_stale "$PC_KERNEL_JAR" "$PC_ROOT/pom.xml" "$PC_ROOT/kernel/pom.xml" "$PC_ROOT/kernel/src/main"; then
    pc_require_maven
    pc_say "building the library and the kernel with Maven (the first time takes a few minutes)"
    (cd "$PC_ROOT" && pc_mvn -DskipTests package) || pc_die "the Maven build failed (see above)"
  fi
}

pc_ensure_venv() {
  local stamp="$PC_VENV/.requirements.stamp"
  if [ -x "$PC_VENV/bin/python" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$PC_ROOT/requirements.txt"; then
    return 0
  fi
  pc_require_python
  if [ ! -x "$PC_VENV/bin/python" ]; then
    pc_say "creating .venv"
    "$PC_PYTHON" -m venv "$PC_VENV" || pc_die "could not create $PC_VENV"
  fi
  pc_say "installing the Python packages from requirements.txt into .venv"
  "$PC_VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$PC_ROOT/requirements.txt" \
    || pc_die "pip could not install requirements.txt into .venv"
  cp "$PC_ROOT/requirements.txt" "$stamp"
}

# Jupyter's own files (config, data, runtime) live inside .venv, so nothing is written to the
# user's home and `rm -rf .venv` undoes everything.
pc_jupyter_env() {
  export JUPYTER_CONFIG_DIR="$PC_VENV/etc/jupyter"
  export JUPYTER_DATA_DIR="$PC_VENV/share/jupyter"
  export JUPYTER_RUNTIME_DIR="$PC_VENV/share/jupyter/runtime"
  export JUPYTER_PLATFORM_DIRS=1
  export IPYTHONDIR="$PC_VENV/etc/ipython"
}

# Memory for the kernel's JVM: heap for the library and charts, off-heap for ND4J's arrays.
PC_KERNEL_HEAP="${PARAMCOUNT_KERNEL_HEAP:-3g}"
PC_KERNEL_OFFHEAP="${PARAMCOUNT_KERNEL_OFFHEAP:-6g}"

# Installs our Java kernel as kernelspec `java` into .venv (never the user's home).
# PARAMCOUNT_KERNEL=keep leaves an existing `java` kernelspec alone (genuine IJava or JJava).
pc_install_kernel() {
  local spec="$PC_VENV/share/jupyter/kernels/java/kernel.json"
  if [ "${PARAMCOUNT_KERNEL:-}" = keep ] && [ -f "$spec" ]; then
    pc_say "keeping the installed 'java' kernelspec (PARAMCOUNT_KERNEL=keep)"
    return 0
  fi
  if [ -f "$spec" ] && [ "$spec" -nt "$PC_KERNEL_JAR" ] && [ "$spec" -nt "$PC_ROOT/bin/_common.sh" ]; then
    return 0
  fi
  pc_say "installing the Java kernel into .venv (kernelspec 'java')"
  java -jar "$PC_KERNEL_JAR" install --prefix "$PC_VENV" \
    --heap "$PC_KERNEL_HEAP" --max-direct "$PC_KERNEL_OFFHEAP" \
    --jvm-opt "-Dorg.bytedeco.javacpp.cachedir=$PC_VENV/javacpp-cache" >/dev/null \
    || pc_die "could not install the Java kernel into $PC_VENV"
}

# Everything a notebook needs: jars, .venv, kernel, Jupyter's dirs inside .venv.
pc_setup() {
  pc_require_java
  pc_build_jars
  pc_ensure_venv
  pc_jupyter_env
  pc_install_kernel
}
