"""The kernelspec installer bin/lab calls: java -jar paramcount-kernel.jar install ..."""

import json
import os
import subprocess
from pathlib import Path

import pytest


def install(jar, *args, env=None, cwd=None):
    return subprocess.run(["java", "-jar", str(jar), "install", *args],
                          capture_output=True, text=True, timeout=120, env=env, cwd=cwd)


def java_home_of_installer():
    shown = subprocess.run(["java", "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
    return next(line.split("=", 1)[1].strip() for line in shown.splitlines() if "java.home =" in line)


def test_writes_kernel_json_into_the_prefix(kernel_jar, tmp_path):
    done = install(kernel_jar, "--prefix", str(tmp_path / "venv"), "--no-cds")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path == tmp_path / "venv" / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    spec = json.loads(path.read_text())
    assert spec["language"] == "java"
    assert spec["interrupt_mode"] == "message"
    assert "paramcount" in spec["display_name"] and "IJava" in spec["display_name"]
    assert spec["display_name"].startswith("Java ")
    argv = spec["argv"]
    assert argv[0] == str(Path(java_home_of_installer()) / "bin" / "java")
    assert argv[-3:] == ["-jar", str(kernel_jar), "{connection_file}"]
    assert "-Xmx3g" in argv
    assert "-Dorg.bytedeco.javacpp.maxbytes=6g" in argv
    assert "-Dorg.bytedeco.javacpp.maxphysicalbytes=9g" in argv
    assert "env" not in spec


def test_heap_off_heap_jvm_options_and_environment(kernel_jar, tmp_path):
    done = install(kernel_jar, "--prefix", str(tmp_path), "--no-cds", "--heap", "4g", "--max-direct", "8g",
                   "--jvm-opt", "-XX:+UseSerialGC", "--jvm-opt=-Dfoo=bar", "--env", "A=1", "--env", "B=x=y")
    assert done.returncode == 0, done.stderr
    spec = json.loads(Path(done.stdout.strip()).read_text())
    argv = spec["argv"]
    assert argv[1:4] == ["-Xmx4g", "-Dorg.bytedeco.javacpp.maxbytes=8g", "-Dorg.bytedeco.javacpp.maxphysicalbytes=12g"]
    assert argv.index("-XX:+UseSerialGC") < argv.index("-Dfoo=bar") < argv.index("-jar")
    assert spec["env"] == {"A": "1", "B": "x=y"}


def test_user_install_goes_to_the_jupyter_data_dir_only_when_asked(kernel_jar, tmp_path):
    env = dict(os.environ, JUPYTER_DATA_DIR=str(tmp_path / "data"))
    done = install(kernel_jar, "--user", "--no-cds", env=env)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == tmp_path / "data" / "kernels" / "java" / "kernel.json"


@pytest.mark.parametrize("args, message", [
    ([], "error: say where to install: --prefix DIR (e.g. --prefix .venv) or --user"),
    (["--prefix"], "error: --prefix needs a value"),
    (["--prefix", "x", "--heap", "lots"], 'error: --heap: "lots" is not a memory size like 3g, 512m or 1048576k'),
    (["--prefix", "x", "--env", "NOVALUE"], 'error: --env: "NOVALUE" is not KEY=VALUE'),
    (["--prefix", "x", "--colour"], "error: unknown option --colour (see install --help)"),
    (["--prefix", "x", "--user"], "error: --prefix and --user exclude each other"),
])
def test_bad_arguments_are_one_error_line_and_exit_2(kernel_jar, tmp_path, args, message):
    done = install(kernel_jar, *args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == message + "\n"
    assert done.stdout == ""
    assert not (tmp_path / "x").exists()


def test_help(kernel_jar):
    done = install(kernel_jar, "--help")
    assert done.returncode == 0
    assert "--prefix DIR" in done.stdout and "--max-direct SIZE" in done.stdout


def test_by_default_a_class_data_archive_is_trained_and_used(kernels_dir):
    # kernels_dir is the session's default install, which every other kernel test runs on.
    spec_dir = Path(kernels_dir) / "java"
    archive = spec_dir / "paramcount-kernel.jsa"
    assert archive.is_file() and archive.stat().st_size > 1_000_000
    argv = json.loads((spec_dir / "kernel.json").read_text())["argv"]
    assert f"-XX:SharedArchiveFile={archive}" in argv
    assert argv.index(f"-XX:SharedArchiveFile={archive}") < argv.index("-jar")
