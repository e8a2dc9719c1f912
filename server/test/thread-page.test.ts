import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import type { CommunitySeed } from '#majlis/core/seed.js';
import type { JsonLdQAPage } from '#majlis/core/structured-data.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { openApiDocument } from '../src/openapi.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const HOSTILE_TITLE = '</script><script>alert(1)</script> APN help';

/** A small community: an English thread with a hostile answer, hidden and pending posts, and an Arabic thread. */
const seed: CommunitySeed = {
  users: [
    { id: 'sam', name: 'Sam Peeters', role: 'member', joinedAt: '2024-01-01T00:00:00Z' },
    { id: 'layla', name: 'Layla (Nuvo Support)', role: 'staff', joinedAt: '2021-03-01T00:00:00Z' },
    { id: 'omar', name: 'عمر الحربي', role: 'member', joinedAt: '2022-08-30T19:10:00Z' },
  ],
  categories: [{ id: 'network', name: 'Network' }],
  questions: [
    {
      id: 'q-en',
      authorId: 'sam',
      categoryId: 'network',
      title: HOSTILE_TITLE,
      body: 'Since Monday my **4G** does not connect. The APN is `internet.nuvo`.',
      language: 'en',
      createdAt: '2026-11-01T09:00:00.000Z',
      acceptedAnswerId: 'a-accepted',
      acceptedById: 'sam',
      acceptedAt: '2026-11-02T09:00:00.000Z',
    },
    {
      id: 'q-ar',
      authorId: 'omar',
      categoryId: 'network',
      title: 'لا يعمل الإنترنت بعد تغيير الشريحة',
      body: 'غيّرت الشريحة أمس ولا يعمل الإنترنت على هاتفي.',
      language: 'ar',
      createdAt: '2026-11-03T09:00:00.000Z',
    },
    {
      id: 'q-hidden',
      authorId: 'sam',
      categoryId: 'network',
      title: 'A question a moderator hid',
      body: 'Buy cheap followers here',
      language: 'en',
      createdAt: '2026-11-04T09:00:00.000Z',
      state: 'hidden',
      moderation: { reason: 'spam', byId: 'layla', at: '2026-11-04T10:00:00.000Z' },
    },
    {
      id: 'q-idea',
      authorId: 'sam',
      categoryId: 'network',
      title: 'Let me pause my plan while I travel',
      body: 'A button in the app to pause the plan for a month.',
      language: 'en',
      createdAt: '2026-11-05T09:00:00.000Z',
    },
  ],
  ideas: [{ questionId: 'q-idea', topic: 'products' }],
  answers: [
    {
      id: 'a-accepted',
      questionId: 'q-en',
      authorId: 'layla',
      body: 'Set the APN to `internet.nuvo` and restart the phone. See [the guide](https://nuvo.example/apn).',
      language: 'en',
      createdAt: '2026-11-01T11:00:00.000Z',
    },
    {
      id: 'a-hostile',
      questionId: 'q-en',
      authorId: 'sam',
      body: '<script>alert(2)</script> [click](javascript:alert(3)) ![x](https://x.example/a.png" onerror="alert(4)) <img src=x onerror=alert(5)>',
      language: 'en',
      createdAt: '2026-11-01T10:00:00.000Z',
    },
    {
      id: 'a-hidden',
      questionId: 'q-en',
      authorId: 'sam',
      body: 'Hidden answer text',
      language: 'en',
      createdAt: '2026-11-01T12:00:00.000Z',
      state: 'hidden',
      moderation: { reason: 'off-topic', byId: 'layla', at: '2026-11-01T13:00:00.000Z' },
    },
    {
      id: 'a-pending',
      questionId: 'q-en',
      authorId: 'sam',
      body: 'Pending answer text',
      language: 'en',
      createdAt: '2026-11-01T12:30:00.000Z',
      state: 'pending',
    },
    {
      id: 'a-ar',
      questionId: 'q-ar',
      authorId: 'layla',
      body: 'أعد تشغيل الهاتف ثم اتصل على *177#.',
      language: 'ar',
      createdAt: '2026-11-03T10:00:00.000Z',
    },
  ],
  votes: [{ userId: 'sam', target: 'answer', targetId: 'a-accepted' }],
};

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

function jsonLd(document: Document): JsonLdQAPage {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  assert.equal(scripts.length, 1, 'one JSON-LD script');
  return JSON.parse(scripts[0]?.textContent ?? '') as JsonLdQAPage;
}

for (const kind of testDatabaseKinds()) {
  describe(`the crawler page of a thread (${kind})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind, seed });
    });
    after(() => server.close());

    const page = (id: string, headers: Record<string, string> = {}) => fetch(`${server.endpoint}/questions/${id}/page`, { headers });

    it('is a complete HTML document: title, description, canonical, the question and its answers, accepted first', async () => {
      const response = await page('q-en');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      const html = await response.text();
      assert.ok(html.startsWith('<!doctype html>'), 'a doctype');
      const document = parse(html);
      assert.equal(document.documentElement.lang, 'en');
      assert.equal(document.documentElement.dir, 'ltr');
      assert.equal(document.title, HOSTILE_TITLE);
      assert.equal(document.querySelector('h1')?.textContent, HOSTILE_TITLE);
      assert.match(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '', /^Since Monday my 4G does not connect/);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      assert.equal(canonical, `${server.endpoint}/questions/q-en/page`);
      const thread = document.querySelector('main > majlis-thread');
      assert.equal(thread?.getAttribute('question-id'), 'q-en');
      assert.equal(thread?.getAttribute('endpoint'), '/api');
      assert.ok(thread?.querySelector('article h1'), 'the static thread is the light DOM of <majlis-thread>');
      const answers = [...document.querySelectorAll('section article')];
      assert.deepEqual(answers.map((a) => a.id), ['answer-a-accepted', 'answer-a-hostile']);
      assert.match(answers[0]?.textContent ?? '', /Accepted solution/);
      assert.match(answers[0]?.textContent ?? '', /Answer by Layla \(Nuvo Support\)/);
      assert.equal(answers[0]?.querySelector('a')?.getAttribute('href'), 'https://nuvo.example/apn');
      assert.equal(answers[0]?.querySelector('a')?.getAttribute('rel'), 'nofollow ugc noopener noreferrer');
      assert.equal(document.querySelector('section h2')?.textContent, '2 answers');
    });

    it('carries the QAPage JSON-LD of the element, its texts plain', async () => {
      const data = jsonLd(parse(await (await page('q-en')).text()));
      assert.equal(data['@type'], 'QAPage');
      assert.equal(data.url, `${server.endpoint}/questions/q-en/page`);
      const question = data.mainEntity;
      assert.equal(question.name, HOSTILE_TITLE);
      assert.equal(question.text, 'Since Monday my 4G does not connect. The APN is internet.nuvo.');
      assert.equal(question.author.name, 'Sam Peeters');
      assert.equal(question.acceptedAnswer?.text, 'Set the APN to internet.nuvo and restart the phone. See the guide.');
      assert.equal(question.acceptedAnswer?.upvoteCount, 1);
      assert.equal(question.acceptedAnswer?.url, `${server.endpoint}/questions/q-en/page#answer-a-accepted`);
      assert.equal(question.suggestedAnswer?.length, 1);
      assert.equal(question.answerCount, 2, 'the answers shown, not the hidden one');
    });

    it('neutralizes a hostile post: no script runs, no javascript: link, no event handler', async () => {
      const html = await (await page('q-en')).text();
      assert.ok(!html.includes('</script><script>alert(1)'), 'the title cannot close the JSON-LD script');
      const document = parse(html);
      assert.equal(document.querySelectorAll('script').length, 1, 'only the JSON-LD script');
      const hostile = document.querySelector('#answer-a-hostile');
      assert.ok(hostile, 'the hostile answer is shown, as text');
      assert.match(hostile.textContent ?? '', /<script>alert\(2\)<\/script>/);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
      assert.deepEqual(handlers, [], 'no event handler attribute');
      assert.equal(hostile.querySelectorAll('img, script').length, 0, 'no image or script element');
      for (const link of hostile.querySelectorAll('a')) {
        assert.ok(!/^\s*javascript:/i.test(link.getAttribute('href') ?? ''), `a javascript: link: ${link.outerHTML}`);
      }
    });

    it('leaves out hidden and pending answers', async () => {
      const html = await (await page('q-en')).text();
      assert.ok(!html.includes('Hidden answer text'), 'no hidden answer');
      assert.ok(!html.includes('Pending answer text'), 'no pending answer');
      assert.ok(!html.includes('a-hidden') && !html.includes('a-pending'), 'not even their ids');
    });

    it('writes an Arabic question right to left, in Arabic', async () => {
      const document = parse(await (await page('q-ar')).text());
      assert.equal(document.documentElement.lang, 'ar');
      assert.equal(document.documentElement.dir, 'rtl');
      assert.equal(document.querySelector('#answer-a-ar')?.getAttribute('dir'), 'rtl');
      assert.equal(document.querySelector('section h2')?.textContent, 'إجابة واحدة');
      assert.equal(document.querySelector('#answer-a-ar bdi')?.textContent, '*177#');
      assert.equal(jsonLd(document).mainEntity.inLanguage, 'ar');
    });

    it('answers an unknown or hidden question with a 404 page', async () => {
      for (const id of ['q-missing', 'q-hidden']) {
        const response = await page(id);
        assert.equal(response.status, 404, id);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        const html = await response.text();
        assert.ok(!html.includes('Buy cheap followers'), 'nothing of the hidden question');
        const document = parse(html);
        assert.equal(document.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
        assert.match(document.body.textContent ?? '', /couldn’t find this question/);
      }
    });

    it('serves an idea as the question it is', async () => {
      const response = await page('q-idea');
      assert.equal(response.status, 200);
      const document = parse(await response.text());
      assert.equal(document.title, 'Let me pause my plan while I travel');
      assert.equal(jsonLd(document).mainEntity.answerCount, 0);
    });

    it('can be cached briefly and revalidated with its ETag', async () => {
      const response = await page('q-en');
      assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+$/);
      const etag = response.headers.get('etag');
      assert.ok(etag, 'an ETag');
      const again = await page('q-en', { 'If-None-Match': etag });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
    });
  });
}

describe('the crawler page: its canonical address and script, and its OpenAPI entry', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      seed,
      config: { threadUrl: 'https://support.example/community/questions/{id}', threadPageScript: '/majlis/majlis.bundle.js' },
    });
  });
  after(() => server.close());

  it('points to the public thread page of MAJLIS_THREAD_URL and loads the bundle of MAJLIS_THREAD_PAGE_SCRIPT', async () => {
    const document = parse(await (await fetch(`${server.endpoint}/questions/q-ar/page`)).text());
    assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'https://support.example/community/questions/q-ar');
    assert.equal(jsonLd(document).url, 'https://support.example/community/questions/q-ar');
    assert.equal(jsonLd(document).mainEntity.suggestedAnswer?.[0]?.url, undefined, 'no anchors on another page');
    const script = document.querySelector('script[type="module"]');
    assert.equal(script?.getAttribute('src'), '/majlis/majlis.bundle.js');
  });

  it('reads MAJLIS_THREAD_URL, which must say where the id goes', () => {
    assert.equal(loadConfig({ MAJLIS_THREAD_URL: 'https://example.com/q/{id}' }).threadUrl, 'https://example.com/q/{id}');
    assert.equal(loadConfig({}).threadUrl, null);
    assert.throws(() => loadConfig({ MAJLIS_THREAD_URL: 'https://example.com/q/' }), ConfigError);
    assert.throws(() => loadConfig({ MAJLIS_THREAD_URL: 'javascript:alert(1)//{id}' }), ConfigError);
  });

  it('is documented in OpenAPI as text/html', () => {
    const paths = openApiDocument().paths as Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    const operation = paths['/questions/{id}/page']?.get;
    assert.ok(operation?.responses['200']?.content?.['text/html'], 'a text/html response');
  });
});
