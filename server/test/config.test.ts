import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '#majlis/core/types.js';
import { signToken, verifyToken } from '../src/auth.js';
import { ConfigError, DEV_TOKEN_SECRET, loadConfig } from '../src/config.js';

const SECRET = 'a-production-secret-of-32-bytes!';

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
    assert.throws(() => loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: SECRET, MAJLIS_ALLOWED_ORIGINS: '*' }), ConfigError);
    const production = loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: SECRET, MAJLIS_ALLOWED_ORIGINS: 'https://a.example, https://b.example/' });
    assert.deepEqual([production.allowedOrigins, production.devLogin], [['https://a.example', 'https://b.example'], false]);
    assert.equal(production.tokenSecretWarning, null);
    assert.equal(loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: SECRET, MAJLIS_DEV_LOGIN: '1' }).devLogin, true);
    assert.equal(loadConfig({ MAJLIS_DEV_LOGIN: '0' }).devLogin, false);
  });

  it('refuses the public development secret, published secrets and secrets under 32 bytes in production', () => {
    for (const secret of [DEV_TOKEN_SECRET, 'majlis-test-secret', 'a', 'x'.repeat(31), 'é'.repeat(15)]) {
      assert.throws(
        () => loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: secret, MAJLIS_ALLOWED_ORIGINS: 'https://a.example' }),
        (error: unknown) => error instanceof ConfigError && /MAJLIS_TOKEN_SECRET/.test(error.message),
        `secret ${JSON.stringify(secret)}`,
      );
    }
    assert.ok(
      loadConfig({ NODE_ENV: 'production', MAJLIS_TOKEN_SECRET: 'é'.repeat(16), MAJLIS_ALLOWED_ORIGINS: 'https://a.example' }),
      'sixteen characters of any kind are a long enough secret',
    );
  });

  it('says why the secret is unsafe outside production: not set, public, or short', () => {
    assert.match(loadConfig({}).tokenSecretWarning ?? '', /not set/);
    assert.match(loadConfig({ MAJLIS_TOKEN_SECRET: DEV_TOKEN_SECRET }).tokenSecretWarning ?? '', /PUBLIC secret/);
    assert.doesNotMatch(loadConfig({ MAJLIS_TOKEN_SECRET: DEV_TOKEN_SECRET }).tokenSecretWarning ?? '', /not set/);
    assert.match(loadConfig({ MAJLIS_TOKEN_SECRET: 'a' }).tokenSecretWarning ?? '', /1 bytes long/);
    assert.equal(loadConfig({ MAJLIS_TOKEN_SECRET: SECRET }).tokenSecretWarning, null);
  });

  it('reads NODE_ENV case-insensitively: Production is production', () => {
    for (const value of ['Production', 'PRODUCTION', ' production ']) {
      assert.throws(() => loadConfig({ NODE_ENV: value }), ConfigError, value);
      const config = loadConfig({ NODE_ENV: value, MAJLIS_TOKEN_SECRET: SECRET, MAJLIS_ALLOWED_ORIGINS: 'https://a.example' });
      assert.deepEqual([config.production, config.devLogin, config.allowedOrigins], [true, false, ['https://a.example']], value);
    }
    assert.equal(loadConfig({ NODE_ENV: 'development' }).production, false);
  });

  it('reads numbers strictly', () => {
    assert.deepEqual([loadConfig({ MAJLIS_RATE_LIMIT: '5', MAJLIS_RATE_WINDOW_MS: '1000' }).rateLimit], [5]);
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => loadConfig({ MAJLIS_RATE_LIMIT: '0' }), /MAJLIS_RATE_LIMIT/);
  });

  it('takes an idea page address for mails only with {id} in it', () => {
    assert.equal(loadConfig({ MAJLIS_IDEA_URL: 'https://example.com/ideas?idea={id}' }).mail?.ideaUrl, 'https://example.com/ideas?idea={id}');
    assert.equal(loadConfig({}).mail?.ideaUrl, null, 'by default an idea links to its thread');
    assert.throws(() => loadConfig({ MAJLIS_IDEA_URL: 'https://example.com/ideas' }), /MAJLIS_IDEA_URL.*\{id\}/);
  });
});

describe('tokens', () => {
  const exp = Math.floor(Date.now() / 1000) + 60;
  const policy = { secret: 'secret', maxAgeSeconds: 3600 };

  it('verifies what signToken signs', () => {
    const token = signToken({ sub: 'u-1', name: 'Layla', role: 'staff', exp }, 'secret');
    assert.deepEqual(verifyToken(token, policy), { sub: 'u-1', name: 'Layla', role: 'staff', exp });
  });

  it('refuses tampered claims, a wrong secret, an expired token and unknown roles', () => {
    const token = signToken({ sub: 'u-1', exp }, 'secret');
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: 'admin', exp })).toString('base64url')}.${signature}`;
    assert.throws(() => verifyToken(tampered, policy), /signature/);
    assert.throws(() => verifyToken(token, { ...policy, secret: 'other' }), /signature/);
    assert.throws(() => verifyToken(token, policy, (exp + 1) * 1000), /expired/);
    assert.throws(() => verifyToken(signToken({ sub: 'u-1', exp, role: 'admin' as unknown as Role }, 'secret'), policy), /role/);
  });

  it('refuses a token that expires further away than the maximum age (default 24 h)', () => {
    const now = Math.floor(Date.now() / 1000);
    const yearLong = signToken({ sub: 'u-1', exp: now + 365 * 24 * 3600 }, 'secret');
    assert.throws(() => verifyToken(yearLong, policy), /MAJLIS_TOKEN_MAX_AGE_SECONDS/);
    assert.equal(loadConfig({}).tokenMaxAgeSeconds, 24 * 3600);
    assert.equal(loadConfig({ MAJLIS_TOKEN_MAX_AGE_SECONDS: '600' }).tokenMaxAgeSeconds, 600);
    assert.ok(verifyToken(signToken({ sub: 'u-1', exp: now + 3500 }, 'secret'), policy), 'a token within the maximum age');
  });

  it('checks iss and aud when an issuer and an audience are configured', () => {
    const strict = { ...policy, issuer: 'https://support.example', audience: 'majlis' };
    const good = { sub: 'u-1', exp, iss: 'https://support.example' };
    assert.ok(verifyToken(signToken({ ...good, aud: 'majlis' }, 'secret'), strict), 'the audience as a string');
    assert.ok(verifyToken(signToken({ ...good, aud: ['shop', 'majlis'] }, 'secret'), strict), 'the audience in a list');
    assert.throws(() => verifyToken(signToken({ ...good, aud: 'shop' }, 'secret'), strict), /"aud"/);
    assert.throws(() => verifyToken(signToken({ sub: 'u-1', exp, aud: 'majlis' }, 'secret'), strict), /"iss"/);
    assert.throws(() => verifyToken(signToken({ ...good, iss: 'https://evil.example', aud: 'majlis' }, 'secret'), strict), /"iss"/);
    const config = loadConfig({ MAJLIS_TOKEN_ISSUER: 'https://support.example', MAJLIS_TOKEN_AUDIENCE: 'majlis' });
    assert.deepEqual([config.tokenIssuer, config.tokenAudience], ['https://support.example', 'majlis']);
  });

  it('refuses control characters in sub and name, and strips bidi overrides from the name', () => {
    assert.throws(() => verifyToken(signToken({ sub: 'u-\u00001', exp }, 'secret'), policy), /"sub".*U\+0000/);
    assert.throws(() => verifyToken(signToken({ sub: 'u-1', name: 'Lay\u0000la', exp }, 'secret'), policy), /"name".*U\+0000/);
    assert.equal(verifyToken(signToken({ sub: 'u-1', name: 'Layla \u202eadmin', exp }, 'secret'), policy).name, 'Layla admin');
    assert.throws(() => verifyToken(signToken({ sub: 'u-1', name: '\u202e', exp }, 'secret'), policy), /"name"/);
  });
});
