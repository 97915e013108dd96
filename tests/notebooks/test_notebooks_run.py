"""Every notebook runs top to bottom on the java kernel, cleanly, and the same way every time."""

import nbformat
import pytest

from notebook_checks import NOTEBOOKS, cell_text, code_cells, images, normalized, short

IDS = [short(p) for p in NOTEBOOKS]


def test_there_are_six_notebooks_in_teaching_order():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01-", "02-", "03-", "04-", "05-", "06-"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_notebook_carries_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    with_outputs = [i for i, c in code_cells(nb) if c.outputs or c.execution_count is not None]
    assert not with_outputs, f"{path.name}: cells {with_outputs} were committed with outputs or execution counts"
    assert nb.metadata.kernelspec.name == "java"


@pytest.mark.parametrize("name", IDS)
def test_notebook_runs_without_error_outputs(runs, name):
    run = runs[name]
    errors = [f"cell {i}: {o.ename}: {o.evalue}" for i, c in code_cells(run.nb)
              for o in c.get("outputs", []) if o.output_type == "error"]
    assert run.failure is None and not errors, f"{run.failure}\n" + "\n".join(errors)


@pytest.mark.parametrize("name", IDS)
def test_every_code_cell_was_executed(runs, name):
    nb = runs[name].nb
    counts = [c.execution_count for _, c in code_cells(nb)]
    assert counts == list(range(1, len(counts) + 1)), f"execution counts {counts}"


@pytest.mark.parametrize("name", IDS)
def test_no_cell_writes_to_stderr(runs, name):
    # What a cell writes to stderr (a logger's warning, a stack trace) shows up red under the cell.
    noise = [f"cell {i}: {o.text!r}" for i, c in code_cells(runs[name].nb)
             for o in c.get("outputs", []) if o.output_type == "stream" and o.name == "stderr"]
    assert not noise, "\n".join(noise)


@pytest.mark.parametrize("name", IDS)
def test_running_a_notebook_twice_prints_the_same_text(runs, second_runs, name):
    first, second = runs[name].nb, second_runs[name].nb
    for (i, a), (_, b) in zip(code_cells(first), code_cells(second)):
        assert normalized(cell_text(a)) == normalized(cell_text(b)), f"cell {i} printed different text"


@pytest.mark.parametrize("name", IDS)
def test_running_a_notebook_twice_draws_the_same_charts(runs, second_runs, name):
    first, second = images(runs[name].nb), images(second_runs[name].nb)
    assert [i for i, _ in first] == [i for i, _ in second]
    differing = [i for (i, a), (_, b) in zip(first, second) if a != b]
    assert not differing, f"cells {differing} drew different PNGs"
