"""The kernel's own session id: one per kernel process, in the header of every message it sends.

The messaging spec gives each process, kernel or client, a session id of its own; JupyterLab 4
takes `header.session` of the kernel's messages as the kernel's session and ignores status
messages of another session as stale. The parent header is still the request's header.
"""

import queue
import time

from kernel_harness import TIMEOUT, fresh_client


def collect(client, msg_id, reply_channel="shell", stdin_answer=None):
    """The reply to `msg_id` and every iopub message it caused (status included), up to idle;
    with `stdin_answer`, the input_request it caused too, answered with that text."""
    receive = client.get_control_msg if reply_channel == "control" else client.get_shell_msg
    deadline = time.monotonic() + TIMEOUT
    reply, iopub, stdin, idle = None, [], [], False
    while reply is None or not idle:
        assert time.monotonic() < deadline, f"no complete answer to {msg_id}: {reply} {iopub}"
        if stdin_answer is not None and not stdin:
            try:
                msg = client.get_stdin_msg(timeout=0.05)
                stdin.append(msg)
                client.input(stdin_answer)
            except queue.Empty:
                pass
        if reply is None:
            try:
                msg = receive(timeout=0.05)
                if msg["parent_header"].get("msg_id") == msg_id:
                    reply = msg
            except queue.Empty:
                pass
        try:
            msg = client.get_iopub_msg(timeout=0.05)
        except queue.Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            iopub.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
    return reply, iopub, stdin


def send_on_control(client, msg_type, content=None):
    msg = client.session.msg(msg_type, content or {})
    client.control_channel.send(msg)
    return msg["header"]["msg_id"]


def test_every_message_on_every_channel_carries_one_session_of_the_kernels_own(new_kernel):
    kernel = new_kernel()
    client = kernel.client
    sent = {}  # msg_id -> request header session (the client's)
    messages = []  # (channel, message)

    def run(msg_id, **kw):
        reply, iopub, stdin = collect(client, msg_id, **kw)
        messages.append(("control" if kw.get("reply_channel") == "control" else "shell", reply))
        messages.extend(("iopub", m) for m in iopub)
        messages.extend(("stdin", m) for m in stdin)
        return reply, iopub, stdin

    run(client.execute('System.out.println("out"); System.err.println("err"); display("shown"); 1 + 1'))
    run(client.execute('throw new RuntimeException("boom");', stop_on_error=False))
    run(client.execute('String line;\n{ line = new Scanner(System.in).nextLine(); }', allow_stdin=True),
        stdin_answer="typed")
    run(client.complete("Syst", 4))
    run(client.inspect("String", 6))
    run(client.is_complete("int x = "))
    run(client.kernel_info())
    run(client.history(hist_access_type="tail", n=10))
    run(send_on_control(client, "kernel_info_request"), reply_channel="control")
    # An interrupt of a sleeping cell: interrupt_reply on control, the cell's error on iopub.
    cell = client.execute("Thread.sleep(60_000);", stop_on_error=False)
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == cell and msg["msg_type"] == "execute_input":
            messages.append(("iopub", msg))
            break
    run(send_on_control(client, "interrupt_request"), reply_channel="control")
    run(cell)

    kinds = {(channel, m["msg_type"]) for channel, m in messages}
    for expected in [("shell", "execute_reply"), ("shell", "complete_reply"), ("shell", "inspect_reply"),
                     ("shell", "is_complete_reply"), ("shell", "kernel_info_reply"),
                     ("shell", "history_reply"),
                     ("control", "kernel_info_reply"), ("control", "interrupt_reply"),
                     ("iopub", "status"), ("iopub", "execute_input"), ("iopub", "stream"),
                     ("iopub", "display_data"), ("iopub", "execute_result"), ("iopub", "error"),
                     ("stdin", "input_request")]:
        assert expected in kinds, f"no {expected} among {sorted(kinds)}"

    sessions = {m["header"]["session"] for _, m in messages}
    assert len(sessions) == 1, f"more than one session in the kernel's messages: {sessions}"
    kernel_session = sessions.pop()
    assert kernel_session and kernel_session != client.session.session
    # The parent header is the request's, the client's session included.
    for channel, m in messages:
        assert m["parent_header"]["session"] == client.session.session, (channel, m["msg_type"], m["parent_header"])

    # A second client, as JupyterLab's own connection next to the server's: its kernel_info's
    # busy and idle carry the kernel's session too, not the new client's.
    other = fresh_client(kernel)
    try:
        other.wait_for_ready(timeout=TIMEOUT)  # sends kernel_info_request until one is answered
        reply, iopub, _ = collect(other, other.kernel_info())
        states = [m["content"]["execution_state"] for m in iopub if m["msg_type"] == "status"]
        assert states == ["busy", "idle"], iopub
        assert {m["header"]["session"] for m in iopub + [reply]} == {kernel_session}
        assert {m["parent_header"]["session"] for m in iopub + [reply]} == {other.session.session}
    finally:
        other.stop_channels()

    # A new process is a new session.
    kernel.manager.restart_kernel(now=True)
    client.wait_for_ready(timeout=TIMEOUT)
    reply, iopub, _ = collect(client, client.kernel_info())
    after = {m["header"]["session"] for m in iopub + [reply]}
    assert len(after) == 1 and after != {kernel_session}, (after, kernel_session)
