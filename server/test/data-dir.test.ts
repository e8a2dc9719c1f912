import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SERVER_DIR } from '../src/config.js';
import { DataDirInUseError, LOCK_FILE } from '../src/db/data-dir-lock.js';
import { createPgliteDatabase } from '../src/db/pglite.js';

/** Issue 19, defect 2: two servers on one PGlite data directory lost acknowledged writes. Now the second refuses. */

async function temporaryDirectory(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'majlis-data-dir-'));
}

describe('one server per PGlite data directory', () => {
  it('refuses a second open of a data directory in use, and allows it once the first closed', { timeout: 60_000 }, async () => {
    const dataDir = await temporaryDirectory();
    try {
      const first = await createPgliteDatabase(dataDir);
      await assert.rejects(createPgliteDatabase(dataDir), (error: unknown) => {
        assert.ok(error instanceof DataDirInUseError, String(error));
        assert.match(error.message, /in use by this process.*PostgreSQL \(DATABASE_URL\)/s);
        return true;
      });
      await first.close();
      const again = await createPgliteDatabase(dataDir);
      await again.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('takes over the lock a killed server left behind', { timeout: 60_000 }, async () => {
    const dataDir = await temporaryDirectory();
    try {
      const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
      await writeFile(path.join(dataDir, LOCK_FILE), gone.stdout);
      const db = await createPgliteDatabase(dataDir);
      await db.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a second server process on the same DATA_DIR exits with a clear message; the first keeps serving', { timeout: 90_000 }, async () => {
    const dataDir = await temporaryDirectory();
    const start = () =>
      spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: SERVER_DIR,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MAJLIS_SEED: 'none', LOG_LEVEL: 'info', NODE_ENV: 'test' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const first = start();
    try {
      let firstOutput = '';
      first.stdout.on('data', (chunk: Buffer) => (firstOutput += chunk.toString()));
      const deadline = Date.now() + 60_000;
      while (!/Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(firstOutput)) {
        assert.ok(Date.now() < deadline && first.exitCode === null, `the first server did not start:\n${firstOutput}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(firstOutput)?.[1] ?? '';

      const second = start();
      let secondErrors = '';
      second.stderr.on('data', (chunk: Buffer) => (secondErrors += chunk.toString()));
      const [code] = (await once(second, 'exit')) as [number | null];
      assert.equal(code, 1);
      assert.match(secondErrors, /Cannot start: DATA_DIR .* is in use by process \d+/);
      assert.equal((await fetch(`${url}/api/categories`)).status, 200, 'the first server still answers');
    } finally {
      first.kill('SIGTERM');
      if (first.exitCode === null) await once(first, 'exit');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
