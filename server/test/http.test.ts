import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parseMarkdown } from '#majlis/core/markdown-parse.js';
import type { Answer, Page, Question } from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { buildApp } from '../src/app.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { endpoints } from '../src/schemas.js';
import { startTestServer, testConfig } from './testing.js';
import type { TestServer } from './testing.js';
import { OPENAPI_FILE, openApiFileContent } from '../src/write-openapi.js';
import { call, errorOf } from './helpers.js';

describe('HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: structuredClone(conformanceSeed) });
  });
  after(() => server.close());

  const preflight = (origin: string) =>
    fetch(`${server.endpoint}/questions`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });

  it("sends each post's body parsed (bodyHtml) by the page's own Markdown rules, for lists and threads", async () => {
    const list = (await call(server, 'GET', '/questions')).body as Page<Question>;
    const answers = (await call(server, 'GET', '/questions/q-open/answers')).body as Page<Answer>;
    const posts = [...list.items, ...answers.items];
    assert.ok(posts.length > 3, 'questions and answers');
    for (const post of posts) assert.equal(post.bodyHtml, parseMarkdown(post.body), `${post.type} ${post.id}`);
    assert.match(answers.items[0]?.bodyHtml ?? '', /^<p>/);
  });

  it('answers a CORS preflight from an allowed origin, with credentials, and exposes Retry-After', async () => {
    const response = await preflight('http://allowed.test');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://allowed.test');
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /PUT/);
    const read = await fetch(`${server.endpoint}/categories`, { headers: { Origin: 'http://allowed.test' } });
    assert.equal(read.headers.get('access-control-allow-origin'), 'http://allowed.test');
    assert.equal(read.headers.get('access-control-expose-headers'), 'Retry-After');
  });

  it('gives a disallowed origin no CORS headers', async () => {
    const response = await preflight('http://evil.test');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const read = await fetch(`${server.endpoint}/categories`, { headers: { Origin: 'http://evil.test' } });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
  });

  it('serves the OpenAPI 3.1 document, the same as the committed server/openapi.json, and it is valid', async () => {
    const served = (await (await fetch(`${server.url}/openapi.json`)).json()) as Record<string, unknown>;
    assert.deepEqual((await (await fetch(`${server.endpoint}/openapi.json`)).json()) as unknown, served);
    const committed = await readFile(OPENAPI_FILE, 'utf8');
    assert.equal(committed, openApiFileContent(), 'server/openapi.json is out of date: run `npm run openapi -w server`');
    assert.deepEqual(served, JSON.parse(committed));
    assert.equal(served.openapi, '3.1.0');
    const result = await new Validator().validate(served);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    const components = served.components as { schemas: Record<string, unknown>; securitySchemes: Record<string, { scheme?: string }> };
    assert.ok(components.schemas.Error, 'the error body schema');
    assert.equal(components.securitySchemes.bearer?.scheme, 'bearer');
    const paths = served.paths as Record<string, Record<string, unknown>>;
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(paths[path]?.[endpoint.method.toLowerCase()], `${endpoint.method} ${path} is documented`);
    }
  });

  it('signs in through the development login, and lists the members for a picker', async () => {
    const users = (await call(server, 'GET', '/dev/users')).body as { id: string }[];
    assert.deepEqual(users.map((user) => user.id).sort(), conformanceSeed.users.map((user) => user.id).sort());
    const login = await call(server, 'POST', '/dev/login', { body: { userId: 'expert' } });
    assert.equal(login.status, 200);
    const { token, user } = login.body as { token: string; user: { id: string; role: string } };
    assert.deepEqual([user.id, user.role], ['expert', 'expert']);
    const viewer = await call(server, 'GET', '/viewer', { rawToken: token });
    assert.equal((viewer.body as { user: { id: string } }).user.id, 'expert');
    assert.equal((await call(server, 'POST', '/dev/login', { body: { userId: 'nobody' } })).status, 404);
  });

  it('has no development login when it is disabled', async () => {
    const production = await startTestServer({ db: server.db, config: { devLogin: false, production: true } });
    try {
      assert.equal((await call(production, 'POST', '/dev/login', { body: { userId: 'expert' } })).status, 404);
      assert.equal((await call(production, 'GET', '/dev/users')).status, 404);
    } finally {
      await production.close();
    }
  });

  it('answers a server failure with 5xx and the unavailable code, without internals', async () => {
    const db = await createPgliteDatabase(null); // never migrated: every query fails
    const app = await buildApp({ db, config: testConfig(), logger: false });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/questions' });
      assert.equal(response.statusCode, 500);
      const body = response.json<{ error: { code: string; message: string } }>();
      assert.equal(body.error.code, 'unavailable');
      assert.doesNotMatch(body.error.message, /relation|questions|SQL|at /);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('answers an unknown route with 404 not-found and the error body', async () => {
    const result = await call(server, 'DELETE', '/categories');
    assert.deepEqual([result.status, errorOf(result).code], [404, 'not-found']);
  });
});
