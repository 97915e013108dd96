"""Helpers for driving the real paramcount Java kernel through jupyter_client.

Shared by the tests in this directory (their fixtures are in conftest.py). The module has a
name of its own so that no other test directory's conftest can stand in for it.
"""

import base64
import json
import queue
import re
import struct
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_client.kernelspec import KernelSpecManager

REPO = Path(__file__).resolve().parents[2]
KERNEL_JAR = REPO / "kernel" / "target" / "paramcount-kernel.jar"

# Generous: the first cells wait for a cold JShell on a busy 2-core machine. Only the interrupt
# tests hold the kernel to a tight, functional limit.
TIMEOUT = 120

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def strip_ansi(text):
    return ANSI.sub("", text)


def install_kernelspec(jar, prefix, *args):
    """Runs the jar's installer; returns the kernels directory it wrote into."""
    done = subprocess.run(
        ["java", "-jar", str(jar), "install", "--prefix", str(prefix), *args],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, f"installer failed: {done.stderr}"
    written = Path(done.stdout.strip())
    assert written == prefix / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    return written.parent.parent


@dataclass
class Result:
    reply: dict
    messages: list  # (arrival time, iopub message) for the request, without status/execute_input
    sent_at: float
    replied_at: float

    @property
    def status(self):
        return self.reply["content"]["status"]

    @property
    def content(self):
        return self.reply["content"]

    def of_type(self, *types):
        return [m for _, m in self.messages if m["msg_type"] in types]

    def stream(self, name):
        return "".join(m["content"]["text"] for m in self.of_type("stream") if m["content"]["name"] == name)

    @property
    def result(self):
        results = self.of_type("execute_result")
        assert len(results) == 1, f"expected one execute_result, got {self.messages}"
        return results[0]["content"]["data"]

    @property
    def error(self):
        errors = self.of_type("error")
        assert len(errors) == 1, f"expected one error, got {self.messages}"
        content = errors[0]["content"]
        return content["ename"], content["evalue"], strip_ansi("\n".join(content["traceback"]))


@dataclass
class Kernel:
    """A running kernel and a client for it, with helpers that wait for whole requests."""
    manager: KernelManager
    client: object
    log: Path
    log_file: object

    def send(self, code):
        return self.client.execute(code, allow_stdin=False, stop_on_error=False)

    def wait(self, msg_id, sent_at, timeout=TIMEOUT):
        """Collects the request's reply and its output up to the kernel going idle."""
        deadline = time.monotonic() + timeout
        messages, reply, replied_at, idle = [], None, None, False
        while reply is None or not idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no complete answer within {timeout}s; got {messages}\n{self.kernel_log()}")
            if reply is None:
                try:
                    msg = self.client.get_shell_msg(timeout=min(left, 0.05))
                    if msg["parent_header"].get("msg_id") == msg_id:
                        reply, replied_at = msg, time.monotonic()
                except queue.Empty:
                    pass
            try:
                msg = self.client.get_iopub_msg(timeout=0.05 if reply is None else min(left, 1))
            except queue.Empty:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                idle = msg["content"]["execution_state"] == "idle"
            elif msg["msg_type"] != "execute_input":
                messages.append((time.monotonic(), msg))
        return Result(reply, messages, sent_at, replied_at)

    def execute(self, code, timeout=TIMEOUT):
        sent_at = time.monotonic()
        return self.wait(self.send(code), sent_at, timeout)

    def ok(self, code, timeout=TIMEOUT):
        result = self.execute(code, timeout)
        assert result.status == "ok", f"{code!r} failed: {result.messages}"
        return result

    def value(self, code):
        return self.ok(code).result["text/plain"]

    def request(self, send, timeout=TIMEOUT, channel="shell"):
        """Sends a request with `send(client) -> msg_id`; returns the content of its reply."""
        receive = self.client.get_control_msg if channel == "control" else self.client.get_shell_msg
        msg_id = send(self.client)
        deadline = time.monotonic() + timeout
        while True:
            msg = receive(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    def kernel_log(self):
        return "kernel stderr:\n" + (self.log.read_text(errors="replace") if self.log.exists() else "(none)")

    def stop(self):
        self.client.stop_channels()
        if self.manager.is_alive():
            self.manager.shutdown_kernel(now=True)
        self.log_file.close()


def start_kernel(kernels_dir, cwd, log_dir):
    manager = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernels_dir)]))
    log = Path(log_dir) / f"kernel-{time.monotonic_ns()}.log"
    # Kept open: a restart starts the new process with the same arguments.
    err = open(log, "wb")
    manager.start_kernel(cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=err)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
    except RuntimeError:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        err.close()
        raise
    return Kernel(manager, client, log, err)


def fresh_client(kernel):
    """A second client of `kernel` with a session of its own, as JupyterLab's next to the server's.
    (`manager.client()` would share the manager's session, and with it the ZMQ identity, which
    the kernel's ROUTER sockets would drop as a duplicate.)"""
    client = BlockingKernelClient(connection_file=kernel.manager.connection_file)
    client.load_connection_file()
    client.start_channels()
    return client


def png_size(b64):
    """Width and height of a base64 PNG, read from its IHDR chunk (after checking the signature)."""
    data = base64.b64decode(b64)
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def kernel_java(kernels_dir):
    """The java executable the installed kernelspec runs the kernel with."""
    spec = json.loads((Path(kernels_dir) / "java" / "kernel.json").read_text())
    return spec["argv"][0]


GREETER = """
package demo.{name};

public class {cls} {{
    public static String greet(String who) {{ return "{word}, " + who; }}
}}
"""


def build_jar(javac, work, jar, name, cls, word):
    """Compiles a one-class library `demo.<name>.<cls>` into `jar`; returns its classes directory."""
    src = work / "src" / name
    src.mkdir(parents=True, exist_ok=True)
    (src / f"{cls}.java").write_text(GREETER.format(name=name, cls=cls, word=word))
    classes = work / "classes" / name
    subprocess.run([javac, "-d", str(classes), str(src / f"{cls}.java")], check=True, timeout=120)
    jar.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(jar, "w") as z:
        for f in classes.rglob("*.class"):
            z.write(f, f.relative_to(classes).as_posix())
    return classes
