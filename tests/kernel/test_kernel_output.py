"""How printed output reaches the notebook: coalesced into few stream messages, still streamed
while a cell runs, in order with errors and displays, and intact across interrupts."""

import queue
import re
import time

from test_kernel_interrupt import LIMIT, run_and_interrupt

PERIOD = 0.1  # the kernel's flush period, seconds


def streams(result):
    """The stream messages of a request as (arrival time, name, text)."""
    return [(t, m["content"]["name"], m["content"]["text"]) for t, m in result.messages if m["msg_type"] == "stream"]


def at_most_one_per_period(result, seconds=None):
    """The number of stream messages a request may have: one per flush period, plus the last."""
    seconds = result.replied_at - result.sent_at if seconds is None else seconds
    return 2 + seconds / PERIOD


def test_a_printf_loop_arrives_in_few_messages_with_exactly_its_text(kernel):
    # One snippet, so that the time measured is the printing alone, not JShell compiling.
    result = kernel.ok(
        "long printingMs;\n"
        "{\n"
        "    long t0 = System.nanoTime();\n"
        "    for (int i = 0; i < 200; i++) {\n"
        '        System.out.printf(Locale.ROOT, "%-9s inferred %-22s observed %-22s %s%n", "layer" + i, "[" + i + ", 3]", i * 1000, i % 2 == 0);\n'
        "    }\n"
        "    printingMs = (System.nanoTime() - t0) / 1_000_000;\n"
        "}\n"
        "printingMs"
    )
    expected = "".join(
        f"{'layer' + str(i):<9} inferred {'[' + str(i) + ', 3]':<22} observed {i * 1000:<22} {str(i % 2 == 0).lower()}\n"
        for i in range(200)
    )
    assert result.stream("stdout") == expected
    printing_ms = int(result.result["text/plain"])
    sent = streams(result)
    # One message per flush period at most, plus the final one before the reply.
    assert len(sent) <= at_most_one_per_period(result, printing_ms / 1000), f"{len(sent)} messages for {printing_ms} ms"
    if printing_ms < PERIOD * 1000:
        assert len(sent) <= 5, sent


def test_one_printf_is_one_message(kernel):
    result = kernel.ok('System.out.printf(Locale.ROOT, "%s: %,d parameters in %d layers%n", "sequential", 25_678_184, 10);')
    assert [text for _, _, text in streams(result)] == ["sequential: 25,678,184 parameters in 10 layers\n"]


def test_every_kind_of_print_arrives_whole(kernel):
    result = kernel.ok(
        'System.out.print(1); System.out.print(\'-\'); System.out.print(2L); System.out.print(true);\n'
        'System.out.print(1.5); System.out.print(2.5f); System.out.print(new char[] {\'a\', \'b\'});\n'
        'System.out.print((Object) null); System.out.print((String) null); System.out.println();\n'
        'System.out.println(3); System.out.println(\'c\'); System.out.println(new StringBuilder("sb"));\n'
        'System.out.append("ap").append(\'p\').append("xendx", 1, 4).println();\n'
        'System.out.format("%05d%n", 42).printf("%s%n", "chained");\n'
        'System.out.write("bytes\\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));\n'
        'System.out.write(\'!\'); System.out.write(\'\\n\');\n'
        'System.out.flush();'
    )
    assert result.stream("stdout") == (
        "1-2true1.52.5abnullnull\n3\nc\nsb\nappend\n00042\nchained\nbytes\n!\n"
    )
    # Each line here is a snippet of its own, compiled in turn; still at most one message a period.
    assert len(streams(result)) <= at_most_one_per_period(result)


def test_utf8_split_across_byte_writes_is_reassembled(kernel):
    result = kernel.ok(
        'byte[] b = "227×227 → 55×55 ✓\\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);\n'
        "for (byte x : b) { System.out.write(x); }\n"
        "System.out.write(b, 0, 4); Thread.sleep(250); System.out.write(b, 4, b.length - 4);"
    )
    assert result.stream("stdout") == "227×227 → 55×55 ✓\n" * 2
    assert "\ufffd" not in result.stream("stdout")


def test_output_is_still_streamed_while_the_cell_runs(kernel):
    result = kernel.ok('System.out.println("first");\nThread.sleep(300);\nSystem.out.println("second");')
    sent = streams(result)
    assert "".join(text for _, _, text in sent) == "first\nsecond\n"
    first_at = next(t for t, _, text in sent if text.startswith("first"))
    assert result.replied_at - first_at > 0.15, "the first line was held back until the cell ended"
    assert sent[0][2] == "first\n", sent


def test_print_without_a_newline_is_sent_within_the_period(kernel):
    result = kernel.ok(
        'System.out.print("working...");\nlong t0 = System.nanoTime();\nThread.sleep(600);\n'
        "(System.nanoTime() - t0) / 1_000_000"
    )
    [(printed_at, _, text)] = streams(result)
    assert text == "working..."
    assert result.replied_at - printed_at > 0.35


def test_a_steady_printer_gets_about_one_message_per_period(kernel):
    result = kernel.ok(
        "long printingMs;\n"
        "{\n"
        "    long t0 = System.nanoTime();\n"
        "    for (int i = 0; i < 60; i++) { System.out.println(\"tick \" + i); Thread.sleep(10); }\n"
        "    printingMs = (System.nanoTime() - t0) / 1_000_000;\n"
        "}\n"
        "printingMs"
    )
    assert result.stream("stdout") == "".join(f"tick {i}\n" for i in range(60))
    printing_ms = int(result.result["text/plain"])
    sent = streams(result)
    assert 2 <= len(sent) <= at_most_one_per_period(result, printing_ms / 1000), f"{len(sent)} messages in {printing_ms} ms"


def test_stdout_and_stderr_are_each_correct_and_in_order(kernel):
    result = kernel.ok(
        'for (int i = 0; i < 50; i++) { System.out.println("out " + i); }\n'
        'System.err.println("warning: careful");\n'
        'for (int i = 0; i < 50; i++) { System.err.printf("err %d%n", i); }\n'
        'System.out.println("done");'
    )
    assert result.stream("stdout") == "".join(f"out {i}\n" for i in range(50)) + "done\n"
    assert result.stream("stderr") == "warning: careful\n" + "".join(f"err {i}\n" for i in range(50))
    # In the order printed (a run of one stream may take several messages if it spans periods).
    names = [name for _, name, _ in streams(result)]
    assert [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n] == ["stdout", "stderr", "stdout"]
    assert len(names) <= at_most_one_per_period(result)


def test_stdout_and_stderr_printed_together_keep_their_order(kernel):
    result = kernel.ok(
        "for (int i = 0; i < 3; i++) {\n"
        '    System.out.println("out " + i);\n'
        '    System.err.println("err " + i);\n'
        "}"
    )
    assert [(name, text) for _, name, text in streams(result)] == [
        ("stdout", "out 0\n"), ("stderr", "err 0\n"), ("stdout", "out 1\n"),
        ("stderr", "err 1\n"), ("stdout", "out 2\n"), ("stderr", "err 2\n"),
    ]


def test_errors_come_after_the_printed_text(kernel):
    result = kernel.execute(
        'for (int i = 0; i < 20; i++) { System.out.printf("row %d%n", i); }\n'
        'System.err.println("about to fail");\n'
        'throw new IllegalStateException("boom");'
    )
    assert result.status == "error"
    kinds = [m["msg_type"] for _, m in result.messages]
    assert kinds[-1] == "error", kinds
    assert kinds.count("stream") == 2, kinds
    assert result.stream("stdout") == "".join(f"row {i}\n" for i in range(20))
    assert result.stream("stderr") == "about to fail\n"
    assert "boom" in result.error[2]


def test_a_compile_error_after_printing_cells_does_not_replay_output(kernel):
    kernel.ok('System.out.println("earlier");')
    result = kernel.execute("int x = ;")
    assert result.status == "error"
    assert result.of_type("stream") == []


def test_displays_stay_between_the_text_printed_around_them(kernel):
    result = kernel.ok(
        'System.out.println("before");\ndisplay("shown");\nSystem.out.println("after");\n'
        'String id = display("counter 1");\nSystem.out.print("between");\nupdateDisplay(id, "counter 2");\n"value"'
    )
    order = [
        m["content"]["text"] if m["msg_type"] == "stream" else m["msg_type"] + ":" + m["content"]["data"]["text/plain"]
        for _, m in result.messages
    ]
    assert order == [
        "before\n", "display_data:shown", "after\n", "display_data:counter 1", "between",
        "update_display_data:counter 2", "execute_result:value",
    ]


def test_a_value_comes_after_the_printed_text(kernel):
    result = kernel.ok('System.out.print("text");\n6 * 7')
    assert [m["msg_type"] for _, m in result.messages] == ["stream", "execute_result"]


def test_threads_started_by_the_cell_print_into_it(kernel):
    result = kernel.ok(
        "var pool = java.util.concurrent.Executors.newFixedThreadPool(4);\n"
        "for (int t = 0; t < 4; t++) { int n = t; pool.submit(() -> { for (int i = 0; i < 100; i++) System.out.println(\"t\" + n + \" \" + i); }); }\n"
        "pool.shutdown();\npool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);"
    )
    lines = result.stream("stdout").splitlines()
    assert sorted(lines) == sorted(f"t{n} {i}" for n in range(4) for i in range(100)), "lines lost, doubled or torn"
    assert len(streams(result)) <= 5


def test_a_print_between_cells_does_not_leak_into_the_next_cell(kernel):
    kernel.ok(
        "var captured = System.out;\n"
        "var late = new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { } "
        'captured.println("late, captured"); System.out.println("late"); });\nlate.setDaemon(true);\nlate.start();'
    )
    time.sleep(0.8)  # the thread prints while no cell runs
    result = kernel.ok('System.out.println("mine");')
    assert result.stream("stdout") == "mine\n"


def check_interrupted_print_loop(kernel, code, pattern):
    result, took = run_and_interrupt(kernel, code, settle=0.8)
    assert result.status == "error", result.messages
    assert result.error[0] == "EvaluationInterruptedException"
    assert took < LIMIT, f"the cell ended {took:.2f}s after the interrupt request"
    kinds = [m["msg_type"] for _, m in result.messages]
    assert kinds[-1] == "error", kinds[-5:]
    text = result.stream("stdout")
    lines = text.split("\n")
    assert lines[-1] == "", "a line was cut in half"
    numbers = [int(m.group(1)) for m in map(re.compile(pattern).fullmatch, lines[:-1])]
    assert numbers and numbers == list(range(len(numbers))), "lines lost or repeated"
    # The kernel carries on, and the next cell's output is its own.
    after = kernel.ok('System.out.println("clean");\nSystem.err.println("also clean");\n1 + 2')
    assert after.stream("stdout") == "clean\n"
    assert after.stream("stderr") == "also clean\n"
    assert after.result["text/plain"] == "3"
    return len(numbers)


def test_interrupting_a_busy_print_loop_keeps_every_line_once(kernel):
    printed = check_interrupted_print_loop(
        kernel,
        "for (long i = 0; ; i++) {\n"
        '    System.out.printf("line %d of the loop%n", i);\n'
        "    long t = System.nanoTime(); while (System.nanoTime() - t < 20_000) { }\n"
        "}",
        r"line (\d+) of the loop",
    )
    assert printed > 100


def test_interrupting_a_flat_out_print_loop_keeps_every_line_once(kernel):
    check_interrupted_print_loop(
        kernel,
        'for (long i = 0; ; i++) { System.out.println("line " + i); }',
        r"line (\d+)",
    )


def test_interrupting_a_sleeping_print_loop(kernel):
    printed = check_interrupted_print_loop(
        kernel,
        'for (int i = 0; ; i++) { System.out.print("line "); System.out.println(i); Thread.sleep(20); }',
        r"line (\d+)",
    )
    assert printed > 5


def test_a_prompt_is_sent_before_the_kernel_asks_for_input(kernel):
    sent_at = time.monotonic()
    # One snippet: the read follows the print at once, well within the flush period.
    msg_id = kernel.client.execute(
        'String name;\n{ System.out.print("Name: "); name = new Scanner(System.in).nextLine(); }\n"hello " + name',
        allow_stdin=True, stop_on_error=False,
    )
    request = kernel.client.get_stdin_msg(timeout=60)
    assert request["msg_type"] == "input_request"
    # The prompt left the kernel before the input request, so it has (all but) arrived too,
    # rather than one flush period later.
    prompt = []
    try:
        while not prompt:
            msg = kernel.client.get_iopub_msg(timeout=0.04)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                prompt.append(msg["content"]["text"])
    except queue.Empty:
        pass
    assert prompt == ["Name: "]
    kernel.client.input("reader")
    result = kernel.wait(msg_id, sent_at)
    assert result.status == "ok", result.messages
    assert result.result["text/plain"] == "hello reader"
