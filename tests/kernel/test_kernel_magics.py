"""%jars, %classpath and %load, with paths relative to the kernel's working directory."""

from pathlib import Path

import pytest

from kernel_harness import build_jar

@pytest.fixture
def project(tmp_path, javac):
    """notebooks/ (the kernel's working directory) next to libs/ with two tiny jars."""
    build_jar(javac, tmp_path, tmp_path / "libs" / "hello.jar", "hello", "Hello", "Hello")
    classes = build_jar(javac, tmp_path, tmp_path / "libs" / "extra" / "bonjour.jar", "bonjour", "Bonjour", "Bonjour")
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "helpers.jsh").write_text('String shout(String s) { return s.toUpperCase() + "!"; }\n')
    (tmp_path / "notebooks" / "Point.java").write_text(
        "package geo;\n\npublic record Point(int x, int y) {\n    int sum() { return x + y; }\n}\n")
    return tmp_path, classes


def test_jars_loads_several_globs_relative_to_the_notebook(new_kernel, project):
    root, _ = project
    kernel = new_kernel(cwd=root / "notebooks")
    result = kernel.ok('%jars ../libs/*.jar ../libs/**/bon*.jar\ndemo.hello.Hello.greet("notebook")')
    assert result.result["text/plain"] == "Hello, notebook"
    assert result.stream("stdout") == ""
    assert kernel.value('import demo.bonjour.Bonjour;\nBonjour.greet("cahier")') == "Bonjour, cahier"


def test_classes_from_a_jar_work_across_cells(new_kernel, project):
    root, _ = project
    kernel = new_kernel(cwd=root / "notebooks")
    kernel.ok("%jars ../libs/hello.jar")
    kernel.ok("import demo.hello.Hello;")
    assert kernel.value('Hello.greet("again")') == "Hello, again"
    assert kernel.value("Hello.class.getClassLoader() == Thread.currentThread().getContextClassLoader()") == "true"


def test_a_glob_that_matches_nothing_is_an_error_and_the_kernel_lives_on(new_kernel, project):
    root, _ = project
    kernel = new_kernel(cwd=root / "notebooks")
    ename, evalue, _ = kernel.execute("%jars ../libs/*.war").error
    assert (ename, evalue) == ("MagicException", '%jars: nothing matches "../libs/*.war"')
    assert kernel.value("1 + 1") == "2"


def test_classpath_adds_a_directory_of_classes(new_kernel, project):
    root, classes = project
    kernel = new_kernel(cwd=root / "notebooks")
    kernel.ok(f"%classpath {Path('..') / classes.relative_to(root)}")
    assert kernel.value('demo.bonjour.Bonjour.greet("dossier")') == "Bonjour, dossier"


def test_load_runs_a_script_and_a_java_file(new_kernel, project):
    root, _ = project
    kernel = new_kernel(cwd=root / "notebooks")
    kernel.ok("%load helpers.jsh")
    assert kernel.value('shout("loaded")') == "LOADED!"
    kernel.ok("%load Point.java")
    assert kernel.value("new Point(2, 3).sum()") == "5"
    ename, evalue, _ = kernel.execute("%load missing.jsh").error
    assert evalue == '%load: "missing.jsh" does not exist'
