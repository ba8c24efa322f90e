// Staleness checks of build-if-stale.mjs on a throw-away workspace (run by `npm test`: node --test scripts/).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, test } from 'node:test';
import { WORKSPACES, buildIfStale, checkStale, listInputs, writeStamp } from './build-if-stale.mjs';

const ws = { name: 'app', dir: 'app', inputs: ['src', /^tsconfig.*\.json$/, 'package.json'], output: 'dist', marker: 'out.js' };
let root;

const write = (path, text) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

// A stand-in for `npm run build -w app`: writes the output (marker included) and succeeds.
const fakeBuild = () => {
  write('app/dist/out.js', `built ${Date.now()}\n`);
  return 0;
};

function buildAndStamp() {
  const { inputs } = checkStale(root, ws);
  fakeBuild();
  writeStamp(root, ws, inputs);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
  write('package-lock.json', '{"lockfileVersion":3}\n');
  write('app/package.json', '{"name":"app"}\n');
  write('app/tsconfig.json', '{}\n');
  write('app/src/main.ts', 'export const a = 1;\n');
  write('app/src/deep/util.ts', 'export const b = 2;\n');
  write('app/notes.md', 'not an input\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

test('lists the workspace inputs and the root lock file, sorted, and nothing else', () => {
  assert.deepEqual(listInputs(root, ws), ['app/package.json', 'app/src/deep/util.ts', 'app/src/main.ts', 'app/tsconfig.json', 'package-lock.json']);
});

test('missing output or missing stamp is stale', () => {
  assert.deepEqual([checkStale(root, ws).stale, checkStale(root, ws).reason], [true, 'no build output']);
  fakeBuild();
  assert.deepEqual([checkStale(root, ws).stale, checkStale(root, ws).reason], [true, 'no build stamp']);
});

test('unchanged inputs after a stamped build are fresh, even with touched mtimes', () => {
  buildAndStamp();
  assert.equal(checkStale(root, ws).stale, false);
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'app/src/main.ts'), later, later);
  assert.equal(checkStale(root, ws).stale, false);
});

test('a changed source file is stale, even with the same size and mtime', () => {
  buildAndStamp();
  const file = join(root, 'app/src/main.ts');
  const { atime, mtime } = statSync(file);
  writeFileSync(file, 'export const a = 9;\n');
  utimesSync(file, atime, mtime);
  assert.deepEqual([checkStale(root, ws).stale, checkStale(root, ws).reason], [true, 'sources changed']);
});

test('a new source file is stale', () => {
  buildAndStamp();
  write('app/src/new.ts', 'export {};\n');
  assert.equal(checkStale(root, ws).stale, true);
});

test('a deleted source file is stale', () => {
  buildAndStamp();
  rmSync(join(root, 'app/src/deep/util.ts'));
  assert.equal(checkStale(root, ws).stale, true);
});

test('a changed config or root lock file is stale; a non-input file is not', () => {
  buildAndStamp();
  write('app/notes.md', 'edited\n');
  assert.equal(checkStale(root, ws).stale, false);
  write('app/tsconfig.build.json', '{}\n');
  assert.equal(checkStale(root, ws).stale, true);
  buildAndStamp();
  write('package-lock.json', '{"lockfileVersion":3,"x":1}\n');
  assert.equal(checkStale(root, ws).stale, true);
});

test('an output rebuilt without this script (marker rewritten) is stale', () => {
  buildAndStamp();
  write('app/dist/out.js', 'built by someone else, from other sources\n');
  assert.deepEqual([checkStale(root, ws).stale, checkStale(root, ws).reason], [true, 'built elsewhere since']);
});

test('buildIfStale builds only stale workspaces and then reports them current', () => {
  const other = { ...ws, name: 'other', dir: 'other' };
  write('other/src/x.ts', 'export {};\n');
  const built = [];
  const build = (_root, w) => {
    built.push(w.name);
    write(`${w.dir}/dist/out.js`, 'built\n');
    return 0;
  };
  const first = buildIfStale(root, [ws, other], { build });
  assert.equal(first.code, 0);
  assert.deepEqual(built, ['app', 'other']);
  assert.match(first.line, /^build: rebuilt app \(no build output\), other \(no build output\)/);

  write('other/src/x.ts', 'export const changed = true;\n');
  const second = buildIfStale(root, [ws, other], { build });
  assert.deepEqual(built, ['app', 'other', 'other']);
  assert.match(second.line, /^build: rebuilt other \(sources changed\) in .* s; app current$/);

  const third = buildIfStale(root, [ws, other], { build });
  assert.deepEqual(built.length, 3);
  assert.match(third.line, /^build: app and other current, nothing rebuilt/);

  buildIfStale(root, [ws, other], { build, force: true });
  assert.deepEqual(built.length, 5);
});

test('a failed build writes no stamp, returns its exit code and stops', () => {
  buildAndStamp();
  write('app/src/main.ts', 'broken(\n');
  const failing = () => {
    write('app/dist/out.js', 'half-built\n');
    return 2;
  };
  const result = buildIfStale(root, [ws], { build: failing });
  assert.deepEqual(result, { code: 2, line: 'build: app build failed (exit 2)' });
  assert.deepEqual([checkStale(root, ws).stale, checkStale(root, ws).reason], [true, 'no build stamp']);
  // Even once the source is put back, the half-built output is not taken as current.
  write('app/src/main.ts', 'export const a = 1;\n');
  assert.equal(checkStale(root, ws).stale, true);
});

// A page Vite builds that is not an input would not be rebuilt by `npm start` when it changes
// (client/playground.html was missed this way).
test('every HTML page the client build takes is one of its inputs', () => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
  const client = WORKSPACES.find((w) => w.name === 'client');
  const pages = readdirSync(join(repo, 'client')).filter((name) => name.endsWith('.html'));
  const viteConfig = readFileSync(join(repo, 'client/vite.config.ts'), 'utf8');
  assert.ok(pages.length >= 2, `pages: ${pages}`);
  for (const page of pages) {
    assert.ok(viteConfig.includes(`'${page}'`), `${page} is a Vite entry`);
    assert.ok(
      client.inputs.some((input) => (typeof input === 'string' ? input === page : input.test(page))),
      `${page} is a build input`,
    );
  }
});
