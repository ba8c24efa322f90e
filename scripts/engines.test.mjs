// `engines` must be truthful (run by `npm test`: node --test scripts/): every Node.js version the
// root package.json accepts must be accepted by every installed package's own `engines`, or
// `npm install` on it prints EBADENGINE (">=20.19" let 21.x, 22.0–22.12 and 23.x through).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const semver = createRequire(join(repo, 'package.json'))('semver');
const read = (path) => JSON.parse(readFileSync(join(repo, path), 'utf8'));

test('every Node.js version the root engines allow satisfies every locked package’s engines', () => {
  const allowed = read('package.json').engines.node;
  const packages = Object.entries(read('package-lock.json').packages).filter(([path, p]) => path && p.engines?.node);
  const candidates = [];
  for (let major = 18; major <= 30; major++) for (let minor = 0; minor <= 40; minor++) candidates.push(`${major}.${minor}.0`);
  const accepted = candidates.filter((v) => semver.satisfies(v, allowed));
  assert.ok(accepted.includes('20.19.0') && accepted.includes('22.13.0') && accepted.includes('24.11.0'), allowed);
  const refused = [];
  for (const version of accepted)
    for (const [path, p] of packages)
      if (!semver.satisfies(version, p.engines.node)) refused.push(`${version}: ${path.replace(/.*node_modules\//, '')} wants ${p.engines.node}`);
  assert.deepEqual(refused.slice(0, 5), []);
});
