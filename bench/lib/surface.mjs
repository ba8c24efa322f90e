// What bench/ may load from the server: its compiled test surface and its installed dependencies.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'server/dist/src');
const require = createRequire(import.meta.url);

/**
 * The compiled server's test surface, server/src/testing.ts (`npm run build -w server` first): the
 * only server module bench/ loads, so a move inside src/ cannot break a benchmark at run time.
 */
export function testing() {
  const file = join(DIST, 'testing.js');
  if (!existsSync(file)) throw new Error(`${file} missing: run \`npm run build -w server\` first`);
  return require(file);
}

/** A package from the server's dependencies (pg, pino, typeorm, @keyv/redis), as the server resolves it. */
export function serverRequire(name) {
  return require(require.resolve(name, { paths: [join(ROOT, 'server')] }));
}
