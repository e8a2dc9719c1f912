import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { SERVER_DIR } from '../src/config.js';

/** Resolves with the first match of `pattern` in the child's output. */
function waitForOutput(output: NodeJS.ReadableStream, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match !== null) {
        output.off('data', onData);
        resolve(match);
      }
    };
    output.on('data', onData);
    output.once('end', () => reject(new Error(`the server ended without printing ${pattern}:\n${seen}`)));
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting connections, finishes the request in flight, and exits 0', { timeout: 60_000 }, async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'majlis-shutdown-'));
    const seedFile = path.join(directory, 'seed.json');
    await writeFile(seedFile, JSON.stringify(conformanceSeed));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: path.join(directory, 'data'),
        DATABASE_URL: '',
        MAJLIS_SEED: seedFile,
        MAJLIS_TOKEN_SECRET: 'shutdown-test',
        MAJLIS_DEV_LOGIN: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = once(child, 'exit');
    try {
      const [, port] = await waitForOutput(child.stdout, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
      // A slow request: headers and half of the body now, the rest after SIGTERM.
      const body = JSON.stringify({ userId: 'expert' });
      const slow = request({
        host: '127.0.0.1',
        port: Number(port),
        method: 'POST',
        path: '/api/dev/login',
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      const response = once(slow, 'response');
      slow.write(body.slice(0, 8));
      await waitForOutput(child.stdout, /"url":"\/api\/dev\/login"[^\n]*incoming request/);
      child.kill('SIGTERM');
      await waitForOutput(child.stdout, /shutting down/);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/api/categories`), 'a new connection is refused');
      slow.end(body.slice(8));
      const [answer] = (await response) as [IncomingMessage];
      let text = '';
      for await (const chunk of answer) text += String(chunk);
      assert.equal(answer.statusCode, 200, text);
      assert.equal((JSON.parse(text) as { user: { id: string } }).user.id, 'expert');
      const [code, signal] = (await exited) as [number | null, string | null];
      assert.deepEqual([code, signal], [0, null]);
    } finally {
      child.kill('SIGKILL');
      await rm(directory, { recursive: true, force: true });
    }
  });
});
