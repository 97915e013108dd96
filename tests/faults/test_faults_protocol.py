"""What JupyterLab needs from the kernel beyond what a Python client checks.

JupyterLab 4 takes `header.session` of the kernel's messages as the kernel's session and ignores
status messages from another session as stale: a kernel that echoed each client's session read
"Unknown" on opening a notebook until the first cell ran. The messaging spec gives each process
a session id of its own; tests/kernel/test_kernel_session.py checks every channel.
"""

import time

from faults_harness import fresh_client


def test_every_message_from_the_kernel_carries_the_kernels_own_session(library_kernel):
    first = library_kernel.execute("1 + 1")
    own = {m["header"]["session"] for m in first.of_type("execute_result")}
    own.add(first.reply["header"]["session"])
    client_session = library_kernel.client.session.session
    assert client_session not in own, f"the kernel echoed the client's session {client_session}"
    assert len(own) == 1


def test_a_fresh_clients_kernel_info_gets_busy_and_idle_in_the_kernels_session(library_kernel):
    own = library_kernel.execute("1 + 1").reply["header"]["session"]
    other = fresh_client(library_kernel)
    try:
        other.wait_for_ready(timeout=60)
        msg_id = other.kernel_info()
        statuses, deadline = [], time.monotonic() + 60
        while not statuses or statuses[-1]["content"]["execution_state"] != "idle":
            assert time.monotonic() < deadline, statuses
            msg = other.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status":
                statuses.append(msg)
        assert [m["content"]["execution_state"] for m in statuses] == ["busy", "idle"]
        assert {m["header"]["session"] for m in statuses} == {own}
        assert other.session.session != own
    finally:
        other.stop_channels()


def test_a_history_request_is_answered_between_busy_and_idle(library_kernel):
    # JupyterLab asks for the history on opening a notebook, and the idle after it is the first
    # status it shows (it ignores the busy/idle around kernel_info on purpose). Unanswered, the
    # kernel read "Unknown" until a cell ran. This kernel keeps no history: the answer is empty.
    client = library_kernel.client
    msg_id = client.history(hist_access_type="tail", n=50, raw=True, output=False)
    deadline = time.monotonic() + 60
    reply = None
    while reply is None:
        msg = client.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            reply = msg
    assert reply["msg_type"] == "history_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["history"] == []
    states = []
    while states[-1:] != ["idle"]:
        assert time.monotonic() < deadline, states
        msg = client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status":
            states.append(msg["content"]["execution_state"])
    assert states == ["busy", "idle"]
