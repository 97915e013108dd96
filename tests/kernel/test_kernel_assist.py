"""Completion, inspection, is_complete and kernel_info."""

import re
import subprocess

from kernel_harness import kernel_java


def test_completion_offers_members(kernel):
    reply = kernel.request(lambda c: c.complete("Math.ma", 7))
    assert reply["status"] == "ok"
    assert "max(" in reply["matches"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (5, 7)


def test_completion_knows_the_notebooks_own_variables(kernel):
    kernel.ok('String greeting = "hi";')
    code = "int unrelated = 1;\ngreeting.toUpp"
    reply = kernel.request(lambda c: c.complete(code, len(code)))
    assert "toUpperCase(" in reply["matches"]
    assert reply["cursor_start"] == code.index("toUpp")


def test_completion_on_a_magic_line_offers_magic_names(kernel):
    reply = kernel.request(lambda c: c.complete("%ja", 3))
    assert reply["matches"] == ["jars"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (1, 3)


def test_completion_ignores_magic_lines_above(kernel):
    code = "%jars nothing-yet.jar\nMath.ab"
    reply = kernel.request(lambda c: c.complete(code, len(code)))
    assert "abs(" in reply["matches"]


def test_inspection_shows_signatures(kernel):
    for code, cursor in [("Math.max(", 9), ("Math.max(1, 2)", 7), ("Math.max", 6)]:
        reply = kernel.request(lambda c: c.inspect(code, cursor))
        assert reply["status"] == "ok"
        assert reply["found"], (code, cursor)
        assert "int Math.max(int a, int b)" in reply["data"]["text/plain"]


def test_inspection_of_nothing_finds_nothing(kernel):
    reply = kernel.request(lambda c: c.inspect("   ", 1))
    assert reply["status"] == "ok"
    assert not reply["found"]


def test_is_complete(kernel):
    def ask(code):
        return kernel.request(lambda c: c.is_complete(code))

    assert ask("int x = 1;")["status"] == "complete"
    assert ask("%jars a.jar\nint y = 2;")["status"] == "complete"
    incomplete = ask("for (int i = 0; i < 3; i++) {")
    assert incomplete["status"] == "incomplete"
    assert incomplete["indent"] == "    "
    assert ask("int x = 1;\nvoid f() {\n  if (true) {")["status"] == "incomplete"


def test_kernel_info_names_java_and_this_kernel(kernel, kernels_dir):
    info = kernel.request(lambda c: c.kernel_info())
    assert info["status"] == "ok"
    language = info["language_info"]
    assert language["name"] == "java"
    assert language["mimetype"] == "text/x-java"
    assert language["file_extension"] == ".jshell"
    shown = subprocess.run([kernel_java(kernels_dir), "-XshowSettings:properties", "-version"],
                           capture_output=True, text=True).stderr
    java_version = re.search(r"java\.version = (\S+)", shown).group(1)
    assert language["version"] == java_version
    assert info["implementation"] == "paramcount-kernel"
    assert re.match(r"\d+\.\d+\.\d+", info["implementation_version"])
    assert "paramcount Java kernel " + info["implementation_version"] in info["banner"]
    assert java_version in info["banner"]
    assert info["protocol_version"].startswith("5.")
