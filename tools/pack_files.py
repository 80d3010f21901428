#!/usr/bin/env python3
"""pack_files.py OUT FILE… — several files in one, for the page to fetch at once (the full fonts):
per file, its base name's length (1 byte), the name, its size (4 bytes, little-endian) and its bytes.
Read by ui/platform/platform_emscripten.cpp (claimline_fonts_done)."""
import os
import struct
import sys


def main() -> None:
    with open(sys.argv[1], 'wb') as out:
        for path in sys.argv[2:]:
            name = os.path.basename(path).encode('utf-8')
            data = open(path, 'rb').read()
            out.write(bytes([len(name)]) + name + struct.pack('<I', len(data)) + data)


if __name__ == '__main__':
    main()
