"""An interrupt request (interrupt_mode "message") stops a running cell; the kernel keeps its state."""

import time

import pytest

LIMIT = 2.0  # seconds from the interrupt request to the cell's reply: a functional requirement


def run_and_interrupt(kernel, code, settle=1.0):
    sent_at = time.monotonic()
    msg_id = kernel.send(code)
    # Wait until the cell is really running, then give it time to get into its loop.
    while True:
        msg = kernel.client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(settle)
    interrupted_at = time.monotonic()
    kernel.manager.interrupt_kernel()
    result = kernel.wait(msg_id, sent_at, timeout=30)
    return result, result.replied_at - interrupted_at


@pytest.mark.parametrize("loop", [
    "while (true) { Thread.sleep(10); }",
    "while (true) {}",
    "long spins = 0;\nwhile (spins >= 0) { spins = (spins + 1) % 1000; }",
    "while (true) { try { Thread.sleep(10); } catch (InterruptedException ignored) { } }",
], ids=["sleeping", "busy", "busy-with-state", "swallows-interrupts"])
def test_interrupt_stops_the_loop_and_the_kernel_carries_on(kernel, loop):
    kernel.ok("int before = 41;")
    result, took = run_and_interrupt(kernel, loop)
    assert result.status == "error", result.messages
    ename, evalue, traceback = result.error
    assert ename == "EvaluationInterruptedException"
    assert "interrupted" in traceback
    assert took < LIMIT, f"the cell ended {took:.2f}s after the interrupt request"
    assert kernel.value("before + 1") == "42"


def test_an_interrupt_that_arrives_before_the_loop_starts_still_stops_it(kernel):
    # No settling: the request lands while JShell is still compiling the cell.
    result, took = run_and_interrupt(kernel, "int spin = 0;\nwhile (true) { spin++; }", settle=0)
    assert result.error[0] == "EvaluationInterruptedException"
    assert took < LIMIT


def test_interrupt_while_idle_is_acknowledged_and_harmless(kernel):
    message = kernel.client.session.msg("interrupt_request", {})
    kernel.client.control_channel.send(message)
    while True:
        reply = kernel.client.get_control_msg(timeout=10)
        if reply["parent_header"]["msg_id"] == message["header"]["msg_id"]:
            break
    assert reply["msg_type"] == "interrupt_reply"
    assert reply["content"] == {"status": "ok"}
    assert kernel.value("6 * 7") == "42"


def test_output_printed_before_the_interrupt_is_kept(kernel):
    result, took = run_and_interrupt(kernel, 'System.out.println("started");\nwhile (true) {}')
    assert result.stream("stdout") == "started\n"
    assert took < LIMIT


def test_a_later_cell_is_not_hit_by_an_old_interrupt(kernel):
    run_and_interrupt(kernel, "while (true) { Thread.sleep(5); }", settle=0.5)
    result = kernel.ok('Thread.sleep(300);\n"slept"')
    assert result.result["text/plain"] == "slept"
