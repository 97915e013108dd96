"""The notebooks print the numbers the story needs, and their Markdown says only what the cells print.

Expected values come from the fixtures made with real PyTorch and tf.keras (see notebook_checks),
from the paper's own figures, or from arithmetic written out here: never from paramcount itself.
"""

import re

import pytest

from notebook_checks import (FIXTURES, NOTEBOOKS, as_int, cell_with, contains_number, fmt, grouped_numbers,
                             markdown_text, notebook_text, short, signed, stream_text, torch_fixture, total)


def printed(runs, name, snippet):
    """What the one cell of notebook `name` whose source contains `snippet` printed on stdout."""
    _, cell = cell_with(runs[name].nb, snippet)
    text = stream_text(cell)
    assert text, f"{name}: the cell with {snippet!r} printed nothing"
    return text


def params_of(preset, kind=None):
    """{layer name: params} of the layers with parameters, as PyTorch counted them."""
    return {l["name"]: l["params"] for l in torch_fixture(preset)["layers"]
            if l["params"] and (kind is None or l["type"] == kind)}


def keras_kernel(layer):
    """A PyTorch weight shape [out, in/groups, kh, kw] written the Keras way: kh×kw×in/groups×out."""
    out, depth, kh, kw = layer["weightShapes"][0]
    return f"{kh}×{kw}×{depth}×{out}"


def row(text, start):
    """The one line of `text` that starts (after spaces) with `start`."""
    rows = [line for line in text.splitlines() if line.lstrip().startswith(start)]
    assert len(rows) == 1, f"expected one line starting with {start!r}, found {rows}"
    return rows[0]


# ---------------------------------------------------------------- 01 the 25 million mystery

def test_01_rebuilds_the_question_model_as_the_keras_seed_preset(runs):
    assert printed(runs, "01", "seed.equals(").strip() == "the same network as the preset keras-seed: true"


def test_01_prints_exactly_the_summary_tf_keras_2_printed(runs):
    # seed.summary.txt is what tf.keras 2.x itself printed for the question's code.
    keras = (FIXTURES / "tfkeras2" / "seed.summary.txt").read_text()
    text = printed(runs, "01", "classicSummary(seed)")
    assert text.rstrip("\n") == keras.rstrip("\n")
    assert "max_pooling2d_1 (MaxPooling2 (None, 13, 13, 256)" in text
    assert "Total params: 25,678,184" in text


def test_01_wide_summary_has_every_layer_count_and_the_total(runs):
    text = printed(runs, "01", "ParamCount.summary(seed)")
    for name, params in params_of("keras-seed").items():
        assert fmt(params) in row(text, f"{name} ("), name
    assert fmt(total("keras-seed")) in row(text, "Total params:")


def test_01_reads_the_same_count_from_the_keras_json_file(runs):
    text = printed(runs, "01", "ParamCount.keras(")
    assert f"sequential: {fmt(total('keras-seed'))} parameters in 10 layers" in text
    assert "same counts as the rebuilt model: true" in text


# ---------------------------------------------------------------- 02 the paper's network

def test_02_summary_of_the_paper_network_matches_pytorch_layer_by_layer(runs):
    text = printed(runs, "02", "ParamCount.summary(paper)")
    for name, params in params_of("paper").items():
        assert fmt(params) in row(text, f"{name} ("), name
    assert fmt(total("paper")) in row(text, "Total params:")


def test_02_grouped_kernels_are_half_as_deep(runs):
    text = printed(runs, "02", 'List.of("conv1"')
    for layer in torch_fixture("paper")["layers"]:
        if layer["type"] == "Conv2d":
            line = row(text, layer["name"])
            assert keras_kernel(layer) in line and fmt(layer["params"]) in line, line
    # The paper's own words: kernels of 5×5×48 (conv2) and 3×3×192 (conv4, conv5).
    assert "5×5×48×256" in text and "3×3×192×384" in text and "3×3×192×256" in text


def test_02_single_tower_against_paper_differs_by_the_split(runs):
    text = printed(runs, "02", "AlexNets.singleTower()")
    assert f"single-tower {fmt(total('single-tower'))}\npaper        {fmt(total('paper'))}\n" in text
    split = total("paper") - total("single-tower")
    assert split == -1_413_120
    assert contains_number(text, signed(split))


def test_02_lists_every_layer_without_parameters(runs):
    text = printed(runs, "02", "f.params() == 0")
    zero = [l for l in torch_fixture("paper")["layers"] if l["params"] == 0]
    lines = [line for line in text.splitlines() if line.endswith(" 0 params")]
    assert len(lines) == len(zero) == 8


def test_02_explains_224_against_227(runs):
    text = printed(runs, "02", "explainInputSizes()")
    assert fmt(total("paper-224")) in text and fmt(total("paper")) in text

    def pool5_values(preset):
        h, w, c = next(l for l in torch_fixture(preset)["layers"] if l["name"] == "pool5")["outputShapeNHWC"]
        return h * w * c

    assert f"5×5×256 = {fmt(pool5_values('paper-224'))}" in text
    assert f"6×6×256 = {fmt(pool5_values('paper'))}" in text


def test_02_counts_the_650000_neurons(runs):
    text = printed(runs, "02", "explainNeurons()")
    paper_says = [253_440, 186_624, 64_896, 64_896, 43_264, 4096, 4096, 1000]  # the paper's list
    assert fmt(sum(paper_says)) in row(text, "sum")
    assert fmt(torch_fixture("paper")["neuronsConvAndDense"]) in row(text, "sum")
    conv1 = torch_fixture("paper")["layers"][0]
    assert fmt(conv1["neurons"]) in row(text, "conv1")


# ---------------------------------------------------------------- 03 the bridge

FLATTEN_DELTA = total("keras-fixed") - total("keras-seed")
SPLIT_DELTA = total("paper") - total("single-tower")


def test_03_bridge_deltas_are_what_pytorch_counts():
    # The two numbers the bridge is about, from two independent PyTorch models each.
    assert (FLATTEN_DELTA, SPLIT_DELTA) == (36_700_160, -1_413_120)
    assert (9216 - 256) * 4096 == FLATTEN_DELTA


def test_03_explanation_walks_from_the_seed_to_the_paper(runs):
    text = printed(runs, "03", "ParamCount.explain()")
    chain = (f"{fmt(total('keras-seed'))} → +0 (pool) → {signed(FLATTEN_DELTA)} (Flatten) → "
             f"{signed(SPLIT_DELTA)} (groups) → {fmt(total('paper'))}").replace("-", "\u2212")
    assert chain in text
    assert f"→ {fmt(total('keras-fixed'))}" in text


def test_03_bridge_steps_carry_totals_and_deltas(runs):
    text = printed(runs, "03", "bridge.steps()")
    steps = re.findall(r"([\d,]+)\s+\(([+\-][\d,]+)\)$", text, re.MULTILINE)
    assert [(as_int(t), as_int(d)) for t, d in steps] == [
        (total("keras-seed"), 0),
        (total("keras-seed"), 0),
        (total("keras-fixed"), FLATTEN_DELTA),
        (total("paper"), SPLIT_DELTA),
    ]


def test_03_compares_the_seed_with_torchvision(runs):
    text = printed(runs, "03", "AlexNets.torchvision()")
    difference = total("torchvision") - total("keras-seed")
    assert f"{fmt(total('keras-seed'))} {signed(difference)} = {fmt(total('torchvision'))}" in text


# ---------------------------------------------------------------- 04 where the parameters live

def test_04_per_layer_table_matches_pytorch(runs):
    text = printed(runs, "04", "Tables.perLayer(paper)")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.count("|") > 5}
    for name, params in params_of("paper").items():
        assert fmt(params) in rows[name], name
    assert f"{fmt(total('paper'))} params, {fmt(torch_fixture('paper')['totalMacs'])} MACs" in text


def test_04_dense_layers_hold_96_percent(runs):
    text = printed(runs, "04", "Tables.byKind(paper)")
    dense = sum(params_of("paper", "Linear").values())
    conv = sum(params_of("paper", "Conv2d").values())
    assert (dense, conv) == (58_631_144, 2_334_080)
    assert fmt(dense) in row(text, "dense") and fmt(conv) in row(text, "convolution")
    assert f"{dense / total('paper'):.2%}" in row(text, "dense")


def test_04_variants_side_by_side(runs):
    text = printed(runs, "04", "Tables.totals(")
    rows = {line.split("|")[0].strip(): line for line in text.splitlines() if "|" in line}
    for preset in ("keras-seed", "keras-fixed", "paper", "torchvision"):
        line = rows[preset]
        assert fmt(total(preset)) in line and fmt(torch_fixture(preset)["totalMacs"]) in line, line


def test_04_parameters_against_compute(runs):
    text = printed(runs, "04", "seedCounts.totalMacs()")
    assert f"paper:      {fmt(torch_fixture('paper')['totalMacs'])} MACs" in text
    assert f"keras-seed: {fmt(torch_fixture('keras-seed')['totalMacs'])} MACs" in text
    assert f"three Dense layers: {fmt(torch_fixture('keras-seed')['denseMacs'])}" in text


# ---------------------------------------------------------------- 05 ND4J makes it real

def nd4j_shape(dims):
    return "[" + ", ".join(str(d) for d in [1, *dims]) + "]"


def test_05_paper_weights_as_arrays_add_up(runs):
    text = printed(runs, "05", 'paper.arrays("conv2")')
    assert text.count("[5, 5, 48, 128]") == 2  # one kernel per GPU
    assert f"{fmt(total('paper'))} values in all; the analytic count is {fmt(total('paper'))}: they agree" in text


def test_05_forward_pass_shapes_agree_layer_by_layer(runs):
    text = printed(runs, "05", "paper.forward(1)")
    fixture = torch_fixture("paper")["layers"]
    lines = [line for line in text.splitlines() if " inferred " in line]
    assert len(lines) == len(fixture) and all(line.endswith(" ok") for line in lines), text
    for line, layer in zip(lines, fixture):
        assert f"observed {nd4j_shape(layer['outputShapeNHWC'])}" in line, line
    assert f"output: {nd4j_shape(torch_fixture('paper')['outputShapeTorch'])}" in text


def test_05_question_model_outputs_a_13_by_13_grid_of_1000_scores(runs):
    text = printed(runs, "05", "Nd4jModels.materialize(AlexNets.kerasSeed()")
    grid = torch_fixture("keras-seed")["outputShapeTorch"]
    assert grid == [13, 13, 1000]
    assert f"keras-seed output: {nd4j_shape(grid)}" in text
    assert f"keras-seed: {fmt(total('keras-seed'))} values in arrays, {fmt(total('keras-seed'))} counted" in text
    assert re.search(r"sum to (1\.0|0\.99999\d*|1\.00000\d*) ", text), text


def test_05_every_preset_verifies_in_nd4j(runs):
    text = printed(runs, "05", "Nd4jModels.verify(")
    presets = ["keras-seed", "keras-fixed", "single-tower", "paper", "paper-224", "torchvision"]
    for preset in presets:
        line = row(text, preset + " ")
        assert f"analytic {fmt(total(preset)):>11}  ND4J {fmt(total(preset)):>11}" in line, line
        assert nd4j_shape(torch_fixture(preset)["outputShapeTorch"]) in line and line.endswith("agrees"), line


def test_05_counts_what_it_refuses_to_allocate(runs):
    text = printed(runs, "05", 'Network.builder("huge")')
    huge = (100_000 * 1_000_000 + 1_000_000) + (1_000_000 * 200_000 + 200_000)
    assert f"counted: {fmt(huge)} parameters" in text
    assert row(text, "refused:").startswith("refused: materializing 'huge' needs 1.2 TB")


# ---------------------------------------------------------------- the Markdown says what the cells print

# Numbers the Markdown may state without a cell printing them, each with the reason and, where
# one exists, a check against what the notebook does print.
def _printed_difference(a, b, expected):
    return lambda text: contains_number(text, a) and contains_number(text, b) and as_int(a) - as_int(b) == expected


def _fc6_slope(text):
    """13,313: the step between two rows of 06's fc6 sweep (256 units apart), per unit."""
    rows = re.findall(r"^\s*([\d,]+)\s+\|\s+([\d,]+)\s+\|", text, re.MULTILINE)
    params = {as_int(u): as_int(p) for u, p in rows}
    return params and all((params[u + 256] - params[u]) == 256 * 13_313 for u in params if u + 256 in params)


NOT_PRINTED = {
    "01": {
        "650,000": ("quoted from the paper's abstract (notebook 02 derives it)", None),
    },
    "03": {
        "135,616": ("the difference of two printed totals, torchvision minus paper",
                    _printed_difference("61,100,840", "60,965,224", 135_616)),
    },
    "06": {
        "13,313": ("parameters per fc6 unit: the slope of the printed fc6 sweep", _fc6_slope),
        "9,216": ("fc6's inputs in 9,216 + 1 + 4,096 = 13,313, the slope of the printed sweep",
                  lambda text: _fc6_slope(text) and 9_216 + 1 + 4_096 == 13_313),
    },
}


@pytest.mark.parametrize("name", [short(p) for p in NOTEBOOKS])
def test_every_number_in_the_markdown_is_printed_by_the_notebook(runs, name):
    nb = runs[name].nb
    outputs = notebook_text(nb)
    allowed = NOT_PRINTED.get(name, {})
    claimed = grouped_numbers(markdown_text(nb))
    missing = []
    for number in claimed:
        if contains_number(outputs, number):
            continue
        reason, check = allowed.get(number, (None, None))
        if reason is None:
            missing.append(f"{number}: not printed by any cell")
        elif check is not None and not check(outputs):
            missing.append(f"{number}: {reason}, which the outputs no longer bear out")
    assert not missing, "\n".join(missing)
    # An allow-list entry the Markdown no longer needs would hide a future mismatch: keep it exact.
    unused = set(allowed) - {n.lstrip("+-") for n in claimed}
    assert not unused, f"allowed but not in the Markdown any more: {unused}"
