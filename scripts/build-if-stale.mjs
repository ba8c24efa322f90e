#!/usr/bin/env node
// `npm start` runs this instead of a full build: a workspace is rebuilt only when its build inputs
// changed since its last successful build, so a restart skips the client and server builds.
// Usage: node scripts/build-if-stale.mjs [--all]   (--all rebuilds every workspace: `npm run build`)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP_FILE = '.build-stamp';

// Inputs are names (or patterns) of entries directly in the workspace folder; folders are read
// recursively. `marker` is a file every build rewrites: the stamp records its size and mtime, so a
// build made around this script (e.g. `npm run build -w server` from `npm test`) voids the stamp.
export const WORKSPACES = [
  {
    name: 'client',
    dir: 'client',
    inputs: ['src', 'public', 'index.html', 'playground.html', /^vite\.config\./, /^tsconfig.*\.json$/, /^postcss\.config\./, 'package.json'],
    output: 'dist',
    marker: 'index.html',
  },
  {
    // tsconfig.build.json compiles test/ as well as src/ into dist/, so both are inputs.
    name: 'server',
    dir: 'server',
    inputs: ['src', 'test', /^tsconfig.*\.json$/, 'package.json'],
    output: 'dist',
    marker: '.tsbuildinfo',
  },
];

// Files every workspace depends on (installed dependency versions).
export const SHARED_INPUTS = ['package-lock.json'];

const matches = (input, name) => (typeof input === 'string' ? input === name : input.test(name));

function walk(path, files) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) walk(join(path, entry), files);
  } else {
    files.push(path);
  }
}

/** Input files of a workspace, relative to root with '/' separators, sorted. */
export function listInputs(root, ws) {
  const files = [];
  const wsDir = join(root, ws.dir);
  for (const entry of readdirSync(wsDir)) {
    if (ws.inputs.some((input) => matches(input, entry))) walk(join(wsDir, entry), files);
  }
  for (const shared of SHARED_INPUTS) if (existsSync(join(root, shared))) files.push(join(root, shared));
  return files.map((file) => relative(root, file).split(sep).join('/')).sort();
}

/**
 * sha256 over each input's path and contents. Contents rather than mtimes: a git checkout or a copy
 * resets mtimes without changing sources (hashing ~450 files takes well under a second).
 */
export function fingerprint(root, ws) {
  const hash = createHash('sha256');
  for (const file of listInputs(root, ws)) {
    const contents = readFileSync(join(root, file));
    hash.update(`${file}\0${contents.length}\0`);
    hash.update(contents);
  }
  return hash.digest('hex');
}

function outputSignature(root, ws) {
  const marker = join(root, ws.dir, ws.output, ws.marker);
  if (!existsSync(marker)) return null;
  const { size, mtimeMs } = statSync(marker);
  return `${size}:${mtimeMs}`;
}

const stampPath = (root, ws) => join(root, ws.dir, ws.output, STAMP_FILE);

/** Whether the workspace needs a build, why, and the current inputs' fingerprint. */
export function checkStale(root, ws) {
  const inputs = fingerprint(root, ws);
  const output = outputSignature(root, ws);
  if (output === null) return { stale: true, reason: 'no build output', inputs };
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(root, ws), 'utf8'));
  } catch {
    return { stale: true, reason: 'no build stamp', inputs };
  }
  if (stamp.inputs !== inputs) return { stale: true, reason: 'sources changed', inputs };
  if (stamp.output !== output) return { stale: true, reason: 'built elsewhere since', inputs };
  return { stale: false, reason: 'current', inputs };
}

/** Records that the output was built from `inputs` (the fingerprint taken before the build). */
export function writeStamp(root, ws, inputs) {
  writeFileSync(stampPath(root, ws), `${JSON.stringify({ inputs, output: outputSignature(root, ws) })}\n`);
}

export function removeStamp(root, ws) {
  rmSync(stampPath(root, ws), { force: true });
}

/** Runs the workspace's own `npm run build`; returns its exit code. */
export function npmBuild(root, ws) {
  // Under npm, npm_execpath is npm's CLI script: run it with this Node rather than relying on PATH.
  const npmCli = process.env.npm_execpath;
  const args = ['run', 'build', '-w', ws.name];
  const result =
    npmCli && /\.[cm]?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/**
 * Builds the stale workspaces (all with force) one after another. A failed build leaves no stamp and
 * stops. Returns { code, line } where line is the one-line summary to print.
 */
export function buildIfStale(root, workspaces, { force = false, build = npmBuild } = {}) {
  const started = Date.now();
  const rebuilt = [];
  const current = [];
  for (const ws of workspaces) {
    const check = checkStale(root, ws);
    if (!force && !check.stale) {
      current.push(ws.name);
      continue;
    }
    removeStamp(root, ws);
    const code = build(root, ws);
    if (code !== 0) return { code, line: `build: ${ws.name} build failed (exit ${code})` };
    writeStamp(root, ws, check.inputs);
    rebuilt.push(`${ws.name} (${force ? 'full build' : check.reason})`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (rebuilt.length === 0) return { code: 0, line: `build: ${current.join(' and ')} current, nothing rebuilt (checked in ${seconds} s)` };
  const rest = current.length > 0 ? `; ${current.join(' and ')} current` : '';
  return { code: 0, line: `build: rebuilt ${rebuilt.join(', ')} in ${seconds} s${rest}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { code, line } = buildIfStale(root, WORKSPACES, { force: process.argv.includes('--all') });
  (code === 0 ? console.log : console.error)(line);
  process.exitCode = code;
}
