import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, testConfig } from './testing.js';

/** The JSON lines an app built with `logRequests` writes at level `info` while serving `paths`. */
async function linesWhile(logRequests: boolean, paths: string[]): Promise<{ msg: string; level: number }[]> {
  const database = await createTestDatabase('pglite');
  const lines: { msg: string; level: number }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { msg: string; level: number });
      done();
    },
  });
  const app = await buildApp({ db: database.db, config: testConfig({ logRequests }), logger: { level: 'info', stream } });
  try {
    for (const url of paths) await app.inject({ method: 'GET', url });
  } finally {
    await app.close();
    await database.dispose();
  }
  return lines;
}

describe('logging', () => {
  it('logs every request only in production or when LOG_LEVEL asks for info or more', () => {
    assert.equal(loadConfig({}).logRequests, false);
    assert.equal(loadConfig({ LOG_LEVEL: 'info' }).logRequests, true);
    assert.equal(loadConfig({ LOG_LEVEL: 'DEBUG' }).logRequests, true);
    assert.equal(loadConfig({ LOG_LEVEL: 'warn' }).logRequests, false);
    const production = { NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: 'a-production-secret-of-32-bytes!', MAJLIS_ALLOWED_ORIGINS: 'https://a.example' };
    assert.equal(loadConfig(production).logRequests, true);
  });

  it('writes no line per request in a quiet development server, one pair per request otherwise', async () => {
    const quiet = await linesWhile(false, ['/api/questions', '/api/categories']);
    assert.deepEqual(quiet.filter((line) => /request/.test(line.msg)), []);
    const verbose = await linesWhile(true, ['/api/questions', '/api/categories']);
    assert.deepEqual(
      verbose.filter((line) => /request/.test(line.msg)).map((line) => line.msg),
      ['incoming request', 'request completed', 'incoming request', 'request completed'],
    );
  });
});
