// web_load_trace.mjs — where the page's first frame goes: one cold load of dist/web in Debian's headless
// chromium (the same flags as bench/web_load.mjs) under a Chrome performance trace, summarised as the
// renderer main thread's busy time by kind (HTML parse, script, wasm compile, GC, GPU waits…) before the
// first frame, beside claimline's own performance marks, and when that frame was presented (the compositor
// showed it; claimlineReadyMs is taken when its GL calls are issued). The raw trace of the last run (a warm
// browser, as every run of bench/web_load.mjs but its first; open in chrome://tracing or Perfetto) is
// written with --out FILE. --profile adds V8's sampling profiler: the main thread's self time by function (wasm functions
// are named when the module keeps its names: link with --profiling-funcs) in each stretch between marks.
//
//   node bench/web_load_trace.mjs [--runs 3] [--out trace.json] [--page /index.html] [--profile [--top 25]]
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const repo = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(option('--runs', 3));
const PAGE = option('--page', '/index.html');
const PROFILE = args.includes('--profile');
const TOP = Number(option('--top', 25));
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

// The sampling profiler's samples on the main thread (ProfileChunk events), as self milliseconds per
// function in each stretch between consecutive marks: { 'start → compiled': { 'fn': ms } }.
function profileByStretch(events, main, origin, marks) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid);
  if (!profile) return {};
  const nodes = new Map();
  let t = profile.args.data.startTime;
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile.id) continue;
    const d = e.args.data;
    for (const n of (d.cpuProfile && d.cpuProfile.nodes) || []) nodes.set(n.id, n.callFrame);
    const ids = (d.cpuProfile && d.cpuProfile.samples) || [];
    ids.forEach((id, i) => { t += d.timeDeltas[i]; samples.push([t, id]); });
  }
  const bounds = Object.entries(marks).sort((a, b) => a[1] - b[1]);
  const out = {};
  for (let i = 0; i < samples.length - 1; i++) {
    const [ts, id] = samples[i];
    const at = (ts - origin) / 1000;
    if (at < 0 || at > marks['first frame']) continue;
    const k = bounds.findIndex(([, v]) => v >= at);
    const stretch = `${k > 0 ? bounds[k - 1][0] : 'navigation'} → ${bounds[k][0]}`.replace(/claimline:/g, '');
    const f = nodes.get(id) || {};
    const name = `${f.functionName || '(anonymous)'}${f.url && !/wasm/.test(f.url) ? ` ${f.url.split('/').pop()}:${f.lineNumber}` : ''}`;
    out[stretch] = out[stretch] || {};
    out[stretch][name] = (out[stretch][name] || 0) + (samples[i + 1][0] - ts) / 1000;
  }
  return out;
}

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
    'blink.user_timing', 'loading', 'gpu', 'netlog', ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : [])] } });
  await page.goto(url);
  // Polled inside the page, not with page.waitForFunction, whose injected script ran in the middle of the
  // page's start-up (bench/web_load.mjs: readyValue).
  await page.evaluate(() => new Promise((resolve) => {
    const poll = () => (window.claimlineReadyMs ? resolve() : setTimeout(poll, 50));
    poll();
  }));
  const marks = await page.evaluate(() => Object.fromEntries([...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    ['first frame', window.claimlineReadyMs]]));
  await page.waitForTimeout(500);      // the first frame's presentation is traced after it
  await cdp.send('Tracing.end');
  await done;
  if (run === RUNS - 1 && option('--out')) writeFileSync(option('--out'), JSON.stringify({ traceEvents: events }));
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
  // CPU time (trace 'tdur'/'tts': the thread's own clock), which a loaded machine inflates far less than wall
  // time: the renderer's main thread, its other threads (wasm tier-up compiles), the GPU process; and the
  // main thread's CPU between consecutive marks.
  const cpuOf = (keep) => {
    const ends = new Map();
    let sum = 0;
    for (const e of events) {
      if (e.ph !== 'X' || e.tdur === undefined || e.ts < nav.ts || e.ts >= end || !keep(e)) continue;
      const k = `${e.pid}:${e.tid}`;
      if ((ends.get(k) || 0) > e.ts) continue;  // nested in one already counted
      ends.set(k, e.ts + e.dur);
      sum += e.tdur / 1000;
    }
    return sum;
  };
  const gpu = (events.find((e) => e.ph === 'M' && e.name === 'process_name' && e.args.name === 'GPU Process') || {}).pid;
  events.sort((a, b) => a.ts - b.ts);  // cpuOf skips nested events by start order
  const cpu = {
    'renderer main': cpuOf((e) => e.pid === main.pid && e.tid === main.tid),
    'renderer other threads': cpuOf((e) => e.pid === main.pid && e.tid !== main.tid),
    'GPU process': cpuOf((e) => e.pid === gpu),
  };
  const markCpu = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.tts !== undefined &&
    e.cat.includes('user_timing') && e.name.startsWith('claimline:')).sort((a, b) => a.ts - b.ts);
  const stretchCpu = {};
  for (let i = 1; i < markCpu.length; i++) {
    stretchCpu[`${markCpu[i - 1].name} → ${markCpu[i].name}`.replace(/claimline:/g, '')] = (markCpu[i].tts - markCpu[i - 1].tts) / 1000;
  }
  // When the first frame reached the screen: the renderer's animation frame that drew it (the last to begin
  // before claimlineReadyMs) and that frame's presentation (AnimationFrame::Presentation, same id):
  // claimlineReadyMs is taken when the frame's GL calls are issued, this is when the compositor showed them.
  let presented = null;
  {
    const begins = events.filter((e) => e.name === 'AnimationFrame' && e.ph === 'b' && e.pid === main.pid && e.ts <= end);
    const frame = begins.length ? begins[begins.length - 1] : null;
    const id = frame && frame.args.id;
    const shown = id && events.find((e) => e.name === 'AnimationFrame::Presentation' && e.pid === main.pid && e.args.id === id);
    if (shown) presented = (shown.ts - nav.ts) / 1000;
  }
  totals.push({ marks: presented === null ? marks : { ...marks, 'first frame presented': presented }, byKind, busy,
    firstFrame: marks['first frame'], cpu, stretchCpu });
  // Wasm compile work on any thread of the renderer (background compile threads included).
  const wasm = events.filter((e) => e.pid === main.pid && /wasm/i.test(e.cat) && e.ph === 'X' && e.ts < end);
  const wasmByName = {};
  for (const e of wasm) wasmByName[e.name] = (wasmByName[e.name] || 0) + (e.dur || 0) / 1000;
  totals[run].wasm = wasmByName;
  if (PROFILE) totals[run].profile = profileByStretch(events, main, nav.ts, marks);
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
console.log(`${RUNS} cold loads of ${PAGE}; medians (ms)\n`);
console.log('marks: ' + Object.keys(totals[0].marks).sort((a, b) => totals[0].marks[a] - totals[0].marks[b])
  .map((m) => `${m.replace('claimline:', '')} ${median(totals.map((t) => t.marks[m] || 0)).toFixed(0)}`).join(' · '));
console.log('CPU before the first frame: ' + Object.keys(totals[0].cpu)
  .map((k) => `${k} ${median(totals.map((t) => t.cpu[k])).toFixed(0)}`).join(' · '));
console.log('main thread CPU between marks: ' + Object.keys(totals[0].stretchCpu)
  .map((k) => `${k} ${median(totals.map((t) => t.stretchCpu[k] || 0)).toFixed(1)}`).join(' · '));
const kinds = [...new Set(totals.flatMap((t) => Object.keys(t.byKind)))]
  .map((k) => [k, median(totals.map((t) => t.byKind[k] || 0))]).sort((a, b) => b[1] - a[1]);
console.log(`\nmain thread busy before the first frame: ${median(totals.map((t) => t.busy)).toFixed(0)} of ${median(totals.map((t) => t.firstFrame)).toFixed(0)} ms`);
for (const [k, v] of kinds) if (v >= 1) console.log(`  ${k.padEnd(40)} ${v.toFixed(1)}`);
const wasmNames = [...new Set(totals.flatMap((t) => Object.keys(t.wasm)))];
console.log('\nwasm trace events (all renderer threads, summed):');
for (const n of wasmNames) console.log(`  ${n.padEnd(40)} ${median(totals.map((t) => t.wasm[n] || 0)).toFixed(1)}`);

if (PROFILE) {  // the median run's profile (by first frame), not a mix of runs
  const run = [...totals].sort((a, b) => a.firstFrame - b.firstFrame)[(totals.length - 1) >> 1];
  console.log(`\nmain thread self time by function, the median run (first frame ${run.firstFrame.toFixed(0)} ms):`);
  for (const [stretch, fns] of Object.entries(run.profile)) {
    const sum = Object.values(fns).reduce((a, b) => a + b, 0);
    console.log(`  ${stretch}: ${sum.toFixed(1)} ms sampled`);
    for (const [fn, ms] of Object.entries(fns).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      if (ms >= 0.5) console.log(`    ${ms.toFixed(1).padStart(6)}  ${fn}`);
    }
  }
}
