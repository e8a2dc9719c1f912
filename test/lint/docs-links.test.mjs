// The documentation site builds and has no broken internal link or anchor (issue 18). Part of `npm run lint`: it
// rewrites the pages (docs-site/, a few seconds) and builds the live examples' script when it is missing.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, buildDocs, escape, manifest } from '../../scripts/docs.mjs';
import { checkLinks } from '../../scripts/check-links.mjs';
import { elementsOf } from '../../scripts/manifest.mjs';

describe('documentation site', () => {
  let pages;
  before(async () => {
    pages = await buildDocs({ pagesOnly: true });
  });

  it('has no broken internal link or anchor', () => {
    const { links, problems } = checkLinks(OUT);
    assert.ok(links > 100, `only ${links} links checked`);
    assert.deepEqual(problems.map(({ page, href, problem }) => `${page}: ${href} (${problem})`), []);
  });

  it('has a page per element in English and Arabic, the Arabic ones right to left with an Arabic example', async () => {
    const elements = elementsOf(await manifest());
    for (const element of elements) {
      for (const locale of ['en', 'ar']) {
        const path = `${locale}/elements/${element.tagName}.html`;
        assert.ok(pages.includes(path), `${path} is missing`);
      }
      const arabic = readFileSync(join(OUT, `ar/elements/${element.tagName}.html`), 'utf8');
      assert.match(arabic, /<html lang="ar" dir="rtl">/, `${element.tagName}: the Arabic page is not rtl`);
      assert.match(arabic, /class="example" lang="ar" dir="rtl"/, `${element.tagName}: no Arabic live example`);
      assert.match(arabic, /مثال حيّ/, `${element.tagName}: the Arabic chrome is missing`);
    }
  });

  it('lists the tokens on the theming page', () => {
    for (const locale of ['en', 'ar']) {
      const page = readFileSync(join(OUT, `${locale}/theming.html`), 'utf8');
      assert.ok((page.match(/<code>--majlis-color-accent<\/code>/g) ?? []).length === 1, `${locale}/theming.html: the tokens table is missing or doubled`);
    }
  });

  it('escapes what it takes from the manifest', () => {
    assert.equal(escape(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const page = readFileSync(join(OUT, 'en/elements/majlis-thread.html'), 'utf8');
    assert.ok(!/<majlis-(?!thread)[a-z-]+[\s>]/.test(page.replace(/<div class="example"[\s\S]*?<\/div>/, '')), 'a tag name from the manifest reached the page unescaped');
  });
});
