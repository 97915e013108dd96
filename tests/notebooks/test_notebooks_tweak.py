"""Notebook 06 follows the student's edits: the knob changes the printed total and the chart, the
sweeps print the right counts, and the exercise check says "correct" for the right answers.

The expected counts are computed here with the paper's layer arithmetic, itself checked against
PyTorch's counts of `paper` and `paper-224`.
"""

import re

import pytest

from notebook_checks import as_int, cell_with, fmt, images, signed, stream_text, torch_fixture, total

# ---------------------------------------------------------------- the paper's arithmetic, independently


def pool5_side(size):
    """pool5's width for a size×size input: conv1 11/4 valid, 3/2 max-pools, 'same' conv2..conv5."""
    side = (size - 11) // 4 + 1
    for _ in range(3):  # pool1, pool2, pool5 (conv2..conv5 keep the size)
        side = (side - 3) // 2 + 1
    return side


def paper_params(size=227, conv1_filters=96, groups=(1, 2, 1, 2, 2), fc6_units=4096):
    convs = [(11, 3, conv1_filters), (5, conv1_filters, 256), (3, 256, 384), (3, 384, 384), (3, 384, 256)]
    conv = sum(k * k * (cin // g) * cout + cout for (k, cin, cout), g in zip(convs, groups))
    flat = pool5_side(size) ** 2 * 256
    dense = (flat * fc6_units + fc6_units) + (fc6_units * 4096 + 4096) + (4096 * 1000 + 1000)
    return conv + dense


def test_the_arithmetic_here_agrees_with_pytorch():
    assert paper_params(227) == total("paper")
    assert paper_params(224) == total("paper-224")
    assert paper_params(227, groups=(1, 1, 1, 1, 1)) == total("single-tower")


PER_FC6_UNIT = 9216 + 1 + 4096  # each unit of fc6: 9,216 weights, a bias, and one weight in each of fc7's 4096 units
TWEAKED_UNITS = 2048
TWEAKED_TOTAL = total("paper") - (4096 - TWEAKED_UNITS) * PER_FC6_UNIT


def test_a_narrower_fc6_is_what_the_arithmetic_says():
    assert TWEAKED_TOTAL == paper_params(fc6_units=TWEAKED_UNITS) == 33_700_200


def printed(run, snippet):
    _, cell = cell_with(run.nb, snippet)
    return stream_text(cell)


def png_of(run, snippet):
    index, _ = cell_with(run.nb, snippet)
    found = [b64 for i, b64 in images(run.nb) if i == index]
    assert len(found) == 1, f"cell {index} ({snippet!r}) shows {len(found)} PNGs"
    return found[0]


# ---------------------------------------------------------------- as committed

def test_06_knob_as_committed_prints_the_paper_total(runs):
    text = printed(runs["06"], "int fc6Units")
    assert f"fc6 with 4,096 units: {fmt(total('paper'))} parameters in total (+0 against the paper)" in text


def test_06_chained_edits_print_the_recounted_summary(runs):
    text = printed(runs["06"], ".withInput(259, 259, 3)")
    expected = paper_params(259, conv1_filters=64, groups=(1, 2, 2, 2, 2))
    assert re.search(rf"^Total params:\s+{fmt(expected)}$", text, re.MULTILINE), text
    assert "pool5 (MaxPooling2D)                7×7×256" in text


def test_06_bad_edit_names_layer_field_and_value(runs):
    text = printed(runs["06"], 'withGroups("conv2", 3)')
    assert "'conv2'" in text and "'groups'" in text and "= 3" in text, text


def test_06_fc6_sweep_grows_by_13313_per_unit(runs):
    text = printed(runs["06"], 'Sweeps.units(AlexNets.paper(), "fc6"')
    rows = re.findall(r"^\s*([\d,]+)\s+\|\s+([\d,]+)\s+\|", text, re.MULTILINE)
    assert [as_int(u) for u, _ in rows] == list(range(256, 8192 + 1, 256))
    for units, params in rows:
        assert as_int(params) == paper_params(fc6_units=as_int(units)), units


def test_06_input_size_sweep_finds_where_pool5_is_6_by_6(runs):
    text = printed(runs["06"], "Sweeps.inputSize(AlexNets.paper(), 190, 262, 1)")
    six = [s for s in range(190, 263) if pool5_side(s) == 6]
    assert f"pool5 is 6×6×256 for inputs from {six[0]} to {six[-1]}" in text
    rows = re.findall(r"^\s*(\d+)\s+\|\s+([\d,]+)\s+\|\s+[\d,]+\s+\|\s+(\d+)×\d+×256", text, re.MULTILINE)
    assert len(rows) == 12
    for size, params, side in rows:
        assert (as_int(params), int(side)) == (paper_params(int(size)), pool5_side(int(size))), size


# The three exercises, solved here.
CONV2_IN_4_GROUPS = 5 * 5 * (96 // 4) * 256 + 256
SEED_GRID = next(l for l in torch_fixture("keras-seed")["layers"] if l["name"] == "conv2d_4")["outputShapeNHWC"]
DENSE_AFTER_FLATTEN = SEED_GRID[0] * SEED_GRID[1] * SEED_GRID[2] * 4096 + 4096
FIRST_7_BY_7 = next(s for s in range(227, 301) if pool5_side(s) == 7)


def test_06_answers_cell_prints_the_right_answers(runs):
    text = printed(runs["06"], "1. conv2 in 4 groups")
    assert (CONV2_IN_4_GROUPS, DENSE_AFTER_FLATTEN, FIRST_7_BY_7) == (153_856, 177_213_440, 259)
    assert f"= {fmt(CONV2_IN_4_GROUPS)}\n" in text
    assert f"= {fmt(DENSE_AFTER_FLATTEN)}\n" in text
    assert f"an input of {FIRST_7_BY_7}×{FIRST_7_BY_7}\n" in text


def test_06_check_cell_says_not_yet_to_the_blank_answers(runs):
    text = printed(runs["06"], "answers[i] == expected[i]")
    assert text.splitlines() == [f"exercise {i}: not yet" for i in (1, 2, 3)]


# ---------------------------------------------------------------- edited, as a student would

def answers_printed(run):
    """The three answers as the answers cell of a run printed them."""
    text = printed(run, "1. conv2 in 4 groups")
    numbers = re.findall(r"= ([\d,]+)$", text, re.MULTILINE) + re.findall(r"input of (\d+)×", text)
    assert len(numbers) == 3, text
    return [as_int(n) for n in numbers]


@pytest.fixture(scope="session")
def edited_06(runs, notebook_copy):
    """06 with fc6Units = 2048 and the exercise answers filled in from its own answers cell."""
    edits = {r"int fc6Units = 4096;": f"int fc6Units = {TWEAKED_UNITS};"}
    for n, answer in enumerate(answers_printed(runs["06"]), start=1):
        edits[rf"long answer{n} = 0;"] = f"long answer{n} = {answer};"
    run = notebook_copy("06", edits)
    assert run.failure is None, run.failure
    return run


def test_06_knob_changes_the_printed_total(edited_06):
    text = printed(edited_06, "int fc6Units")
    change = TWEAKED_TOTAL - total("paper")
    assert (f"fc6 with 2,048 units: {fmt(TWEAKED_TOTAL)} parameters in total "
            f"({signed(change)} against the paper)") in text
    assert f"fc6: {fmt(9216 * 2048 + 2048)} parameters, fc7: {fmt(2048 * 4096 + 4096)} parameters" in text


def test_06_knob_changes_the_chart(runs, edited_06):
    snippet = "Charts.paramsPerLayer(tweaked)"
    assert png_of(edited_06, snippet) != png_of(runs["06"], snippet)


def test_06_check_cell_says_correct_to_the_right_answers(edited_06):
    text = printed(edited_06, "answers[i] == expected[i]")
    assert text.splitlines() == [f"exercise {i}: correct" for i in (1, 2, 3)]
