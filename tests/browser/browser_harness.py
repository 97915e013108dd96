"""JupyterLab as bin/lab starts it, for the browser and server-security tests.

The server is started by `bin/lab` itself (so its loopback address, its root directory and its
Jupyter directories inside .venv are the project's own), with only what a test must choose added:
a free loopback port, a known token, no browser, and JupyterLab's user settings, workspaces and
checkpoints in a temporary directory, with autosave off, so that nothing is written into notebooks/.
"""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NOTEBOOKS = REPO / "notebooks"
ARTIFACTS = REPO / "target" / "browser-artifacts"

# bin/lab may have to build the jars or the venv first when they are stale.
SERVER_START_TIMEOUT = 900


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def snapshot(root):
    """Every file under `root` with its content (None for a directory); notebooks/ is small."""
    return {path.relative_to(root).as_posix(): None if path.is_dir() else path.read_bytes()
            for path in sorted(root.rglob("*"))}


def changes(before, after):
    """What differs between two snapshots, as readable lines."""
    lines = [f"added {p}" for p in sorted(set(after) - set(before))]
    lines += [f"removed {p}" for p in sorted(set(before) - set(after))]
    lines += [f"modified {p}" for p in sorted(set(before) & set(after)) if before[p] != after[p]]
    return lines


def children(pid):
    """PIDs of every living descendant of `pid`, read from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name sits in parentheses and may hold spaces: the fields after it are fixed.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def listening_sockets(pid):
    """(address, port) of every TCP socket in LISTEN state that process `pid` holds, IPv4 and IPv6."""
    inodes = set()
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
    except OSError:
        return []
    found = []
    for table, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for row in f.readlines()[1:]:
                fields = row.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state != "0A" or inode not in inodes:
                    continue
                address, port = local.split(":")
                found.append((decode_address(address, v6), int(port, 16)))
    return found


def decode_address(hex_address, v6):
    """/proc/net/tcp's little-endian hex address as text; IPv4-mapped IPv6 shown as IPv4."""
    raw = bytes.fromhex(hex_address)
    # Each 32-bit word is stored in host (little-endian) order.
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    if not v6:
        return socket.inet_ntop(socket.AF_INET, words)
    if words[:12] == b"\x00" * 10 + b"\xff\xff":
        return socket.inet_ntop(socket.AF_INET, words[12:])
    return socket.inet_ntop(socket.AF_INET6, words)


def http_status(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Lab:
    url: str
    token: str
    port: int
    process: subprocess.Popen
    log: Path

    def api(self, path, method="GET", body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            return json.loads(text) if text else None

    def log_tail(self, lines=60):
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def start_lab(work):
    """Starts bin/lab on a free port with a known token; returns a Lab once the server answers."""
    settings = work / "user-settings"
    docmanager = settings / "@jupyterlab" / "docmanager-extension"
    docmanager.mkdir(parents=True)
    # Autosave off: a run in the browser must not write outputs into the committed notebooks.
    (docmanager / "plugin.jupyterlab-settings").write_text(json.dumps({"autosave": False}))
    port = free_port()
    token = os.urandom(24).hex()
    log = work / "jupyterlab.log"
    command = [
        str(REPO / "bin" / "lab"), "--no-browser",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={work / 'workspaces'}",
        # JupyterLab checkpoints a notebook when it opens it; keep those out of notebooks/ too.
        f"--FileCheckpoints.checkpoint_dir={work / 'checkpoints'}",
    ]
    with open(log, "wb") as out:
        # A session of its own: the finalizer can signal bin/lab and everything it started.
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    lab = Lab(f"http://127.0.0.1:{port}", token, port, process, log)
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise AssertionError(f"bin/lab exited with {process.returncode} before answering:\n{lab.log_tail()}")
        try:
            status, _ = http_status(f"{lab.url}/api/status", {"Authorization": f"token {token}"})
            if status == 200:
                return lab
        except OSError:
            pass
        if time.monotonic() > deadline:
            stop_lab(lab)
            raise AssertionError(f"JupyterLab did not answer within {SERVER_START_TIMEOUT} s:\n{lab.log_tail()}")
        time.sleep(0.5)


def stop_lab(lab):
    """Stops the server and every process it started (kernels run in sessions of their own)."""
    family = children(lab.process.pid)
    if lab.process.poll() is None:
        # SIGTERM: Jupyter shuts its kernels down itself; SIGKILL the rest after a grace period.
        os.killpg(lab.process.pid, signal.SIGTERM)
        try:
            lab.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(lab.process.pid, signal.SIGKILL)
            lab.process.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in family:
        if alive(pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
