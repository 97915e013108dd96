"""The server bin/lab starts listens on loopback only and answers nothing without its token;
the kernels it starts listen only on the address in their connection files."""

import json
import time
from pathlib import Path

from browser_harness import REPO, children, http_status, listening_sockets

RUNTIME = REPO / ".venv" / "share" / "jupyter" / "runtime"


def test_the_server_listens_on_loopback_only(lab):
    sockets = listening_sockets(lab.process.pid)
    assert ("127.0.0.1", lab.port) in sockets, sockets
    assert all(address == "127.0.0.1" for address, _ in sockets), sockets


def test_the_api_refuses_requests_without_the_token(lab):
    assert http_status(f"{lab.url}/api/kernels")[0] == 403
    assert http_status(f"{lab.url}/api/kernels", {"Authorization": "token not-the-token"})[0] == 403
    assert http_status(f"{lab.url}/api/kernels?token=not-the-token")[0] == 403
    assert http_status(f"{lab.url}/api/contents/01-the-25m-mystery.ipynb")[0] == 403


def test_the_api_answers_with_the_token(lab):
    status, body = http_status(f"{lab.url}/api/kernels", {"Authorization": f"token {lab.token}"})
    assert status == 200 and isinstance(json.loads(body), list)
    assert http_status(f"{lab.url}/api/kernels?token={lab.token}")[0] == 200


def test_the_lab_page_without_the_token_sends_to_the_login_page(lab):
    status, _ = http_status(f"{lab.url}/lab")
    assert status in (302, 303)


def test_a_kernel_started_by_the_server_listens_only_on_its_connection_files_address(lab):
    kernel = lab.api("/api/kernels", "POST", {"name": "java"})
    try:
        info = json.loads((RUNTIME / f"kernel-{kernel['id']}.json").read_text())
        assert info["ip"] == "127.0.0.1"
        ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
        deadline = time.monotonic() + 120
        while True:
            sockets = {s for pid in children(lab.process.pid) for s in listening_sockets(pid)}
            if ports <= {port for _, port in sockets} or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        kernel_sockets = {(a, p) for a, p in sockets if p in ports}
        assert {p for _, p in kernel_sockets} == ports, f"not every channel listens: {sockets}"
        assert all(address == "127.0.0.1" for address, _ in sockets), sockets
    finally:
        lab.api(f"/api/kernels/{kernel['id']}", "DELETE")
