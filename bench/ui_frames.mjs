// ui_frames.mjs — in-page frame time of the explorer while the timeline zooms and pans, in Debian's headless
// chromium (SwiftShader WebGL) on loopback. A frame is the page's requestAnimationFrame callback (input
// queued by the host, ImGui frame in wasm, GL calls), timed with performance.now() around it.
//
//   node bench/ui_frames.mjs [--events 100000] [--reuters DIR [--limit N]] [--cycles 4] [--json]
// Stories: a synthetic bundle of --events events (generated here, like ui/timeline_synthetic.cpp: 400
// articles, 1995–2024, mostly exact days, then weeks, months, years, decades), and with --reuters the
// bundle `claimline extract` writes for the first --limit Reuters-21578 stories (CLI from tools/claimline).
// Input per cycle: Home (fit), 30 wheel notches in at a moving cursor, a drag, 30 notches out, arrow keys;
// each input waits for the next animation frame. Needs dist/web (wasm preset).
// With SwiftShader (software GL) the callback time is dominated by rasterizing the canvas: compare with a
// tiny story (--events 50) to see what the story itself costs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve } from '../tests/web/browser.mjs';

const repo = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const EVENTS = Number(option('--events', 100000));
const REUTERS = option('--reuters', '');
const LIMIT = Number(option('--limit', 2000));
const CYCLES = Number(option('--cycles', 4));
const JSON_OUT = args.includes('--json');

function syntheticBundle(events, articles = 400) {
  let state = 0x9e3779b9;
  const next = (n) => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state % n; };
  const day0 = Date.UTC(1995, 0, 1), days = 365 * 30;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const arts = [], sentences = [];
  for (let a = 0; a < articles; a++) {
    let text = '';
    const starts = [];
    for (let k = 0; k < 20; k++) { starts.push(text.length); text += `Sentence ${k} of report ${a} says something happened. `; }
    sentences.push(starts);
    arts.push({ id: `syn-${a}`, headline: `Synthetic report ${a}`, outlet: `Outlet ${a % 37}`, language: 'en',
      published: iso(day0 + next(days) * 864e5), published_certainty: 'stated', furniture: [], text });
  }
  const evs = [];
  for (let e = 0; e < events; e++) {
    const d = new Date(day0 + next(days) * 864e5);
    const y = d.getUTCFullYear(), m = d.getUTCMonth();
    const p = next(100);
    let earliest = d, latest = d, granularity = 'day', mod;
    if (p >= 72 && p < 82) { earliest = new Date(d - ((d.getUTCDay() + 6) % 7) * 864e5); latest = new Date(+earliest + 6 * 864e5); granularity = 'week'; }
    else if (p >= 82 && p < 93) { earliest = new Date(Date.UTC(y, m, 1)); latest = new Date(Date.UTC(y, m + 1, 0)); granularity = 'month'; if (p >= 91) mod = 'START'; }
    else if (p >= 93 && p < 99) { earliest = new Date(Date.UTC(y, 0, 1)); latest = new Date(Date.UTC(y, 11, 31)); granularity = 'year'; }
    else if (p >= 99) { earliest = new Date(Date.UTC(y - y % 10, 0, 1)); latest = new Date(Date.UTC(y - y % 10 + 9, 11, 31)); granularity = 'decade'; }
    const mentions = [];
    for (let k = 0, n = 1 + next(2); k < n; k++) {
      const a = next(articles), s = next(20), text = arts[a].text;
      const start = sentences[a][s], end = s < 19 ? sentences[a][s + 1] - 1 : text.length - 1;
      mentions.push({ article: arts[a].id, start, end, text: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) });
    }
    const date = { value: iso(+earliest), earliest: iso(+earliest), latest: iso(+latest), granularity };
    if (mod) date.mod = mod;
    evs.push({ id: `ev:${e}`, label: `Event ${e}`, date, mentions });
  }
  return JSON.stringify({ format: 'claimline-bundle', version: 1, articles: arts, timexes: [], entities: [],
    events: evs, claims: [], relations: [], notes: [] });
}

function reutersBundle(dir, limit) {
  const files = readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort().map((f) => join(dir, f));
  const cli = process.env.CLAIMLINE_CLI || join(repo, 'build/release/tools/cli/claimline');
  // The CLI reads every story of the files it is given; a few files hold about `limit` stories (~1000 each).
  const take = files.slice(0, Math.max(1, Math.ceil(limit / 1000)));
  return execFileSync(cli, ['extract', ...take], { maxBuffer: 1 << 30 }).toString();
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function measure(browser, url, name, bundle) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__frameMs = [];
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { const s = performance.now(); cb(t); window.__frameMs.push(performance.now() - s); });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.claimlineReadyMs !== undefined && window.claimlineInstances && window.claimlineInstances.length, null, { timeout: 60000 });
  const t0 = Date.now();
  const result = await page.evaluate((text) => window.claimlineInstances[0].loadFiles([{ name: 'story.json', bytes: text }]), bundle);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  const loadMs = Date.now() - t0;
  for (let i = 0; i < 5; i++) await nextFrame(page);
  await page.evaluate(() => { window.__frameMs = []; });
  const W = 1400, y = 900 * 0.3 * 0.45;
  for (let c = 0; c < CYCLES; c++) {
    await page.mouse.move(W * 0.5, y);
    await page.keyboard.press('Home');
    await nextFrame(page);
    for (let i = 0; i < 30; i++) { await page.mouse.move(W * (0.35 + 0.3 * Math.sin(i * 0.2 + c)), y); await page.mouse.wheel(0, -100); await nextFrame(page); }
    await page.mouse.move(W * 0.4, y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) { await page.mouse.move(W * 0.4 + i * 12, y); await nextFrame(page); }
    await page.mouse.up();
    for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, 100); await nextFrame(page); }
    for (let i = 0; i < 10; i++) { await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight'); await nextFrame(page); }
  }
  const ms = (await page.evaluate(() => window.__frameMs)).sort((a, b) => a - b);
  await context.close();
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  return { scenario: name, frames: ms.length, load_ms: loadMs, p50_ms: +q(0.5).toFixed(2), p95_ms: +q(0.95).toFixed(2), max_ms: +ms[ms.length - 1].toFixed(2) };
}

const { url, close } = await serve();
const browser = await launch();
try {
  const runs = [];
  if (EVENTS > 0) runs.push(await measure(browser, url, `synthetic-${EVENTS}`, syntheticBundle(EVENTS)));
  if (REUTERS) runs.push(await measure(browser, url, `reuters-${LIMIT}`, reutersBundle(REUTERS, LIMIT)));
  for (const r of runs) {
    if (JSON_OUT) console.log(JSON.stringify(r));
    else console.log(`${r.scenario}: ${r.frames} frames in page  p50 ${r.p50_ms} ms  p95 ${r.p95_ms} ms  max ${r.max_ms} ms  (story load ${r.load_ms} ms)`);
  }
} finally {
  await browser.close();
  await close();
}
