"""What a student's mistakes in a cell do to the kernel: each is reported in the notebook, and the
same kernel process (same PID, same variables) runs the next cell."""

import re

import pytest

from faults_harness import kernel_pid


@pytest.fixture
def same_process(library_kernel):
    """Checks, after the test, that the kernel is still the process it was and still answers."""
    pid = kernel_pid(library_kernel)
    jvm_pid = library_kernel.value("ProcessHandle.current().pid()")
    library_kernel.ok("int survivor = 41;")
    yield library_kernel
    assert kernel_pid(library_kernel) == pid, "the kernel process was replaced"
    assert library_kernel.manager.is_alive()
    assert library_kernel.value("ProcessHandle.current().pid()") == jvm_pid
    assert library_kernel.value("survivor + 1") == "42", "the kernel lost its state"
    assert library_kernel.value("ParamCount.count(AlexNets.paper()).totalParams()") == "60965224"


def one_line_error(result):
    """The cell failed, and its traceback is the library's one line (no Java stack to scroll)."""
    assert result.status == "error", result.messages
    ename, evalue, traceback = result.error
    lines = [line for line in traceback.splitlines() if line.strip()]
    return evalue, lines


def test_a_bad_edit_is_the_librarys_one_line_error_and_the_next_cell_runs(same_process):
    evalue, lines = one_line_error(same_process.execute('AlexNets.paper().withGroups("conv2", 3)'))
    assert lines == ["dev.paramcount.model.ModelException: layer 'conv2': field 'groups' = 3: "
                     "must divide the filters (256)"], lines
    assert "layer 'conv2'" in evalue


def test_a_layer_that_does_not_fit_names_layer_field_and_value(same_process):
    evalue, lines = one_line_error(same_process.execute("AlexNets.paper().withInput(10, 10, 3)"))
    assert len(lines) == 1, lines
    assert "layer 'conv1'" in lines[0] and "field 'kernel_size' = 11" in lines[0] and "(10 high)" in lines[0]


def test_a_runtime_exception_in_student_code_leaves_the_kernel_working(same_process):
    result = same_process.execute('String s = null;\nthrow new RuntimeException("my own bug: " + s);')
    assert result.status == "error"
    ename, evalue, traceback = result.error
    assert evalue == "java.lang.RuntimeException: my own bug: null"


def test_a_null_pointer_inside_library_code_is_reported_not_fatal(same_process):
    result = same_process.execute("ParamCount.summary(null)")
    assert result.status == "error"
    assert "NullPointerException" in result.error[1]


def test_an_endless_loop_over_the_library_is_stopped_by_an_interrupt(same_process):
    kernel = same_process
    msg_id = kernel.send("long rounds = 0;\nwhile (true) { ParamCount.count(AlexNets.paper()); rounds++; }")
    while True:
        msg = kernel.client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    # Let it loop for real before the interrupt (`rounds` shows it ran).
    import time
    time.sleep(2)
    kernel.manager.interrupt_kernel()
    result = kernel.wait(msg_id, time.monotonic(), timeout=30)
    assert result.status == "error"
    assert result.error[0] == "EvaluationInterruptedException"
    assert int(kernel.value("rounds")) > 0


def test_materializing_a_network_too_large_for_memory_is_refused_in_one_line(same_process):
    same_process.ok('Network huge = Network.builder("huge").input(100_000).dense(1_000_000).dense(200_000).build();')
    evalue, lines = one_line_error(same_process.execute("Nd4jModels.materialize(huge, 42)"))
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("dev.paramcount.model.ModelException: ")
    # The library's budget message: what it would need, against what it may use.
    assert "huge" in line and "budget" in line, line
    assert same_process.value("ParamCount.count(huge).totalParams()") == str(100_000 * 1_000_000 + 1_000_000
                                                                          + 1_000_000 * 200_000 + 200_000)


def test_a_cell_that_exhausts_the_heap_is_an_error_and_the_kernel_carries_on(same_process):
    # A local list, so nothing holds on to the memory once the cell has failed.
    result = same_process.execute(
        "{ var hog = new java.util.ArrayList<long[]>(); while (true) hog.add(new long[1 << 24]); }",
        timeout=300)
    assert result.status == "error"
    assert "OutOfMemoryError" in result.error[1]


def test_a_syntax_error_names_its_line(same_process):
    result = same_process.execute(
        'Network net = AlexNets.paper()\n    .withUnits("fc6", 2048));\nSystem.out.println(net);')
    assert result.status == "error"
    ename, evalue, traceback = result.error
    assert ename == "CompilationException"
    assert evalue == "';' expected"
    assert "line 2:" in traceback.splitlines(), traceback
    assert result.of_type("stream") == [], "nothing of the broken cell ran"


def test_an_unclosed_parenthesis_says_the_cell_is_incomplete_and_shows_it(same_process):
    # JShell cannot tell where a missing ')' belongs, so there is no line number here; the message
    # names the likely culprits and repeats the code.
    result = same_process.execute(
        'Network net = AlexNets.paper()\n    .withUnits("fc6", 2048;\nSystem.out.println(net);')
    ename, evalue, traceback = result.error
    assert ename == "IncompleteSourceException"
    assert "a missing '}', ')' or ';'?" in traceback
    assert '.withUnits("fc6", 2048;' in traceback
    assert result.of_type("stream") == []


def test_system_exit_in_a_cell_is_refused_in_one_line_and_the_kernel_keeps_running(same_process):
    # The same_process fixture checks afterwards that the process, its variables and the library
    # are all still there.
    for code, call in [("System.exit(0);", "System.exit(0)"), ("Runtime.getRuntime().halt(1);", "Runtime.getRuntime().halt(1)")]:
        evalue, lines = one_line_error(same_process.execute(code))
        assert lines[0] == (f"java.lang.SecurityException: {call} was not run: it would end the kernel, and every "
                            "variable with it. The kernel keeps running; to start afresh, use Kernel → Restart Kernel.")
        assert len(lines) == 2 and re.fullmatch(r"\s*at \(#\d+:1\)", lines[1]), lines
