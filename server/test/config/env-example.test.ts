import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { envSchema } from '../../src/config/config.schema.js';

test('.env.example lists exactly the variables the config validator knows', () => {
  const text = readFileSync(resolve(__dirname, '../../../../.env.example'), 'utf8');
  const listed = text
    .split('\n')
    .map((l) => /^([A-Z][A-Z0-9_]*)=/.exec(l)?.[1])
    .filter((v): v is string => Boolean(v))
    .sort();
  assert.deepEqual(listed, Object.keys(envSchema.shape).sort());
});
