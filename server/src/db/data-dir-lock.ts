import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * One server per PGlite data directory. PGlite is PostgreSQL in this process with no shared memory or postmaster
 * to coordinate with another process: two servers on one directory both start, both write, and each overwrites
 * the other's pages, losing acknowledged writes. So a server takes `DATA_DIR/majlis.lock` (created exclusively,
 * holding its pid) before opening the database, and refuses to start while another live process holds it. A lock
 * left by a process that died (kill -9, a crash) names a pid that no longer runs and is taken over.
 */

export const LOCK_FILE = 'majlis.lock';

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

/** Directories this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock of `dataDir` (creating the directory), or throws a {@link DataDirInUseError} naming the process
 * that holds it. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const directory = path.resolve(dataDir);
  const lockPath = path.join(directory, LOCK_FILE);
  const refuse = (holder: string) =>
    new DataDirInUseError(
      `DATA_DIR ${directory} is in use by ${holder} (${lockPath}). PGlite allows one server per data directory: ` +
        'stop the other one, or run several servers on PostgreSQL (DATABASE_URL).',
    );
  if (held.has(directory)) throw refuse('this process');
  mkdirSync(directory, { recursive: true });
  if (!tryCreate(lockPath)) {
    const pid = holderOf(lockPath);
    // Our own pid in a lock we do not hold: a previous process with the same pid (a restarted container).
    if (pid !== null && pid !== process.pid && isRunning(pid)) throw refuse(`process ${pid}`);
    rmSync(lockPath, { force: true });
    if (!tryCreate(lockPath)) throw refuse(`process ${holderOf(lockPath) ?? '?'}`);
  }
  held.add(directory);
  const release = () => {
    if (!held.delete(directory)) return;
    if (holderOf(lockPath) === process.pid) rmSync(lockPath, { force: true });
    process.off('exit', release);
  };
  // Released on a normal exit even if close() is never reached; kill -9 leaves a stale lock, taken over above.
  process.on('exit', release);
  return release;
}
