// reuters.mjs — the same Reuters-21578 reading as core/reuters_sgml.cpp, for JavaScript peers (chrono-node).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const defaultDir = new URL('../../shared/data/reuters-21578', import.meta.url).pathname;

const months = { JAN: 0, FEB: 1, MAR: 2, APR: 3, MAY: 4, JUN: 5, JUL: 6, AUG: 7, SEP: 8, OCT: 9, NOV: 10, DEC: 11 };

function decode(s) {
  return s.replace(/&(lt|gt|amp|#\d+);/g, (m, r) => r === 'lt' ? '<' : r === 'gt' ? '>' : r === 'amp' ? '&'
    : (+r.slice(1) >= 32 && +r.slice(1) < 127 ? String.fromCharCode(+r.slice(1)) : ''))
    .replace(/[\x00-\x08\x0b-\x1f]/g, '');
}

// [{id, date: Date|null, text}] for every story with a <BODY>, in file order.
export function readReuters(dir = defaultDir, limit = Infinity) {
  if (!existsSync(dir)) throw new Error(`Reuters-21578 not found at ${dir} (evaluation data lives in ../shared/data)`);
  const files = readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort();
  const out = [];
  for (const f of files) {
    const sgml = readFileSync(join(dir, f), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]);
      if (!body) continue;
      const d = /<DATE>\s*(\d+)-([A-Z]{3})-(\d{4}) (\d+):(\d+):(\d+)/.exec(m[2]);
      const date = d && +d[4] < 24 ? new Date(Date.UTC(+d[3], months[d[2]], +d[1], +d[4], +d[5], +d[6])) : null;
      out.push({ id: `reuters-${m[1]}`, date, text: decode(body[1]) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
