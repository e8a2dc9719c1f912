import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '#majlis/core/types.js';
import { signToken, verifyToken } from '../src/auth.js';
import { ConfigError, DEV_TOKEN_SECRET, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has development defaults', () => {
    const config = loadConfig({});
    assert.deepEqual(
      [config.port, config.host, config.basePath, config.databaseUrl, config.tokenSecret, config.allowedOrigins, config.devLogin],
      [8787, '127.0.0.1', '/api', null, DEV_TOKEN_SECRET, ['*'], true],
    );
    assert.match(config.dataDir ?? '', /server[/\\]\.data$/);
    assert.match(config.seedPath ?? '', /demo[/\\]seed\.json$/);
    assert.equal(loadConfig({ DATA_DIR: 'memory://' }).dataDir, null);
  });

  it('requires a token secret and explicit origins in production, where dev login is off unless asked for', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), ConfigError);
    assert.throws(() => loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: 's', MAJLIS_ALLOWED_ORIGINS: '*' }), ConfigError);
    const production = loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: 's', MAJLIS_ALLOWED_ORIGINS: 'https://a.example, https://b.example/' });
    assert.deepEqual([production.allowedOrigins, production.devLogin], [['https://a.example', 'https://b.example'], false]);
    assert.equal(loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: 's', MAJLIS_DEV_LOGIN: '1' }).devLogin, true);
    assert.equal(loadConfig({ MAJLIS_DEV_LOGIN: '0' }).devLogin, false);
  });

  it('reads numbers strictly', () => {
    assert.deepEqual([loadConfig({ MAJLIS_RATE_LIMIT: '5', MAJLIS_RATE_WINDOW_MS: '1000' }).rateLimit], [5]);
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => loadConfig({ MAJLIS_RATE_LIMIT: '0' }), /MAJLIS_RATE_LIMIT/);
  });
});

describe('tokens', () => {
  const exp = Math.floor(Date.now() / 1000) + 60;

  it('verifies what signToken signs', () => {
    const token = signToken({ sub: 'u-1', name: 'Layla', role: 'staff', exp }, 'secret');
    assert.deepEqual(verifyToken(token, 'secret'), { sub: 'u-1', name: 'Layla', role: 'staff', exp });
  });

  it('refuses tampered claims, a wrong secret, an expired token and unknown roles', () => {
    const token = signToken({ sub: 'u-1', exp }, 'secret');
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: 'admin', exp })).toString('base64url')}.${signature}`;
    assert.throws(() => verifyToken(tampered, 'secret'), /signature/);
    assert.throws(() => verifyToken(token, 'other'), /signature/);
    assert.throws(() => verifyToken(token, 'secret', (exp + 1) * 1000), /expired/);
    assert.throws(() => verifyToken(signToken({ sub: 'u-1', exp, role: 'admin' as unknown as Role }, 'secret'), 'secret'), /role/);
  });
});
