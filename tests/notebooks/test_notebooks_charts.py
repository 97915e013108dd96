"""Every chart cell shows a real picture: a PNG of the library's chart size with something drawn on it."""

from collections import Counter

import nbformat
import pytest

from notebook_checks import NOTEBOOKS, code_cells, decode_png, images, short

# The size every chart of the library is drawn at (Charts.WIDTH × Charts.HEIGHT).
CHART_SIZE = (1000, 600)


def chart_cells(nb):
    """Cells that show a chart: their value is `Charts.image(...)`."""
    return [i for i, c in code_cells(nb) if "Charts.image(" in c.source]


WITH_CHARTS = [p for p in NOTEBOOKS if chart_cells(nbformat.read(p, as_version=4))]


def test_the_notebooks_that_tell_the_story_in_pictures_have_charts():
    # 01 per-layer bars, 03 the waterfall, 04 tables' charts, 06 the tweaked network and sweeps.
    assert [short(p) for p in WITH_CHARTS] == ["01", "03", "04", "06"]


@pytest.mark.parametrize("name", [short(p) for p in WITH_CHARTS])
def test_every_chart_cell_shows_one_png_and_nothing_else_does(runs, name):
    nb = runs[name].nb
    shown = [i for i, _ in images(nb)]
    assert shown == chart_cells(nb), f"cells with a PNG {shown}, chart cells {chart_cells(nb)}"


@pytest.mark.parametrize("name", [short(p) for p in WITH_CHARTS])
def test_every_chart_is_a_drawn_picture_of_the_chart_size(runs, name):
    for cell, b64 in images(runs[name].nb):
        png = decode_png(b64)
        assert (png.width, png.height) == CHART_SIZE, f"cell {cell}"
        colours = Counter(png.pixels())
        background, count = colours.most_common(1)[0]
        drawn = 1 - count / (png.width * png.height)
        # Bars, axes and anti-aliased text: many colours, many different rows, a few % of the area.
        assert len(colours) >= 16, f"cell {cell}: only {len(colours)} colours"
        assert len(set(png.rows)) >= 50, f"cell {cell}: only {len(set(png.rows))} different rows"
        assert drawn >= 0.02, f"cell {cell}: only {drawn:.1%} of the pixels differ from the background"


# The base library's renderer used to lose the last bytes of some PNGs (see the kernel's KernelRenderer).
def test_every_chart_png_is_a_complete_file(runs):
    broken = [f"{name} cell {cell}: {png.problem}" for name in map(short, WITH_CHARTS)
              for cell, b64 in images(runs[name].nb) for png in [decode_png(b64)] if not png.complete]
    assert not broken, "\n".join(broken)
