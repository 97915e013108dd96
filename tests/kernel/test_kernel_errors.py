"""Errors say what went wrong where, and the kernel carries on after every one of them."""


def test_a_compile_error_marks_the_offending_code(kernel):
    result = kernel.execute('int ok = 1;\nint bad = "text";')
    assert result.status == "error"
    ename, evalue, traceback = result.error
    assert ename == "CompilationException"
    assert "incompatible types: java.lang.String cannot be converted to int" in evalue
    lines = traceback.splitlines()
    assert "error: incompatible types: java.lang.String cannot be converted to int" in lines
    assert "line 2:" in lines
    source = lines.index('    int bad = "text";')
    assert lines[source + 1] == "              ^^^^^^"
    assert kernel.value("ok") == "1", "snippets before the bad one ran"


def test_an_unknown_symbol_is_reported_with_the_compilers_words(kernel):
    ename, _, traceback = kernel.execute("Math.sqroot(2)").error
    assert ename == "CompilationException"
    assert "cannot find symbol" in traceback
    assert "Math.sqroot(2)" in traceback


def test_a_runtime_exception_shows_a_trace_trimmed_to_user_code(kernel):
    kernel.ok("int divide(int a, int b) { return a / b; }")
    result = kernel.execute("int zero = 0;\ndivide(1, zero)")
    assert result.status == "error"
    assert result.content["ename"] == "EvalException"
    ename, evalue, traceback = result.error
    assert evalue == "java.lang.ArithmeticException: / by zero"
    lines = traceback.splitlines()
    assert lines[0] == "java.lang.ArithmeticException: / by zero"
    assert lines[1].startswith("\tat divide (#")
    assert all(line.startswith("\tat ") for line in lines[1:])
    for machinery in ("dev.paramcount", "jdk.internal.reflect", "java.lang.reflect", "jdk.jshell", "REPL."):
        assert machinery not in traceback
    assert kernel.value("divide(6, 3)") == "2", "the kernel works after the exception"


def test_causes_are_shown(kernel):
    _, _, traceback = kernel.execute(
        'throw new RuntimeException("outer", new IllegalStateException("inner"))').error
    assert "java.lang.RuntimeException: outer" in traceback
    assert "Caused by: java.lang.IllegalStateException: inner" in traceback


def test_an_exception_in_to_string_is_a_user_error_not_a_dead_kernel(kernel):
    result = kernel.execute('new Object() { public String toString() { throw new IllegalStateException("no text"); } }')
    ename, evalue, traceback = result.error
    assert ename == "EvalException"
    assert "no text" in traceback
    assert "showing the cell's value failed" in traceback
    assert kernel.value("40 + 2") == "42"


def test_an_incomplete_snippet_says_so(kernel):
    result = kernel.execute("for (int i = 0; i < 3; i++) {\n  System.out.println(i);")
    ename, evalue, traceback = result.error
    assert ename == "IncompleteSourceException"
    assert "incomplete input" in traceback
    assert "for (int i = 0; i < 3; i++) {" in traceback
    assert result.of_type("stream") == [], "nothing of the incomplete loop ran"


def test_an_unknown_magic_is_a_clear_error(kernel):
    result = kernel.execute("%javadoc String")
    ename, evalue, traceback = result.error
    assert ename == "MagicException"
    assert evalue == "%javadoc: unknown line magic (line 1)"
    assert "%jars" in traceback and "%classpath" in traceback and "%load" in traceback
    assert kernel.value("1 + 1") == "2"


def test_an_unknown_cell_magic_is_a_clear_error(kernel):
    ename, evalue, _ = kernel.execute("%%bash\necho hi").error
    assert (ename, evalue) == ("MagicException", "%%bash: unknown cell magic (this kernel has no cell magics)")


def test_a_missing_jar_is_a_clear_error(kernel):
    ename, evalue, traceback = kernel.execute("%jars ../lib/target/no-such.jar\nint after = 1;").error
    assert ename == "MagicException"
    assert evalue == '%jars: "../lib/target/no-such.jar" does not exist'
    assert "Relative paths start at the kernel's working directory" in traceback
    assert kernel.execute("after").status == "error", "the code after the failed magic did not run"
    assert kernel.value("2 + 2") == "4"


def test_a_stack_overflow_in_user_code_is_survivable(kernel):
    kernel.ok("int down(int n) { return down(n + 1) + 1; }")
    ename, evalue, traceback = kernel.execute("down(0)").error
    assert evalue.startswith("java.lang.StackOverflowError")
    assert len(traceback.splitlines()) < 1100
    assert kernel.value("3 * 3") == "9"
