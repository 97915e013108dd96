"""The checks the notebook tests rely on catch what they are meant to catch (no kernel needed)."""

import base64
import struct
import zlib

from notebook_checks import contains_number, decode_png, grouped_numbers, normalized


def png(width, height, pixel, cut=0):
    """A base64 RGB PNG, every pixel `pixel(x, y)`, with the last `cut` bytes dropped."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return base64.b64encode(data[:len(data) - cut]).decode()


def test_a_blank_png_decodes_to_one_colour():
    image = decode_png(png(40, 30, lambda x, y: (255, 255, 255)))
    assert (image.width, image.height, image.complete) == (40, 30, True)
    assert set(image.pixels()) == {b"\xff\xff\xff"} and len(set(image.rows)) == 1


def test_a_drawn_png_decodes_pixel_for_pixel():
    image = decode_png(png(20, 10, lambda x, y: (x, y, 7)))
    assert image.rows[3][5 * 3:6 * 3] == bytes([5, 3, 7])
    assert len(set(image.pixels())) == 200


def test_a_png_missing_its_last_byte_is_reported_incomplete():
    image = decode_png(png(20, 10, lambda x, y: (x, y, 7), cut=1))
    assert not image.complete and "IEND lacks 1 of its 4 CRC bytes" in image.problem


def test_grouped_numbers_keep_signs_and_ignore_range_dashes():
    text = "from 25,678,184: **+36,700,160**, **\u22121,413,120**; 253,440\u2013186,624 and 4096 and 1.5"
    assert grouped_numbers(text) == ["25,678,184", "+36,700,160", "-1,413,120", "253,440", "186,624"]


def test_a_number_matches_only_as_a_whole_number():
    printed = "Total params: 125,678,184 (-1,413,120) 60,965,2240"
    assert not contains_number(printed, "25,678,184")
    assert contains_number(printed, "1,413,120") and contains_number(printed, "-1,413,120")
    assert not contains_number(printed, "+1,413,120")
    assert not contains_number(printed, "60,965,224")


def test_only_hashes_and_free_memory_are_ignored_between_runs():
    a = "BufferedImage@2f3557d4: width = 1000; room under maxphysicalbytes 9.4 GB, available memory 23.6 GB"
    b = "BufferedImage@77694d31: width = 1000; room under maxphysicalbytes 9.3 GB, available memory 22.6 GB"
    assert normalized(a) == normalized(b)
    assert normalized(a) != normalized(a.replace("1000", "999"))
    assert normalized("the budget is 6.4 GB") != normalized("the budget is 6.3 GB")
