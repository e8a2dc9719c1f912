import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { maskPersonalData } from '#majlis/core/personal-data.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { startTestServer } from './testing.js';
import type { TestServer } from './testing.js';
import { answer, call, errorOf, question } from './helpers.js';

describe('personal data', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: structuredClone(conformanceSeed) });
  });
  after(() => server.close());

  const phoneTitle = 'Bel mij terug op 0470 12 34 56 aub';
  const ibanBody = 'Remboursez-moi sur BE71 0961 2345 6769 svp, la carte a été débitée deux fois.';

  it('refuses a title or body with personal data: 400 invalid naming the field, the data not echoed', async () => {
    const cases: [path: string, body: Record<string, unknown>, field: string][] = [
      ['/questions', { ...question, title: phoneTitle }, 'title'],
      ['/questions', { ...question, body: ibanBody, allowPersonalData: false }, 'body'],
      ['/questions/q-open/answers', { ...answer, body: 'رقمي ٠٥٠١٢٣٤٥٦٧ لا يستقبل المكالمات', language: 'ar' }, 'body'],
      ['/questions/q-open/answers', { ...answer, body: 'Mail me: a.peeters@proximus.be' }, 'body'],
    ];
    for (const [path, body, field] of cases) {
      const result = await call(server, 'POST', path, { as: 'member', body });
      assert.equal(result.status, 400, `${path} ${field}: ${JSON.stringify(result.body)}`);
      const error = errorOf(result);
      assert.deepEqual([error.code, error.field], ['invalid', field], error.message);
      assert.match(error.message ?? '', /personal data/);
      assert.doesNotMatch(error.message ?? '', /0470|BE71|a\.peeters|٠٥٠/, 'the message does not repeat the data');
    }
    const count = (await call(server, 'GET', '/questions?limit=100')).body as { total: number };
    assert.equal(count.total, conformanceSeed.questions.length, 'nothing was created');
  });

  it('stores what the writer chose to keep (allowPersonalData: true), and masked text without it', async () => {
    const kept = await call(server, 'POST', '/questions', {
      as: 'member',
      body: { ...question, title: phoneTitle, body: ibanBody, allowPersonalData: true },
    });
    assert.equal(kept.status, 201, JSON.stringify(kept.body));
    assert.equal((kept.body as { title: string }).title, phoneTitle);
    const masked = await call(server, 'POST', '/questions/q-open/answers', {
      as: 'member',
      body: { ...answer, body: maskPersonalData(ibanBody) },
    });
    assert.equal(masked.status, 201, JSON.stringify(masked.body));
    assert.match((masked.body as { body: string }).body, /BE•• •••• •••• 6769/);
  });

  it('refuses an allowPersonalData that is not a boolean', async () => {
    const result = await call(server, 'POST', '/questions/q-open/answers', {
      as: 'member',
      body: { ...answer, allowPersonalData: 'yes' },
    });
    assert.deepEqual([result.status, errorOf(result).code, errorOf(result).field], [400, 'invalid', 'allowPersonalData']);
  });

  it('documents allowPersonalData in the OpenAPI document', async () => {
    const { default: openapi } = (await import('../openapi.json', { with: { type: 'json' } })) as {
      default: { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    };
    assert.ok(openapi.components.schemas.AskQuestionInput.properties.allowPersonalData, 'AskQuestionInput');
    assert.ok(openapi.components.schemas.PostAnswerInput.properties.allowPersonalData, 'PostAnswerInput');
  });
});
