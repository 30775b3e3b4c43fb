#!/usr/bin/env python3
"""Draws the Teams app icons: a rising bar chart, on council blue (color) and white on transparent (outline).

Run it again after changing the glyph; it needs only Python's standard library, so the PNGs stay reproducible.
Bars are placed on whole pixels so the small outline icon stays crisp without anti-aliasing.
"""
import struct
import zlib
from pathlib import Path

COUNCIL_BLUE = (0x1D, 0x4F, 0x91, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (255, 255, 255, 0)  # white even where invisible: Teams checks the outline icon is white only


def bar_chart(size, left, bottom, bar_width, gap, heights, background):
    pixels = [[background] * size for _ in range(size)]
    for index, height in enumerate(heights):
        x0 = left + index * (bar_width + gap)
        for y in range(bottom - height, bottom):
            for x in range(x0, x0 + bar_width):
                pixels[y][x] = WHITE
    return pixels


def write_png(path, pixels):
    size = len(pixels)
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in row) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


here = Path(__file__).parent
# Color: the glyph sits in the central 96 px that Teams keeps clear of its rounded mask.
write_png(here / "color.png", bar_chart(192, 52, 140, 16, 8, [35, 53, 70, 88], COUNCIL_BLUE))
# Outline: 32 px, the glyph inside a 5 px margin.
write_png(here / "outline.png", bar_chart(32, 5, 27, 4, 2, [8, 12, 17, 22], CLEAR))
