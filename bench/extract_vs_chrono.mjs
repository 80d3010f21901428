// extract_vs_chrono.mjs — the whole claimline pipeline (dates, entities, attribution, claims, events,
// relations) against chrono-node doing dates only, on the same Reuters-21578 stories, at 1k, 5k and all.
//
//   node bench/extract_vs_chrono.mjs [REUTERS_DIR] [--threads T] [--repeat R]
//
// Needs build/release (cmake --preset release && cmake --build build/release --target claimline). claimline
// runs `bench-extract --json` (file reading and SGML parsing excluded, best of R runs); chrono-node parses
// each story with its date as the reference (best of R runs, reading excluded too). Prints wall seconds and,
// for claimline, processor seconds: on a busy machine wall time measures the neighbours as well.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readReuters, defaultDir } from './reuters.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const threads = opt('--threads', '0');
const repeat = Number(opt('--repeat', '3'));
const dir = args[0] || defaultDir;
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'build/release/tools/cli/claimline');
if (!existsSync(cli)) throw new Error(`${cli} not built (cmake --preset release && cmake --build build/release --target claimline)`);

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');
// The package's exports hide package.json from require(); read it from disk.
const chronoVersion = JSON.parse(readFileSync(join(root, 'node_modules/chrono-node/package.json'), 'utf8')).version;
const all = readReuters(dir);

function claimline(limit) {
  const out = execFileSync(cli, ['bench-extract', '--json', '--threads', threads, '--repeat', String(repeat),
    ...(limit < Infinity ? ['--limit', String(limit)] : []), dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function chronoRun(stories) {
  let best = Infinity, cpu = 0, found = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    found = 0;
    for (const s of stories) found += chrono.parse(s.text, s.date || undefined).length;
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const used = process.cpuUsage(c0);
    if (wall < best) best = wall, cpu = (used.user + used.system) / 1e6;
  }
  return { seconds: best, cpu, found };
}

console.log(`| stories | MB | claimline all layers: wall s (cpu s) | per stage cpu s | chrono-node ${chronoVersion} dates only: wall s (cpu s) | chrono / claimline: wall (cpu) |`);
console.log('|---|---|---|---|---|---|');
for (const limit of [1000, 5000, Infinity]) {
  const c = claimline(limit);
  const stories = all.slice(0, c.docs);
  const ch = chronoRun(stories);
  const stages = Object.entries(c.stages).map(([k, v]) => `${k} ${v.cpu_seconds.toFixed(3)}`).join(', ');
  console.log(`| ${c.docs} | ${(c.bytes / 1e6).toFixed(2)} | ${c.seconds.toFixed(3)} (${c.cpu_seconds.toFixed(3)}) | ${stages} | ` +
    `${ch.seconds.toFixed(3)} (${ch.cpu.toFixed(3)}) | ${(ch.seconds / c.seconds).toFixed(1)}× (${(ch.cpu / c.cpu_seconds).toFixed(1)}×) |`);
  console.log(`|  |  | ${c.timexes} timexes, ${c.entities} entities, ${c.claims} claims, ${c.events} events, ${c.relations} relations | | ${ch.found} dates | |`);
}
