#!/usr/bin/env node
// validate_schema.mjs — checks bundles against schema/claimline-bundle.schema.json (JSON Schema 2020-12, ajv).
//
//   node tools/validate_schema.mjs seeds/articles.json seeds/curation.json story.json
//   ./tools/claimline extract seeds/ | node tools/validate_schema.mjs -      (reads stdin)
//
// The schema checks shape and types; the C++ loader (`claimline validate`) checks what a schema cannot
// (offsets inside the text, quotes matching it, real calendar days, unique ids, references that resolve).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function makeValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'schema/claimline-bundle.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

// Returns a list of "FILE: /pointer message" strings; empty when valid.
export function validateText(validate, name, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [`${name}: not JSON: ${e.message}`];
  }
  if (validate(data)) return [];
  return validate.errors.map((e) => `${name}: ${e.instancePath || '/'} ${e.message}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: validate_schema.mjs FILE… (or - for stdin)');
    process.exit(2);
  }
  const validate = makeValidator();
  let failed = false;
  for (const f of files) {
    const text = readFileSync(f === '-' ? 0 : f, 'utf8');
    const errors = validateText(validate, f, text);
    if (errors.length) {
      failed = true;
      for (const e of errors) console.error(e);
    } else {
      console.log(`${f}: matches the claimline-bundle schema`);
    }
  }
  process.exit(failed ? 1 : 0);
}
