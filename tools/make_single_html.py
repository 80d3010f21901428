#!/usr/bin/env python3
"""make_single_html.py — one self-contained claimline.html (both wasm programs, fonts, story, script, style
inlined; the analyser runs on the page since the CSP allows no worker);
with --index, the served index.html with the static story in its <noscript>.

It opens from file:// (a normal build cannot: the browser refuses to fetch the .wasm from file://) and
runs under a strict Content-Security-Policy: inline scripts and the style are allowed by their SHA-256
hashes, 'wasm-unsafe-eval' allows compiling the module, and data: is allowed for the inlined wasm.
"""
import argparse
import base64
import hashlib


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode() + "'"


MARKER = '<!-- static story -->'


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--js', nargs='+', help='the Emscripten programs (viewer, analyser), built with SINGLE_FILE')
    ap.add_argument('--host', nargs='+', help='host scripts, in load order')
    ap.add_argument('--css')
    ap.add_argument('--out')
    ap.add_argument('--static', help='the story as static HTML (a fragment) for <noscript>')
    ap.add_argument('--fonts', help='the full fonts (claimline-fonts.bin), inlined as a data block for the page '
                                    'to read when a story needs them (web/host.js: fullFonts)')
    ap.add_argument('--index', nargs=2, metavar=('IN', 'OUT'),
                    help='instead: copy index.html, putting the static story at its <!-- static story --> marker')
    a = ap.parse_args()
    static = open(a.static, encoding='utf-8').read() if a.static else ''
    if a.index:
        page = open(a.index[0], encoding='utf-8').read()
        if MARKER not in page:
            raise SystemExit(f'{a.index[0]}: no {MARKER} marker')
        with open(a.index[1], 'w', encoding='utf-8') as f:
            f.write(page.replace(MARKER, static))
        return
    if not (a.js and a.host and a.css and a.out):
        ap.error('--js, --host, --css and --out are required')
    # "</script" inside a script would end it early; the generated JS never contains it, but be sure.
    scripts = [open(p, encoding='utf-8').read().replace('</script', '<\\/script') for p in [*a.js, *a.host]]
    css = open(a.css, encoding='utf-8').read()
    csp = ("default-src 'none'; script-src " + ' '.join(sha256(s) for s in scripts) +
           " 'wasm-unsafe-eval'; style-src " + sha256(css) + "; connect-src data:; img-src data:")
    scripts_html = '\n'.join(f'<script>{s}</script>' for s in scripts)
    # A data block, not a script: the browser never runs it, so the CSP needs no hash for it.
    fonts_html = ''
    if a.fonts:
        fonts_b64 = base64.b64encode(open(a.fonts, 'rb').read()).decode()
        fonts_html = f'<script type="application/octet-stream" id="claimline-fonts">{fonts_b64}</script>\n'

    html = f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>claimline — the DPRK–Russia treaty, told by five articles</title>
<link rel="icon" href="data:,">
<style>{css}</style>
</head>
<body>
<main id="explorer" data-claimline data-hash>
<h1 class="visually-hidden">The DPRK–Russia treaty, told by five articles</h1>
<noscript><p class="claimline-message">The interactive timeline needs JavaScript and WebAssembly. Here is the story as text.</p>
{static}</noscript>
</main>
{fonts_html}{scripts_html}
</body>
</html>
'''
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write(html)


if __name__ == '__main__':
    main()
