#!/usr/bin/env python3
"""png_not_blank.py FILE.png — exit 0 when the PNG shows a real picture (many colours, ink on paper).

A blank or black window (the classic "front buffer reads black" failure) has one or two colours.
Decodes 8-bit RGB/RGBA PNGs with the standard library only (zlib), unfiltering each scanline.
"""
import struct
import sys
import zlib


def decode(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, width = 8, b'', 0
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, color = struct.unpack('>IIBB', chunk[:10])
            assert depth == 8 and color in (2, 6), 'only 8-bit RGB/RGBA'
            bpp = 3 if color == 2 else 4
        elif kind == b'IDAT':
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = decode(sys.argv[1])
    colours = set()
    for line in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            colours.add(bytes(line[x:x + 3]))
    dark = sum(1 for c in colours if sum(c) < 200)
    print(f'{sys.argv[1]}: {width}x{height}, {len(colours)} colours sampled, {dark} dark')
    if len(colours) < 16:
        sys.exit('blank: too few colours')


if __name__ == '__main__':
    main()
