// browser.mjs — shared helpers for the browser tests: Debian's chromium through playwright-core,
// a static server for dist/web on 127.0.0.1, and a PNG check that a screenshot is not blank.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const dist = process.env.CLAIMLINE_WEB_DIST || new URL('../../dist/web', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built page in ${dist}: run ./tools/test`);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

// Serves `root` on an ephemeral loopback port; `headers` adds response headers (e.g. a CSP).
export async function serve(root = dist, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

// A copy of the built page plus test pages ({'two.html': '…'}), served like dist/web: the test pages
// load claimline from their own origin, as a newsroom's pages would.
export function fixture(files = {}) {
  const root = mkdtempSync(join(tmpdir(), 'claimline-web-'));
  cpSync(dist, root, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Opens `url` and records console errors, page errors, CSP violations and every request made.
// ready: wait for the first frame of an explorer in the page itself (false for host pages with iframes).
export async function open(browser, url, contextOptions = {}, { ready = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const log = { errors: [], requests: [], violations: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations = window.__cspViolations || []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  if (ready) await page.waitForFunction(() => window.claimlineReadyMs !== undefined, null, { timeout: 60000 });
  log.violations = await page.evaluate(() => window.__cspViolations || []);
  return { context, page, log };
}

// Decodes an 8-bit RGB(A) PNG: fn(x, y, [r, g, b]) for every pixel.
export function eachPixel(png, fn) {
  let pos = 8, width = 0, height = 0, bpp = 4;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos), type = png.toString('ascii', pos + 4, pos + 8);
    if (type === 'IHDR') { width = png.readUInt32BE(pos + 8); height = png.readUInt32BE(pos + 12); bpp = png[pos + 17] === 6 ? 4 : 3; }
    if (type === 'IDAT') idat.push(png.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const add = f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : f === 4 ? (pa <= pb && pa <= pc ? a : pb <= pc ? b : c) : 0;
      line[i] = (line[i] + add) & 255;
    }
    for (let x = 0; x < width; x++) fn(x, y, [line[x * bpp], line[x * bpp + 1], line[x * bpp + 2]]);
    prev = line;
  }
}

// Distinct colours on a sparse grid (every 4th pixel of every 4th row): blank pages have one or two.
export function distinctColours(png) {
  const colours = new Set();
  eachPixel(png, (x, y, [r, g, b]) => { if (y % 4 === 0 && x % 4 === 0) colours.add((r << 16) | (g << 8) | b); });
  return colours.size;
}
