// Starts the reference server (server/src/main.ts) as a child process on a free loopback port, for the browser
// tests (test/helpers/reference-server-plugin.mjs) and the load benchmark (bench/load.mjs). A separate process,
// so the server never shares an event loop with whoever drives it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// Run from server/, so tsx reads server/tsconfig.json and its `#majlis/*` path alias.
const serverDir = fileURLToPath(new URL('../server/', import.meta.url));

/** A TCP port nothing listens on right now (loopback). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the reference server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the reference server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts a server with the dev login on, every origin allowed, and `env` on top (e.g. `DATABASE_URL`; the
 * default database is a fresh in-memory PGlite with the demo seed).
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>}
 */
export async function startReferenceServer(env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      MAJLIS_DEV_LOGIN: '1',
      MAJLIS_TOKEN_SECRET: 'local-tests-only-secret-0123456789',
      MAJLIS_ALLOWED_ORIGINS: '*',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  try {
    await waitUntilUp(`http://127.0.0.1:${port}/openapi.json`, child, 150_000);
  } catch (error) {
    kill();
    throw error;
  }
  const stop = () =>
    child.exitCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => {
          const force = setTimeout(kill, 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            process.off('exit', kill);
            resolve();
          });
          child.kill('SIGTERM');
        });
  return { endpoint: `http://127.0.0.1:${port}/api`, stop };
}
