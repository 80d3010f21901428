// web_load_trace.mjs — where the page's first frame goes: one cold load of dist/web in Debian's headless
// chromium (the same flags as bench/web_load.mjs) under a Chrome performance trace, summarised as the
// renderer main thread's busy time by kind (HTML parse, script, wasm compile, GC, GPU waits…) before the
// first frame, beside claimline's own performance marks. The raw trace (open in chrome://tracing or
// Perfetto) is written with --out FILE.
//
//   node bench/web_load_trace.mjs [--runs 3] [--out trace.json] [--page /index.html]
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const repo = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(option('--runs', 3));
const PAGE = option('--page', '/index.html');
const dist = process.env.CLAIMLINE_WEB_DIST || join(repo, 'dist/web');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(dist, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}${PAGE}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Trace event names → the kind of work they are (top-level events of the renderer main thread only).
const KIND = [
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, 'parse HTML/CSS'],
  [/^(EvaluateScript|v8\.compile|v8\.evaluateModule|CompileScript)$/, 'script eval'],
  [/wasm|Wasm/, 'wasm compile/instantiate'],
  [/^(FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute)$/, 'script run (incl. wasm)'],
  [/GC|Collect/, 'GC'],
  [/^(Layout|UpdateLayoutTree|RecalculateStyles|Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit)$/, 'style/layout/paint'],
  [/Resource|Receive|Response|Request|Loader/, 'network'],
];
const kindOf = (name) => (KIND.find(([re]) => re.test(name)) || [null, 'other: ' + name])[1];

const totals = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [
    'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed',
    'blink.user_timing', 'loading', 'gpu', 'netlog'] } });
  await page.goto(url);
  await page.waitForFunction(() => window.claimlineReadyMs, null, { timeout: 60000, polling: 50 });
  const marks = await page.evaluate(() => Object.fromEntries([...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    ['first frame', window.claimlineReadyMs]]));
  await cdp.send('Tracing.end');
  await done;
  if (run === 0 && option('--out')) writeFileSync(option('--out'), JSON.stringify({ traceEvents: events }));
  await context.close();

  // The renderer's main thread: the thread named CrRendererMain of the process that has the marks.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const markEvent = events.find((e) => e.name === 'claimline:module' && e.cat.includes('user_timing'));
  const main = names.find((e) => e.args.name === 'CrRendererMain' && (!markEvent || e.pid === markEvent.pid));
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ||
              events.filter((e) => e.pid === main.pid && e.ts).sort((a, b) => a.ts - b.ts)[0];
  const end = nav.ts + marks['first frame'] * 1000;
  // Top-level complete events (ph X) on the main thread before the first frame; nested ones are skipped by
  // keeping only events that start after the previous top-level one ended.
  const top = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts);
  const byKind = {};
  let last = 0;
  for (const e of top) {
    if (e.ts < last) continue;
    last = e.ts + (e.dur || 0);
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { last = e.ts; continue; }  // look inside tasks
    const k = kindOf(e.name);
    byKind[k] = (byKind[k] || 0) + (e.dur || 0) / 1000;
  }
  const busy = Object.values(byKind).reduce((a, b) => a + b, 0);
  totals.push({ marks, byKind, busy, firstFrame: marks['first frame'] });
  // Wasm compile work on any thread of the renderer (background compile threads included).
  const wasm = events.filter((e) => e.pid === main.pid && /wasm/i.test(e.cat) && e.ph === 'X' && e.ts < end);
  const wasmByName = {};
  for (const e of wasm) wasmByName[e.name] = (wasmByName[e.name] || 0) + (e.dur || 0) / 1000;
  totals[run].wasm = wasmByName;
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
console.log(`${RUNS} cold loads of ${PAGE}; medians (ms)\n`);
console.log('marks: ' + Object.keys(totals[0].marks).sort((a, b) => totals[0].marks[a] - totals[0].marks[b])
  .map((m) => `${m.replace('claimline:', '')} ${median(totals.map((t) => t.marks[m] || 0)).toFixed(0)}`).join(' · '));
const kinds = [...new Set(totals.flatMap((t) => Object.keys(t.byKind)))]
  .map((k) => [k, median(totals.map((t) => t.byKind[k] || 0))]).sort((a, b) => b[1] - a[1]);
console.log(`\nmain thread busy before the first frame: ${median(totals.map((t) => t.busy)).toFixed(0)} of ${median(totals.map((t) => t.firstFrame)).toFixed(0)} ms`);
for (const [k, v] of kinds) if (v >= 1) console.log(`  ${k.padEnd(40)} ${v.toFixed(1)}`);
const wasmNames = [...new Set(totals.flatMap((t) => Object.keys(t.wasm)))];
console.log('\nwasm trace events (all renderer threads, summed):');
for (const n of wasmNames) console.log(`  ${n.padEnd(40)} ${median(totals.map((t) => t.wasm[n] || 0)).toFixed(1)}`);
