// timex_throughput.mjs — temporal tagging throughput on the Reuters-21578 bodies: claimline natively,
// claimline as wasm under node, and chrono-node (the popular JS date parser) on the same texts, same run.
//
//   node bench/timex_throughput.mjs [REUTERS_DIR]      (after ./tools/test has built build/release and build/wasm)
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { readReuters, defaultDir } from './reuters.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] || defaultDir;
const files = readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort().map((f) => join(dir, f));

function run(cmd, args) {
  return JSON.parse(execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
}

const results = [];
const native = join(root, 'build/release/bench/bench_timex');
const wasm = join(root, 'build/wasm/bench/bench_timex.js');
if (existsSync(native)) results.push({ name: 'claimline native', ...run(native, ['--repeat', '3', ...files]) });
if (existsSync(wasm)) results.push({ name: 'claimline wasm (node)', ...run(process.execPath, [wasm, '--repeat', '3', ...files]) });

const chrono = createRequire(import.meta.url)('chrono-node');
const stories = readReuters(dir);
const bytes = stories.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
let best = Infinity, found = 0;
for (let r = 0; r < 2; r++) {
  const t0 = process.hrtime.bigint();
  found = 0;
  for (const s of stories) found += chrono.parse(s.text, s.date || undefined).length;
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
// chrono-node's "exports" hide its package.json from require(): read it beside the resolved entry point.
function chronoVersion() {
  let d = dirname(createRequire(import.meta.url).resolve('chrono-node'));
  while (!existsSync(join(d, 'package.json')) || JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name !== 'chrono-node') {
    if (d === dirname(d)) return '?';
    d = dirname(d);
  }
  return JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).version;
}
results.push({ name: 'chrono-node ' + chronoVersion(),
  docs: stories.length, bytes, seconds: best, mb_per_s: bytes / 1e6 / best, timexes: found });

console.log('| tagger | docs | MB | seconds | MB/s | expressions |');
console.log('|---|---|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.name} | ${r.docs} | ${(r.bytes / 1e6).toFixed(2)} | ${r.seconds.toFixed(3)} | ${r.mb_per_s.toFixed(2)} | ${r.timexes} |`);
const peer = results[results.length - 1];
for (const r of results.slice(0, -1)) console.log(`${r.name}: ${(r.mb_per_s / peer.mb_per_s).toFixed(1)}× chrono-node`);
