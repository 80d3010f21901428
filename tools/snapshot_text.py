#!/usr/bin/env python3
"""snapshot_text.py SNAPSHOT OUT — writes the text stream of a corpus snapshot (core/corpus_snapshot.hpp):
every string of the story, concatenated, UTF-8. The page's first fonts are subset to these characters."""
import sys


def main() -> None:
    data = open(sys.argv[1], 'rb').read()
    if data[:6] != b'CLSNAP':
        raise SystemExit(f'{sys.argv[1]}: not a corpus snapshot')
    at, size, shift = 7, 0, 0  # magic, version byte, then the text size as a LEB128 varint
    while True:
        byte = data[at]
        at += 1
        size |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    with open(sys.argv[2], 'wb') as f:
        f.write(data[at:at + size])


if __name__ == '__main__':
    main()
