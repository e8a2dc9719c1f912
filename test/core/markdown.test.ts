import { render } from 'lit';
import { LIMITS } from '../../src/core/types.js';
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { aTimeout, expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { loadMarkdownParser, markdown, markdownToHtml, markdownToText, renderMarkdown } from '../../src/core/markdown.js';

// The parser is a lazy chunk; these tests are about what it and the sanitizer make (markdown-lazy.test.ts: the wait).
before(() => loadMarkdownParser());

/** Every payload sets this flag instead of calling alert(), so running script is detectable. */
const flags = window as unknown as { __xss?: unknown };
const XSS = 'window.__xss=1';

/** Hostile Markdown: whatever else happens, no script may run and the generic checks must hold. */
const HOSTILE: ReadonlyArray<readonly [name: string, source: string]> = [
  ['raw script', `<script>${XSS}</script>`],
  ['script split over lines', `<scr\nipt>${XSS}</script>`],
  ['img onerror', `<img src=x onerror=${XSS}>`],
  ['svg onload', `<svg onload=${XSS}>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`],
  ['raw anchor with javascript:', `<a href="javascript:${XSS}">raw</a>`],
  ['style element', '<style>body { display: none }</style>'],
  ['inline style and class', '<p style="position:fixed" class="x" id="y">styled</p>'],
  ['base, meta and link', '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:1"><link rel="stylesheet" href="https://e.com/x.css">'],
  ['object and embed', `<object data="javascript:${XSS}"></object><embed src="javascript:${XSS}">`],
  ['form with formaction', `<form action="javascript:${XSS}"><input type="submit" formaction="javascript:${XSS}"><button>go</button></form>`],
  ['template', `<template><script>${XSS}</script></template>`],
  ['details ontoggle', `<details open ontoggle=${XSS}>x</details>`],
  ['math with href', `<math href="javascript:${XSS}"><mi>x</mi></math>`],
  ['svg use xlink:href', `<svg><use xlink:href="data:image/svg+xml;base64,PHN2Zz4="/></svg>`],
  ['noscript mutation', `<noscript><p title="</noscript><img src=x onerror=${XSS}>">`],
  ['math mglyph style mutation', `<math><mtext><table><mglyph><style><img src=x onerror=${XSS}>`],
  ['form math mutation', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${XSS}>`],
  ['unclosed tags', `<div><p><a href="javascript:${XSS}"><b>unclosed <i>nesting`],
  ['markdown inside raw html', `<div onclick="${XSS}">\n\n**bold** [x](javascript:${XSS})\n\n</div>`],
  ['html in a fenced code block', `\`\`\`html\n<script>${XSS}</script>\n<img src=x onerror=${XSS}>\n\`\`\``],
  ['html in inline code', `\`<img src=x onerror=${XSS}>\``],
  ['entities in link title', `[t](https://example.com "&quot; onmouseover=&quot;${XSS}")`],
  ['quote breakout in image title', `![t](https://example.com/a.png "\\" onerror=\\"${XSS}")`],
  ['html comment', `<!-- <script>${XSS}</script> -->after`],
  ['cdata', `<![CDATA[<img src=x onerror=${XSS}>]]>`],
  ['__proto__ text', '__proto__ constructor prototype toString'],
  ['__proto__ reference link', '[__proto__]\n\n[__proto__]: https://example.com/proto'],
  ['__proto__ attribute', '<a __proto__="x" constructor="y">z</a>'],
  ['nested links', `[[inner](javascript:${XSS})](https://example.com)`],
  ['table cell payload', `| a | b |\n|---|---|\n| <img src=x onerror=${XSS}> | [x](javascript:${XSS}) |`],
];

/** Links with a refused scheme: the link text stays, without href. */
const BAD_LINKS: ReadonlyArray<readonly [name: string, source: string]> = [
  ['javascript:', `[click](javascript:${XSS})`],
  ['mixed-case JaVaScRiPt:', `[click](JaVaScRiPt:${XSS})`],
  ['tab entity java&#9;script:', `[click](java&#9;script:${XSS})`],
  ['newline entity java&#10;script:', `[click](java&#10;script:${XSS})`],
  ['decimal entity &#106;avascript:', `[click](&#106;avascript:${XSS})`],
  ['hex entity &#x6A;avascript:', `[click](&#x6A;avascript:${XSS})`],
  ['named entity javascript&colon;', `[click](javascript&colon;${XSS})`],
  ['leading spaces', `[click](<   javascript:${XSS}>)`],
  ['leading control character', `[click](<\u0001javascript:${XSS}>)`],
  ['leading control character entity', `[click](&#1;javascript:${XSS})`],
  ['data:text/html', '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)'],
  ['vbscript:', '[click](vbscript:msgbox(1))'],
  ['file:', '[click](file:///etc/passwd)'],
  ['reference-style javascript:', `[click][evil]\n\n[evil]: javascript:${XSS}`],
  ['reference-style data:', '[click][evil]\n\n[evil]: data:text/html,<script>window.__xss=1</script>'],
  ['nested markdown in link text', `[**bold** _click_](javascript:${XSS})`],
];

/** Autolinks show their (inert) text; only the href is refused. */
const BAD_AUTOLINKS = [`<javascript:${XSS}>`, '<vbscript:msgbox(1)>', '<data:text/html,hi>'];

/** Images with a refused source: the image goes, its alt text stays. */
const BAD_IMAGES: ReadonlyArray<readonly [name: string, source: string]> = [
  ['javascript: src', `![picture](javascript:${XSS})`],
  ['data:image/svg+xml src', '![picture](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzPTEiLz4=)'],
  ['data:text/html src', '![picture](data:text/html,hi)'],
  ['relative src', '![picture](/uploads/a.png)'],
  ['reference-style javascript: src', `![picture][evil]\n\n[evil]: javascript:${XSS}`],
];

/** A realistic post: a paragraph with markup, a second line and a blank line after. */
const SUPPORT_POST = `**APN** voor KPN: \`internet\` — zie [handleiding](https://example.com/apn) <APN> ${'لتفعيل eSIM '.repeat(3)}\nHerstart daarna je telefoon.\n\n`;

const FORBIDDEN_ELEMENTS =
  'script, style, iframe, object, embed, form, input, button, textarea, select, svg, math, base, meta, link, template, noscript';
const FORBIDDEN_ATTRIBUTES = ['style', 'srcdoc', 'formaction', 'xlink:href', 'class', 'id'];
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

function schemeOf(url: string): string {
  return new URL(url, location.href).protocol;
}

/** The sanitizer's promises, checked on the DOM as the browser will use it. */
function expectSafe(root: ParentNode): void {
  expect(root.querySelectorAll(FORBIDDEN_ELEMENTS), 'forbidden elements').to.have.length(0);
  for (const element of root.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      expect(name, `attribute on <${element.localName}>`).not.to.match(/^on/i);
      expect(FORBIDDEN_ATTRIBUTES, `attribute on <${element.localName}>`).not.to.include(name);
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    expect(LINK_SCHEMES, link.getAttribute('href')!).to.include(schemeOf(link.getAttribute('href')!));
  }
  for (const image of root.querySelectorAll('img')) {
    expect(image.getAttribute('src')).to.match(/^https?:\/\//i);
  }
}

function rendered(source: string): HTMLDivElement {
  const container = document.createElement('div');
  container.append(renderMarkdown(source));
  return container;
}

/** markdownToHtml output, parsed inertly. */
function parsedHtml(source: string): HTMLElement {
  return new DOMParser().parseFromString(markdownToHtml(source), 'text/html').body;
}

/** Both outputs, checked by the generic assertion; returns the DOM one for further checks. */
function expectSafeOutputs(source: string): HTMLDivElement {
  const container = rendered(source);
  expectSafe(container);
  expectSafe(parsedHtml(source));
  return container;
}

describe('markdown: hostile input', () => {
  afterEach(() => {
    delete flags.__xss;
  });

  for (const [name, source] of HOSTILE) {
    it(`neutralizes ${name}`, () => {
      expectSafeOutputs(source);
    });
  }

  for (const [name, source] of BAD_LINKS) {
    it(`keeps a ${name} link as text without href`, () => {
      const container = expectSafeOutputs(source);
      expect(container.querySelectorAll('a[href]')).to.have.length(0);
      expect(container.textContent).to.contain('click');
    });
  }

  for (const source of BAD_AUTOLINKS) {
    it(`refuses the autolink ${source}`, () => {
      const container = expectSafeOutputs(source);
      expect(container.querySelectorAll('a[href]')).to.have.length(0);
      expect(container.textContent.trim()).to.equal(source.slice(1, -1));
    });
  }

  for (const [name, source] of BAD_IMAGES) {
    it(`replaces an image with a ${name} by its alt text`, () => {
      const container = expectSafeOutputs(source);
      expect(container.querySelectorAll('img')).to.have.length(0);
      expect(container.textContent).to.contain('picture');
    });
  }

  it('shows raw HTML as the literal text the user typed', () => {
    const container = rendered(`<script>${XSS}</script>`);
    expect(container.querySelector('p')!.textContent).to.equal(`<script>${XSS}</script>`);
  });

  // How long these take is a benchmark's business (see the note in src/core/markdown.ts), not a test's.
  it('handles 100 KB and pathological input without throwing', () => {
    const sources = [
      SUPPORT_POST.repeat(Math.ceil(100_000 / SUPPORT_POST.length)),
      '['.repeat(100_000),
      '<'.repeat(100_000),
      '_a'.repeat(50_000),
      '_a'.repeat(9_990),
      '*a'.repeat(9_990),
      '**a'.repeat(6_600),
      '> '.repeat(5_000) + 'deep',
      '1. '.repeat(5_000) + 'deep',
      `[x](${'('.repeat(25_000)}`,
      `${'__proto__ '.repeat(10_000)}`,
    ];
    for (const source of sources) {
      expectSafe(rendered(source));
      expect(markdownToText(source, 80).length).to.be.at.most(80);
    }
  });

  it('shows a source beyond the Markdown limit as plain paragraphs', () => {
    const source = SUPPORT_POST.repeat(Math.ceil(100_000 / SUPPORT_POST.length));
    const container = expectSafeOutputs(source);
    expect(container.querySelector('strong')).to.equal(null);
    expect(container.querySelector('p')!.textContent).to.equal(SUPPORT_POST.trim().replace('\n', ''));
    expect(container.querySelector('p')!.getAttribute('dir')).to.equal('auto');
    expect(container.querySelectorAll('p > br').length).to.be.above(0);
  });

  it('still renders a long post within the limit as Markdown', () => {
    const copies = Math.floor(LIMITS.bodyMax / SUPPORT_POST.length);
    const container = rendered(SUPPORT_POST.repeat(copies));
    expect(container.querySelectorAll('strong').length).to.be.at.least(copies);
  });

  it('detects a payload that runs on the page (control for the next test)', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    try {
      container.append(document.createRange().createContextualFragment(`<img src="data:," onerror="${XSS}">`));
      await waitUntil(() => flags.__xss === 1, 'the unsanitized control payload did not run');
    } finally {
      container.remove();
    }
  });

  it('runs no payload when every hostile input is live on the page', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const corpus = [...HOSTILE, ...BAD_LINKS, ...BAD_IMAGES].map(([, source]) => source).concat(BAD_AUTOLINKS);
    try {
      for (const source of corpus) {
        container.append(renderMarkdown(source));
        // Scripts in a contextual fragment do run when inserted: the string output gets the same test.
        container.append(document.createRange().createContextualFragment(markdownToHtml(source)));
      }
      for (const link of container.querySelectorAll('a')) link.dispatchEvent(new MouseEvent('mouseover'));
      await aTimeout(300);
      expect(flags.__xss).to.equal(undefined);
      expectSafe(container);
    } finally {
      container.remove();
    }
  });
});

describe('markdown: normal content', () => {
  it('renders emphasis, strikethrough and single newlines as line breaks', () => {
    const container = rendered('**Tip:** restart *after* changing ~~nothing~~\nthen wait');
    expect(container.querySelector('strong')!.textContent).to.equal('Tip:');
    expect(container.querySelector('em')!.textContent).to.equal('after');
    expect(container.querySelector('del')!.textContent).to.equal('nothing');
    expect(container.querySelectorAll('p br')).to.have.length(1);
  });

  it('renders lists, keeping the start of an ordered list', () => {
    const container = rendered('3. Open Settings\n4. Tap Mobile data\n\n- one\n- two');
    const ordered = container.querySelector('ol')!;
    expect(ordered.getAttribute('start')).to.equal('3');
    expect(ordered.querySelectorAll('li')).to.have.length(2);
    expect(container.querySelectorAll('ul > li')).to.have.length(2);
  });

  it('keeps code literal, whitespace included', () => {
    const code = 'APN:   <APN>\n  MMSC:  http://mms.example.com\n<b>not bold</b>';
    const container = rendered(`\`\`\`text\n${code}\n\`\`\`\n\nDial \`*#06#\` or \`<PIN>\``);
    expect(container.querySelector('pre > code')!.textContent).to.equal(`${code}\n`);
    expect(container.querySelector('pre b, pre a')).to.equal(null);
    expect([...container.querySelectorAll('p code')].map((c) => c.textContent)).to.deep.equal(['*#06#', '<PIN>']);
  });

  it('keeps phone numbers and USSD codes left to right inside Arabic text, unmarked', async () => {
    const text = 'اتصل على +971 50 123 4567 أو اطلب *100*2# الآن';
    await loadMarkdownParser();
    const wrapper = await fixture<HTMLElement>(html`<p dir="rtl" lang="ar" style="font-size: 20px"></p>`);
    wrapper.append(renderMarkdown(text));
    const runs = [...wrapper.querySelectorAll('bdi[dir="ltr"]')];
    expect(runs.map((run) => run.textContent)).to.deep.equal(['+971 50 123 4567', '*100*2#']);
    /** Where the character at `offset` of a run is drawn. */
    const left = (run: Element, offset: number) => {
      const range = document.createRange();
      range.setStart(run.firstChild!, offset);
      range.setEnd(run.firstChild!, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const [phone, ussd] = runs as [Element, Element];
    expect(left(phone, 0), '“+971” is drawn left of “4567”').to.be.below(left(phone, 12));
    expect(left(ussd, 0), '“*100” is drawn left of “2#”').to.be.below(left(ussd, 5));
  });

  /** Where each character of `token` is drawn, from the text node of `root` that holds it. */
  function drawnLefts(root: Element, token: string): number[] {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(token);
      if (start < 0) continue;
      return [...token].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, start + i);
        range.setEnd(node, start + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`${token} is not in one text node`);
  }

  /** The characters of `token` drawn out of left-to-right order. */
  function outOfOrder(root: Element, token: string): string[] {
    const lefts = drawnLefts(root, token);
    return [...token].flatMap((char, i) => (i > 0 && lefts[i] <= lefts[i - 1] ? [`${token}: “${char}” at ${i}`] : []));
  }

  it('keeps phone numbers and USSD codes left to right inside Urdu text too', async () => {
    const text = 'ہیلپ لائن +92 300 1234567 پر کال کریں یا *123# ملائیں، بیلنس معلوم ہو جائے گا';
    await loadMarkdownParser();
    const wrapper = await fixture<HTMLElement>(html`<p dir="rtl" lang="ur" style="font-size: 20px"></p>`);
    wrapper.append(renderMarkdown(text));
    const runs = [...wrapper.querySelectorAll('bdi[dir="ltr"]')];
    expect(runs.map((run) => run.textContent)).to.deep.equal(['+92 300 1234567', '*123#']);
    expect(outOfOrder(wrapper, '+92 300 1234567')).to.deep.equal([]);
    expect(outOfOrder(wrapper, '*123#')).to.deep.equal([]);
    const [phone] = drawnLefts(wrapper, '+92 300 1234567');
    const [word] = drawnLefts(wrapper, 'ہیلپ');
    expect(phone, 'the number stands left of the words before it, as Urdu reads').to.be.below(word);
  });

  for (const [lang, before, after] of [
    ['ar', 'افتح', 'ثم سجّل الدخول، أو راسلنا على'],
    ['ur', 'یہ لنک کھولیں', 'پھر سائن اِن کریں، یا ہمیں ای میل کریں'],
  ] as const) {
    it(`keeps links, e-mail addresses and APN names in order inside ${lang} text`, async () => {
      const tokens = ['https://nuvo.example/esim/', 'https://nuvo.example/help?lang=ar', 'http://192.168.1.1', 'help@nuvo.example', 'internet.operator.ae', 'internet.nuvo.ae/4g', 'mms.operator.ae:8080/'];
      const text = `${before} ${tokens[0]} ${after} ${tokens[3]}. الـAPN: ${tokens[4]}، (${tokens[5]}) ${tokens[6]} و ${tokens[1]} و ${tokens[2]}`;
      await loadMarkdownParser();
      const wrapper = await fixture<HTMLElement>(html`<p dir="rtl" lang=${lang} style="font-size: 20px"></p>`);
      wrapper.append(renderMarkdown(text));
      expect(tokens.flatMap((token) => outOfOrder(wrapper, token))).to.deep.equal([]);
      // Only the two ending in a slash needed isolating; the link stays a link.
      expect([...wrapper.querySelectorAll('bdi[dir="ltr"]')].map((bdi) => bdi.textContent)).to.deep.equal([tokens[0], tokens[6]]);
      expect(wrapper.querySelector(`bdi > a[href="${tokens[0]}"]`)).not.to.equal(null);
    });
  }

  it('isolates only what needs it: not code, years, amounts, product names, links or addresses', () => {
    const container = rendered('Dial `*100#`, a Galaxy S24 in 2024 for € 94,90 at 12:30, see https://nuvo.example/123-456-7890 or mail help@nuvo.example');
    expect(container.querySelectorAll('bdi')).to.have.length(0);
    expect(container.querySelector('code')!.textContent).to.equal('*100#');
    expect(container.querySelector('a')!.getAttribute('href')).to.equal('https://nuvo.example/123-456-7890');
  });

  it('renders a GFM table with aligned cells', () => {
    const container = rendered(
      '| Name | APN | MMSC |\n|:-----|:---:|-----:|\n| KPN | `internet` | http://mp.kpnmms.nl/mmsc |\n| Orange | `orange.fr` | http://mms.orange.fr |',
    );
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Name', 'APN', 'MMSC']);
    expect(container.querySelectorAll('tbody tr')).to.have.length(2);
    expect([...container.querySelectorAll('th')].map((th) => th.getAttribute('align'))).to.deep.equal(['left', 'center', 'right']);
    expect(container.querySelector('table')!.getAttribute('dir')).to.equal('auto');
    expect(container.querySelector('table')!.getAttribute('tabindex'), 'a table that scrolls is reachable by keyboard').to.equal('0');
  });

  it('keeps no tabindex a writer typed', () => {
    const container = rendered('<p tabindex="5">first</p>\n\n<a href="https://x.example" tabindex="-1">x</a>');
    expect(container.querySelectorAll('[tabindex]')).to.have.length(0);
  });

  it('autolinks https URLs, opening them in a new tab without referrer or opener', () => {
    const link = rendered('See https://support.example.com/esim?lang=nl for details').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://support.example.com/esim?lang=nl');
    expect(link.getAttribute('rel')).to.equal('nofollow ugc noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
  });

  it('keeps mailto, tel and relative links, in the same tab', () => {
    const container = rendered(
      'Mail support@example.com, call [1200](tel:+31201234567), read [eSIM](/support/esim), [FAQ](#faq) or [page 2](?page=2)',
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:support@example.com', 'tel:+31201234567', '/support/esim', '#faq', '?page=2',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).to.equal('nofollow ugc noopener noreferrer');
      expect(link.hasAttribute('target')).to.equal(false);
    }
  });

  it('loads https images lazily, without referrer', () => {
    const image = rendered('![APN settings screen](https://cdn.example.com/apn.png "Settings")').querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('https://cdn.example.com/apn.png');
    expect(image.getAttribute('alt')).to.equal('APN settings screen');
    expect(image.getAttribute('title')).to.equal('Settings');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('decoding')).to.equal('async');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('demotes headings by two levels, down to h6', () => {
    const container = rendered('# One\n## Two\n### Three\n#### Four\n##### Five\nSetext\n======');
    expect([...container.children].map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h5', 'h6', 'h6', 'h3']);
    expect(container.querySelector('h3')!.getAttribute('dir')).to.equal('auto');
  });

  it('turns task lists into ☐ / ☑ text', () => {
    const container = rendered('- [ ] Insert the SIM\n- [x] Restart the phone');
    expect(container.querySelector('input')).to.equal(null);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
      '☐ Insert the SIM', '☑ Restart the phone',
    ]);
  });

  it('gives text blocks dir="auto" so Arabic with embedded Latin reads right', () => {
    const arabic = 'لتفعيل eSIM على iPhone 15 اذهب إلى الإعدادات';
    const container = rendered(`${arabic}\n\n> ${arabic}\n\n- ${arabic}`);
    const paragraph = container.querySelector(':scope > p')!;
    expect(paragraph.textContent).to.equal(arabic);
    for (const block of container.querySelectorAll('p, blockquote, ul')) expect(block.getAttribute('dir')).to.equal('auto');
    expect(container.querySelector('li')!.hasAttribute('dir'), 'items follow their list').to.equal(false);
  });

  it('keeps Vietnamese, French and Dutch text intact', () => {
    const lines = [
      'Khởi động lại điện thoại để kích hoạt eSIM.',
      'Réinitialisez les paramètres réseau ; ça marche à coup sûr.',
      'Zet je telefoon uit en weer aan, dan werkt 4G weer.',
    ];
    const container = rendered(lines.join('\n\n'));
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(lines);
  });

  it('shows raw HTML as literal text', () => {
    const container = rendered('Zet de APN op <APN> en druk op <b>Opslaan</b>');
    expect(container.querySelector('b')).to.equal(null);
    expect(container.textContent.trim()).to.equal('Zet de APN op <APN> en druk op <b>Opslaan</b>');
  });

  it('gives the same result as a string and as DOM', () => {
    const source = '# APN\n\n**KPN**: `internet`, see https://example.com\n\n![x](https://e.com/a.png)\n\n- [x] done';
    const fromString = parsedHtml(source);
    const fromDom = rendered(source);
    expect(fromString.childNodes.length).to.equal(fromDom.childNodes.length);
    for (const [i, node] of fromDom.childNodes.entries()) {
      expect(node.isEqualNode(fromString.childNodes[i]), `node ${i}`).to.equal(true);
    }
  });

  it('returns a fresh fragment on every call, unaffected by changes to earlier ones', () => {
    const first = renderMarkdown('cached **text**');
    first.querySelector('strong')!.textContent = 'changed';
    document.createElement('div').append(first);
    const second = renderMarkdown('cached **text**');
    expect(second).not.to.equal(first);
    expect(second.querySelector('strong')!.textContent).to.equal('text');
    expect(second.firstElementChild!.ownerDocument).to.equal(document);
  });

  it('leaves the page’s global marked and DOMPurify untouched', () => {
    renderMarkdown('# heading [x](https://example.com)');
    expect(marked.parse('# h\n\n<b>x</b>', { async: false })).to.equal('<h1>h</h1>\n<p><b>x</b></p>\n');
    expect(DOMPurify.sanitize('<p>x <a href="https://example.com">y</a></p>')).to.equal(
      '<p>x <a href="https://example.com">y</a></p>',
    );
  });

  it('treats values that are not strings as empty', () => {
    for (const value of [null, undefined, 42, {}, ['**x**'], { toString: () => '**x**' }]) {
      const source = value as unknown as string;
      expect(renderMarkdown(source).childNodes, String(value)).to.have.length(0);
      expect(markdownToHtml(source)).to.equal('');
      expect(markdownToText(source, 10)).to.equal('');
    }
    expect(renderMarkdown('').childNodes).to.have.length(0);
  });
});

describe('markdownToText', () => {
  /** The excerpt is a prefix of the text that ends where a word ends, followed by an ellipsis. */
  function expectWordCut(text: string, excerpt: string, maxLength: number): void {
    expect(excerpt.endsWith('…'), excerpt).to.equal(true);
    expect(Array.from(excerpt).length).to.be.at.most(maxLength);
    const kept = excerpt.slice(0, -1);
    expect(text.startsWith(kept), excerpt).to.equal(true);
    expect(text[kept.length]).to.equal(' ');
  }

  it('strips markup and collapses whitespace, separating blocks', () => {
    expect(
      markdownToText('# Title\n\n**APN** is `internet`,   see [the guide](https://example.com)\n\n- one\n- two\nthree'),
    ).to.equal('Title APN is internet, see the guide one two three');
  });

  it('keeps literal HTML and task markers as text, and leaves images out', () => {
    expect(markdownToText('Use <APN> ![diagram](https://e.com/a.png)\n\n- [x] done')).to.equal('Use <APN> ☑ done');
  });

  it('cuts at a word boundary with an ellipsis', () => {
    const text = 'Restart your phone after changing the APN settings';
    const excerpt = markdownToText(`**Restart** your phone after changing the APN settings`, 20);
    expect(excerpt).to.equal('Restart your phone…');
    expectWordCut(text, excerpt, 20);
  });

  it('cuts Arabic at a word boundary', () => {
    const text = 'لتفعيل eSIM على iPhone 15 اذهب إلى الإعدادات ثم الخلوي';
    for (const maxLength of [12, 20, 31, 40]) expectWordCut(text, markdownToText(text, maxLength), maxLength);
  });

  it('leaves short text whole and cuts a long word hard', () => {
    expect(markdownToText('Kort bericht', 40)).to.equal('Kort bericht');
    expect(markdownToText('Kort bericht', 12)).to.equal('Kort bericht');
    expect(markdownToText('Internetinstellingen', 10)).to.equal('Interneti…');
    expect(markdownToText('anything', 0)).to.equal('');
  });
});

describe('markdown: Trusted Types', () => {
  interface FrameReport {
    enforced: boolean;
    strong: number;
    text: string;
    violations: string[];
    error?: string;
  }

  /** Renders in a fresh frame whose CSP allows only the policies of DOMPurify and Lit. */
  function renderUnderStrictCsp(): Promise<FrameReport> {
    const frame = document.createElement('iframe');
    // Absolute: a srcdoc frame has no base URL of its own in WebKit.
    const module = new URL('../../src/core/markdown.ts', import.meta.url).href;
    const report = new Promise<FrameReport>((resolve) => {
      const onMessage = (event: MessageEvent<FrameReport>) => {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      };
      window.addEventListener('message', onMessage);
    });
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy"
        content="require-trusted-types-for 'script'; trusted-types dompurify lit-html">
      <script type="module">
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        let enforced = false;
        try { document.createElement('div').innerHTML = '<b>probe</b>'; } catch { enforced = true; }
        const report = { enforced, violations, strong: 0, text: '' };
        try {
          const { renderMarkdown, markdownToHtml, loadMarkdownParser } = await import('${module}');
          await loadMarkdownParser();
          document.body.append(renderMarkdown('**ok** <b>x</b> [a](https://example.com)'));
          report.strong = document.querySelectorAll('strong').length;
          report.text = document.body.textContent + markdownToHtml('_also_');
        } catch (error) {
          report.error = String(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are queued
        parent.postMessage(report, '*');
      </script>`;
    document.body.append(frame);
    return report.finally(() => frame.remove());
  }

  it('renders under require-trusted-types-for with only DOMPurify’s and Lit’s policies allowed', async () => {
    const report = await renderUnderStrictCsp();
    expect(report.error).to.equal(undefined);
    expect(report.enforced).to.equal('trustedTypes' in window);
    // The probe's own assignment is the only violation.
    expect(report.violations).to.deep.equal(report.enforced ? ['require-trusted-types-for'] : []);
    expect(report.strong).to.equal(1);
    expect(report.text).to.contain('ok <b>x</b> a').and.to.contain('<em>also</em>');
  });
});

describe('markdown() directive', () => {
  it('renders sanitized Markdown inside a Lit template', async () => {
    const element = await fixture<HTMLDivElement>(html`<div part="body">${markdown('**Hallo** <b>wereld</b>')}</div>`);
    expect(element.querySelector('strong')!.textContent).to.equal('Hallo');
    expect(element.querySelector('b')).to.equal(null);
    expect(element.textContent).to.contain('<b>wereld</b>');
  });

  it('updates when the source changes, and only then', () => {
    const container = document.createElement('div');
    const view = (source: unknown) => html`<div part="body">${markdown(source as string)}</div>`;
    render(view('first *answer*'), container);
    const paragraph = container.querySelector('p')!;
    render(view('first *answer*'), container);
    expect(container.querySelector('p')).to.equal(paragraph);
    render(view('second **answer**'), container);
    expect(container.querySelector('strong')!.textContent).to.equal('answer');
    expect(container.querySelector('em')).to.equal(null);
    render(view(null), container);
    expect(container.querySelector('p')).to.equal(null);
  });

  it('refuses attribute positions', () => {
    expect(() => render(html`<div title=${markdown('x')}></div>`, document.createElement('div'))).to.throw(/child/);
  });
});
