// The JSON Schema accepts the seeds and a complete extracted bundle, and rejects what it should.
// Runs under node --test (no browser); the C++ suite covers the loader's own checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeValidator, validateText } from '../../tools/validate_schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const validate = makeValidator();
const read = (p) => readFileSync(join(root, p), 'utf8');

test('seeds/articles.json and seeds/curation.json match the schema', () => {
  assert.deepEqual(validateText(validate, 'articles.json', read('seeds/articles.json')), []);
  assert.deepEqual(validateText(validate, 'curation.json', read('seeds/curation.json')), []);
});

test('a minimal bundle matches; wrong ones do not', () => {
  const minimal = { format: 'claimline-bundle', version: 1,
    articles: [{ id: 'a1', published: '1987-02-26T15:01:01', headline: 'H', outlet: 'O', text: 'T' }] };
  assert.deepEqual(validateText(validate, 'min', JSON.stringify(minimal)), []);
  const newer = { ...minimal, version: 2 };
  assert.notDeepEqual(validateText(validate, 'newer', JSON.stringify(newer)), []);
  const noHeadline = { ...minimal, articles: [{ id: 'a1', published: '2024-06-20', outlet: 'O', text: 'T' }] };
  assert.notDeepEqual(validateText(validate, 'missing', JSON.stringify(noHeadline)), []);
  const badSpan = { ...minimal, claims: [{ id: 'c', article: 'a1', start: -1, end: 2 }] };
  assert.notDeepEqual(validateText(validate, 'span', JSON.stringify(badSpan)), []);
});

// The bundle `claimline extract seeds/` writes (every layer), when the CLI has been built.
const cli = process.env.CLAIMLINE_CLI || join(root, 'build/debug/tools/cli/claimline');
test('claimline extract seeds/ output matches the schema', { skip: !existsSync(cli) && 'claimline not built' }, () => {
  const out = execFileSync(cli, ['extract', join(root, 'seeds')], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.deepEqual(validateText(validate, 'extract', out), []);
});
