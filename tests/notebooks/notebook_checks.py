"""Helpers for the notebook tests: running notebooks, reading their outputs, decoding PNGs.

The module has a name of its own (not `helpers`) so that no other test directory's module can
stand in for it on sys.path. Expected numbers come from the PyTorch and tf.keras fixtures under
lib/src/test/resources/fixtures (generated with the real frameworks), never from our own code.
"""

from __future__ import annotations

import base64
import json
import os
import re
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
VENV = REPO / ".venv"
FIXTURES = REPO / "lib" / "src" / "test" / "resources" / "fixtures"

# tools/execute_notebooks.py is what `bin/lab --execute` runs; the tests run notebooks the same way.
sys.path.insert(0, str(REPO / "tools"))
from execute_notebooks import NotebookFailure, execute  # noqa: E402


def jupyter_env() -> dict:
    """The variables bin/_common.sh's pc_jupyter_env exports: Jupyter's dirs inside .venv."""
    return {
        "JUPYTER_CONFIG_DIR": str(VENV / "etc" / "jupyter"),
        "JUPYTER_DATA_DIR": str(VENV / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(VENV / "share" / "jupyter" / "runtime"),
        "JUPYTER_PLATFORM_DIRS": "1",
        "IPYTHONDIR": str(VENV / "etc" / "ipython"),
    }


def use_venv_jupyter_dirs() -> None:
    """Points Jupyter at .venv as bin/test does, for a plain `.venv/bin/python -m pytest` run.

    Variables already set (by bin/test) are kept; the kernelspec check then says where `java` was found.
    """
    for name, value in jupyter_env().items():
        os.environ.setdefault(name, value)


def short(path: Path) -> str:
    """'01' for 01-the-25m-mystery.ipynb."""
    return path.name[:2]


# ---------------------------------------------------------------- independent expected values

def torch_fixture(preset: str) -> dict:
    return json.loads((FIXTURES / "torch" / f"{preset}.expected.json").read_text())


def total(preset: str) -> int:
    """A preset's total as PyTorch counted it."""
    return torch_fixture(preset)["totalParams"]


def fmt(n: int) -> str:
    """Java's %,d: 25678184 -> '25,678,184', -1413120 -> '-1,413,120'."""
    return f"{n:,}"


def signed(n: int) -> str:
    """Java's %+,d."""
    return f"{n:+,}"


# ---------------------------------------------------------------- reading executed notebooks

@dataclass
class Run:
    """One headless execution of a notebook: the executed copy, its time, and the failure if any."""
    path: Path
    nb: object
    seconds: float | None
    failure: str | None


def run_notebook(path: Path, out_dir: Path) -> Run:
    """Executes `path` on the `java` kernel; a failing cell is recorded, not raised, so that each
    test reports what it checks (the executed copy up to the failure is read back from out_dir)."""
    import nbformat

    try:
        nb, seconds = execute(path, out_dir)
        return Run(path, nb, seconds, None)
    except NotebookFailure as failure:
        return Run(path, nbformat.read(out_dir / path.name, as_version=4), None, str(failure))


def code_cells(nb):
    """(1-based index as JupyterLab counts cells, cell) for every code cell."""
    return [(i, c) for i, c in enumerate(nb.cells, start=1) if c.cell_type == "code"]


def cell_with(nb, snippet: str):
    """The one code cell whose source contains `snippet`: (index, cell)."""
    found = [(i, c) for i, c in code_cells(nb) if snippet in c.source]
    assert len(found) == 1, f"expected exactly one code cell containing {snippet!r}, found {len(found)}"
    return found[0]


def stream_text(cell, name: str = "stdout") -> str:
    """Everything the cell printed on one stream, joined (the kernel may split it into many messages)."""
    return "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == name)


def plain_text(cell) -> str:
    """The text/plain of the cell's results and displays."""
    return "".join(o.data.get("text/plain", "") for o in cell.get("outputs", []) if "data" in o)


def cell_text(cell) -> str:
    return stream_text(cell) + plain_text(cell)


def notebook_text(nb) -> str:
    return "\n".join(cell_text(c) for _, c in code_cells(nb))


def markdown_text(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def images(nb):
    """(cell index, base64 PNG) for every image/png output."""
    return [(i, o.data["image/png"]) for i, c in code_cells(nb) for o in c.get("outputs", [])
            if "data" in o and "image/png" in o.data]


# ---------------------------------------------------------------- numbers in prose and outputs

# A number written with thousands separators, with the sign glued to it if any ("+36,700,160",
# "−1,413,120" with U+2212). En dashes in ranges ("253,440–186,624") are not signs.
GROUPED = re.compile(r"(?<![\d,.])([+\-\u2212]?)(\d{1,3}(?:,\d{3})+)(?![\d]|,\d)")


def grouped_numbers(text: str) -> list[str]:
    """Every grouped number in `text`, a minus normalized to '-': ['25,678,184', '+36,700,160', '-1,413,120']."""
    return [(sign.replace("\u2212", "-") + digits) for sign, digits in GROUPED.findall(text)]


def contains_number(text: str, number: str) -> bool:
    """True when `number` (as grouped_numbers gives it) is printed in `text` as a whole number.
    An unsigned number matches signed or unsigned occurrences; a signed one only with its sign."""
    printed = grouped_numbers(text)
    if number[0] in "+-":
        return number in printed
    return any(p.lstrip("+-") == number for p in printed)


def as_int(grouped: str) -> int:
    return int(grouped.replace(",", "").replace("\u2212", "-"))


# ---------------------------------------------------------------- PNG

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass
class Png:
    width: int
    height: int
    rows: list  # each row's pixel bytes, unfiltered
    bytes_per_pixel: int
    complete: bool  # every chunk whole with a valid CRC, IEND last, nothing after it
    problem: str | None  # why it is not complete

    def pixels(self):
        bpp = self.bytes_per_pixel
        for row in self.rows:
            for x in range(0, len(row), bpp):
                yield row[x:x + bpp]


def decode_png(b64: str) -> Png:
    """Decodes a base64 PNG (8-bit grey, RGB or RGBA, not interlaced) with the standard library.

    Image data is required to be whole; the file's completeness (CRCs, IEND) is reported
    separately in `complete`, so a test can say which of the two is wrong."""
    data = base64.b64decode(b64)
    assert data[:8] == PNG_SIGNATURE, "not a PNG: the signature is wrong"
    pos, header, idat, problem, ended = 8, None, bytearray(), None, False
    while pos < len(data):
        if pos + 8 > len(data):
            problem = f"the file ends inside a chunk header at byte {pos} of {len(data)}"
            break
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) < length:
            problem = f"chunk {kind.decode(errors='replace')} is cut short"
            break
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        if len(crc) < 4:
            problem = f"chunk {kind.decode(errors='replace')} lacks {4 - len(crc)} of its 4 CRC bytes " \
                      f"(the file has {len(data)} bytes, {pos + 12 + length} expected)"
            ended = kind == b"IEND"
            break
        if zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            problem = f"chunk {kind.decode(errors='replace')} has a wrong CRC"
            break
        pos += 12 + length
        if kind == b"IEND":
            ended = True
            if pos != len(data):
                problem = f"{len(data) - pos} bytes after IEND"
            break
    if problem is None and not ended:
        problem = "no IEND chunk"
    assert header is not None, "no IHDR chunk"
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0, f"unexpected PNG format: depth {depth}, interlace {interlace}"
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    assert len(raw) == height * (stride + 1), \
        f"image data holds {len(raw)} bytes, {height} rows of {stride + 1} expected"
    return Png(width, height, unfilter(raw, height, stride, bpp), bpp, problem is None, problem)


def unfilter(raw: bytes, height: int, stride: int, bpp: int) -> list:
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + (left + prev[i]) // 2) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        else:
            assert kind == 0, f"row {y} has unknown filter type {kind}"
        rows.append(bytes(line))
        prev = line
    return rows


# ---------------------------------------------------------------- determinism

# Parts of a text output that may differ between two runs of the same notebook, with why.
VOLATILE = [
    # The kernel's text/plain for an image value is BufferedImage.toString(), which starts with
    # the object's identity hash.
    (re.compile(r"BufferedImage@[0-9a-f]+"), "BufferedImage@<hash>"),
    # Notebook 05 prints ND4J's refusal to allocate a huge network, and the library's message
    # names the memory the machine has left at that moment (the kernel's own RSS and the OS's
    # available memory), which moves by a few hundred MB between runs.
    (re.compile(r"(room under maxphysicalbytes|available memory) \d+(\.\d+)? [KMGT]?B"), r"\1 <memory>"),
]


def normalized(text: str) -> str:
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text
