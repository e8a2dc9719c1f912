// `npm run docs`: the documentation site in docs-site/ (gitignored), generated from custom-elements.json (through
// scripts/manifest.mjs, as the React entry and the editor data are) and from README.md's sections. Every page in
// English (/en/) and Arabic (/ar/); each element's page has a live example on the in-browser adapter, driven by
// docs/site/live.ts (built here with Vite). `--pages-only` rewrites the pages and keeps an existing build of that
// script (the link check's fast path). `npm run docs:serve` serves the result; scripts/check-links.mjs checks it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked, Renderer } from 'marked';
import { analyze, elementsOf, root } from './manifest.mjs';
import { LOCALES, TEXT } from './docs-text.mjs';

export const OUT = join(root, 'docs-site');
const LIVE_DIR = 'assets/live';
const LIVE_SCRIPT = `${LIVE_DIR}/live.js`;
const STYLES = 'assets/docs.css';

// ---------------------------------------------------------------------------------------------------------------
// Escaping and small helpers

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
/** A manifest description: escaped, then its `code` spans (already escaped text) as <code>. */
const prose = (text) => escape(String(text ?? '').replace(/\s+/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => `<code>${escape(text)}</code>`;

/** GitHub's heading ids: lowercase, punctuation dropped, spaces to hyphens. */
export const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

// ---------------------------------------------------------------------------------------------------------------
// README.md: sections by heading id, rendered with the ids GitHub gives them

/** README.md split at its headings: `{ id, depth, title, start, end }` (line offsets), code blocks skipped. */
function readmeSections(markdown) {
  const lines = markdown.split('\n');
  const sections = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (/^```/.test(line)) fenced = !fenced;
    const match = !fenced && /^(#{1,6}) (.*)$/.exec(line);
    if (match) sections.push({ id: slug(match[2].replace(/`/g, '')), depth: match[1].length, title: match[2], start: index });
  });
  return sections.map((section, index) => {
    const next = sections.slice(index + 1).find((other) => other.depth <= section.depth);
    const child = sections[index + 1];
    return {
      ...section,
      end: next ? next.start : lines.length,
      introEnd: child && child.depth > section.depth ? child.start : next ? next.start : lines.length,
    };
  });
}

function readme() {
  const markdown = readFileSync(join(root, 'README.md'), 'utf8');
  const lines = markdown.split('\n');
  const sections = readmeSections(markdown);
  const find = (id) => {
    const section = sections.find((candidate) => candidate.id === id);
    if (!section) throw new Error(`README.md has no section #${id} (the docs site uses it)`);
    return section;
  };
  return {
    all: markdown,
    /** The section with its subsections (`intro`: only the text before its first subsection), heading included. */
    section: (id, { intro = false, heading = true } = {}) => {
      const section = find(id);
      return lines.slice(heading ? section.start : section.start + 1, intro ? section.introEnd : section.end).join('\n');
    },
    /** The paragraph of the preamble that starts with `start`. */
    paragraph: (start) => {
      const paragraph = markdown.split(/\n\s*\n/).find((block) => block.startsWith(start));
      if (!paragraph) throw new Error(`README.md has no paragraph starting "${start}"`);
      return paragraph;
    },
  };
}

/**
 * Markdown of README.md as HTML (our own text: marked's output as is). Headings get GitHub's ids; links to files of
 * the repository become their text and path (the site does not serve them); images of docs/ are copied to assets/.
 */
function markdownRenderer(page) {
  const seen = new Map();
  /** A table is named by the heading above it (numbered when a section has several). */
  let heading = '';
  const tables = new Map();
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        let id = slug(html);
        const count = seen.get(id) ?? 0;
        seen.set(id, count + 1);
        if (count) id = `${id}-${count}`;
        heading = html.replace(/<[^>]+>/g, '');
        return `<h${depth} id="${escape(id)}">${html}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        if (href.startsWith('#') || /^[a-z]+:/i.test(href)) {
          return `<a href="${escape(href)}"${title ? ` title="${escape(title)}"` : ''}>${text}</a>`;
        }
        return href.replace(/#.*$/, '') === text.replace(/<\/?code>/g, '') ? text : `${text} (${code(href)})`;
      },
      code({ text, lang }) {
        return `<pre tabindex="0" dir="ltr"><code${lang ? ` class="language-${escape(lang)}"` : ''}>${escape(text)}</code></pre>\n`;
      },
      table(token) {
        const count = (tables.get(heading) ?? 0) + 1;
        tables.set(heading, count);
        const label = `${page.tableLabel}: ${heading || page.key}${count > 1 ? ` (${count})` : ''}`;
        return `<div class="table" role="region" tabindex="0" aria-label="${escape(label)}">${Renderer.prototype.table.call(this, token).replace(/<th>\s*<\/th>/g, '<td></td>')}</div>\n`;
      },
      image({ href, text }) {
        if (!href.startsWith('docs/')) return escape(text);
        page.images.add(href);
        return `<img src="${escape(page.rel(`assets/${href.slice('docs/'.length)}`))}" alt="${escape(text)}" loading="lazy">`;
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The live examples: what each element's page shows, in each language (ids of demo/seed.json)

const careSchedule = JSON.stringify({
  timeZone: 'Asia/Dubai',
  hours: { sun: '08:00-22:00', mon: '08:00-22:00', tue: '08:00-22:00', wed: '08:00-22:00', thu: '08:00-22:00', sat: '10:00-18:00' },
});
/** `{ html: { en, ar }, viewer, host?, how? }`: `host` renders this element (it is not used alone), `how` says how to open it. */
const EXAMPLES = {
  'majlis-accept-button': { viewer: { en: 'u-raj', ar: 'u-fatima' }, html: { en: '<majlis-accept-button answer-id="a-1"></majlis-accept-button>', ar: '<majlis-accept-button answer-id="a-6"></majlis-accept-button>' } },
  'majlis-ask-form': { viewer: 'u-noura', html: '<majlis-ask-form></majlis-ask-form>' },
  'majlis-care-status': { viewer: null, html: `<majlis-care-status schedule='${careSchedule}'></majlis-care-status>` },
  'majlis-community': { viewer: 'u-noura', html: '<majlis-community routing="none"></majlis-community>' },
  'majlis-composer': { viewer: 'u-noura', html: { en: '<majlis-composer question-id="q-5"></majlis-composer>', ar: '<majlis-composer question-id="q-7"></majlis-composer>' } },
  'majlis-follow-button': { viewer: 'u-noura', html: { en: '<majlis-follow-button target="question" target-id="q-5"></majlis-follow-button>', ar: '<majlis-follow-button target="question" target-id="q-7"></majlis-follow-button>' } },
  'majlis-idea-form': { viewer: 'u-noura', html: '<majlis-idea-form></majlis-idea-form>' },
  'majlis-ideas': { viewer: 'u-noura', html: '<majlis-ideas></majlis-ideas>' },
  'majlis-leaderboard': { viewer: null, html: '<majlis-leaderboard period="all" limit="5"></majlis-leaderboard>' },
  // docs/site/live.ts adds the demo's sessions (demo/live.ts): this one runs all day.
  'majlis-live-session': { viewer: 'u-noura', html: '<majlis-live-session session-id="ls-network-live"></majlis-live-session>' },
  // Shown by the live session once a member focuses its form.
  'majlis-session-ask-form': { viewer: 'u-noura', host: 'majlis-live-session', how: { en: 'Click in the form “Ask the hosts”.', ar: 'انقر داخل نموذج «اطرح سؤالك على الخبراء».' }, html: '<majlis-live-session session-id="ls-network-live"></majlis-live-session>' },
  'majlis-moderation-queue': { viewer: 'u-sophie', html: '<majlis-moderation-queue></majlis-moderation-queue>' },
  'majlis-post': { viewer: 'u-noura', html: { en: '<majlis-post type="answer" post-id="a-2"></majlis-post>', ar: '<majlis-post type="answer" post-id="a-5"></majlis-post>' } },
  'majlis-post-editor': { viewer: 'u-layla', host: 'majlis-post', how: { en: 'Choose “More actions”, then “Edit”.', ar: 'اختر «إجراءات أخرى» ثم «تعديل».' }, html: { en: '<majlis-post type="answer" post-id="a-2"></majlis-post>', ar: '<majlis-post type="answer" post-id="a-6"></majlis-post>' } },
  // The seed's one question handed to customer care (its note is in Dutch): the post shows the notice above it.
  'majlis-handoff-notice': { viewer: null, host: 'majlis-post', html: '<majlis-post type="question" post-id="q-30"></majlis-post>' },
  'majlis-post-menu': { viewer: 'u-noura', host: 'majlis-post', how: { en: 'Open it with “More actions”.', ar: 'افتح القائمة بزر «إجراءات أخرى».' }, html: { en: '<majlis-post type="answer" post-id="a-2"></majlis-post>', ar: '<majlis-post type="answer" post-id="a-5"></majlis-post>' } },
  'majlis-question-list': { viewer: null, html: { en: '<majlis-question-list language="en" page-size="5"></majlis-question-list>', ar: '<majlis-question-list language="ar" page-size="5"></majlis-question-list>' } },
  'majlis-relative-time': { viewer: null, html: '<majlis-relative-time datetime="2026-11-05T09:00:00Z"></majlis-relative-time>' },
  // The one post of the seed with revisions (in French): its "Edited" opens the history.
  'majlis-revision-history': { viewer: 'u-sophie', host: 'majlis-post', how: { en: 'Open it with “Edited”.', ar: 'افتح السجل بالضغط على «تم التعديل».' }, html: '<majlis-post type="answer" post-id="a-85"></majlis-post>' },
  'majlis-share-menu': { viewer: null, host: 'majlis-post', how: { en: 'Press “Share” (in a browser without a share dialog of its own).', ar: 'اضغط «مشاركة» (في متصفح ليست فيه نافذة مشاركة خاصة به).' }, html: { en: '<majlis-post type="question" post-id="q-1"></majlis-post>', ar: '<majlis-post type="question" post-id="q-2"></majlis-post>' } },
  'majlis-thread': { viewer: 'u-noura', html: { en: '<majlis-thread question-id="q-1"></majlis-thread>', ar: '<majlis-thread question-id="q-2"></majlis-thread>' } },
  'majlis-user-card': { viewer: null, html: '<majlis-user-card user-id="u-khalid"></majlis-user-card>' },
  'majlis-vote-button': { viewer: 'u-noura', html: { en: '<majlis-vote-button target="answer" target-id="a-2"></majlis-vote-button>', ar: '<majlis-vote-button target="answer" target-id="a-5"></majlis-vote-button>' } },
};
const inLocale = (value, locale) => (value && typeof value === 'object' ? value[locale] : value);

// ---------------------------------------------------------------------------------------------------------------
// Events: the class each name has in GlobalEventHandlersEventMap, and the detail type that class carries

function eventTypes() {
  const sources = ['src/core/events.ts', 'src/core/care.ts']
    .filter((path) => existsSync(join(root, path)))
    .map((path) => readFileSync(join(root, path), 'utf8'))
    .join('\n');
  const map = /interface GlobalEventHandlersEventMap \{([\s\S]*?)\n {2}\}/.exec(sources)?.[1] ?? '';
  const types = new Map();
  for (const [, name, className] of map.matchAll(/'(majlis-[a-z-]+)': (\w+);/g)) {
    const detail = new RegExp(`class ${className} extends \\w+<([^\\n]*?)> \\{`).exec(sources)?.[1];
    types.set(name, { className, detail });
  }
  return types;
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

/** The site's pages: path (under the locale), navigation key. */
const PAGES = [
  { path: 'index.html', nav: 'home' },
  { path: 'theming.html', nav: 'theming' },
  { path: 'adapters.html', nav: 'adapters' },
  { path: 'guide.html', nav: 'guide' },
];
const elementPath = (tag) => `elements/${tag}.html`;

/** A table in a scrolling box (narrow screens), which the keyboard can scroll too: named by its section's heading. */
function table(headings, rows, labelledBy) {
  if (!rows.length) return null;
  const head = headings.map((heading) => `<th scope="col">${escape(heading)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell, index) => (index ? `<td>${cell}</td>` : `<th scope="row">${cell}</th>`)).join('')}</tr>`).join('\n');
  return `<div class="table" role="region" tabindex="0" aria-labelledby="${labelledBy}"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function section(id, title, content, t) {
  return `<section>\n<h2 id="${id}">${escape(title)}</h2>\n${content ?? `<p>${escape(t.none)}</p>`}\n</section>`;
}

/** English text inside an Arabic page: marked as English, left to right. */
const english = (locale, html, tag = 'div') => (locale === 'en' ? html : `<${tag} lang="en" dir="ltr">${html}</${tag}>`);

function elementPage(element, locale, { types }) {
  const t = TEXT[locale];
  const own = new Set(element.ownEvents.map((event) => event.name));
  const example = EXAMPLES[element.tagName];
  const exampleHtml = example && inLocale(example.html, locale);
  const viewer = example ? inLocale(example.viewer, locale) : null;
  const attributes = table([t.attribute, t.property, t.type, t.default, t.description], element.attributes.map((attribute) => [
    code(attribute.name), attribute.fieldName ? code(attribute.fieldName) : '', code(attribute.type), attribute.default ? code(attribute.default) : '', english(locale, prose(attribute.description), 'span'),
  ]), 'attributes');
  const properties = table([t.property, t.type, t.attribute, t.description], element.properties.map((property) => [
    code(property.name), code(property.type), property.attribute ? code(property.attribute) : '', english(locale, prose(property.description), 'span'),
  ]), 'properties');
  const events = table([t.name, t.detail, t.origin, t.description], element.events.map((event) => {
    const type = types.get(event.name);
    return [
      code(event.name),
      type ? `${code(type.className)}<br>${code(`detail: ${type.detail ?? 'unknown'}`)}` : '',
      escape(own.has(event.name) ? t.own : t.inner),
      english(locale, prose(event.description), 'span'),
    ];
  }), 'events');
  const slots = table([t.name, t.description], element.slots.map((slot) => [slot.name ? code(slot.name) : escape(t.defaultSlot), english(locale, prose(slot.description), 'span')]), 'slots');
  const parts = table([t.name, t.description], element.cssParts.map((part) => [code(part.name), english(locale, prose(part.description), 'span')]), 'parts');
  const cssProperties = table([t.name, t.default, t.description], element.cssProperties.map((property) => [
    code(property.name), property.default ? code(property.default) : '', english(locale, prose(property.description), 'span'),
  ]), 'css-properties');
  const live = exampleHtml
    ? `<p>${escape(t.liveNote)}${example.host ? ` ${prose(t.renderedBy(example.host))}` : ''}${example.how ? ` ${escape(example.how[locale])}` : ''}</p>
<div class="example" lang="${locale}" dir="${t.dir}" data-majlis-example${viewer ? ` data-viewer="${escape(viewer)}"` : ''}>
${exampleHtml}
</div>
<details><summary>${escape(t.markup)}</summary><pre tabindex="0" dir="ltr"><code>${escape(exampleHtml)}</code></pre></details>`
    : null;
  const toc = [
    ['live-example', t.liveExample], ['attributes', t.attributes], ['properties', t.properties], ['events', t.events],
    ['slots', t.slots], ['parts', t.parts], ['css-properties', t.cssProperties],
  ];
  const body = `<h1 id="top">${code(`<${element.tagName}>`)}</h1>
${english(locale, `<p class="summary">${prose(element.summary)}</p>`)}
${t.englishNote ? `<p class="note">${escape(t.englishNote)}</p>` : ''}
<nav aria-labelledby="toc-title" class="toc"><h2 id="toc-title">${escape(t.onThisPage)}</h2><ul>${toc.map(([id, title]) => `<li><a href="#${id}">${escape(title)}</a></li>`).join('')}</ul></nav>
${section('live-example', t.liveExample, live, t)}
${section('attributes', t.attributes, attributes, t)}
${section('properties', t.properties, properties, t)}
${section('events', t.events, events, t)}
${section('slots', t.slots, slots, t)}
${section('parts', t.parts, parts, t)}
${section('css-properties', t.cssProperties, cssProperties, t)}`;
  return { title: `<${element.tagName}>`, body, live: Boolean(live) };
}

function elementsTable(elements, locale, page) {
  const t = TEXT[locale];
  return table([t.element, t.summary], elements.map((element) => [
    `<a href="${escape(page.rel(elementPath(element.tagName)))}">${code(`<${element.tagName}>`)}</a>`,
    english(locale, prose(element.summary.split(/(?<=\.)\s/)[0]), 'span'),
  ]), 'elements');
}

function contentPages(elements, locale, page, doc, tokens) {
  const t = TEXT[locale];
  const md = (markdown) => english(locale, markdownRenderer(page).parse(markdown));
  const note = t.englishNote ? `<p class="note">${escape(t.englishNote)}</p>` : '';
  switch (page.key) {
    case 'index.html':
      return {
        title: t.site,
        body: `<h1 id="top">${escape(t.site)}</h1>
${t.intro ? `<p>${prose(t.intro)}</p>` : md(doc.paragraph('Embeddable community Q&A'))}
${note}
<section><h2 id="install">${escape(t.install)}</h2>
<p>${escape(t.installText)}</p>
<pre tabindex="0" dir="ltr"><code>npm install majlis</code></pre>
<pre tabindex="0" dir="ltr"><code>import 'majlis';                            // defines every element
import { MemoryAdapter } from 'majlis/memory'; // the in-browser adapter
import { RestAdapter } from 'majlis/rest';     // the HTTP adapter</code></pre>
</section>
<section><h2 id="quick-start">${escape(t.quickStart)}</h2>
${md(doc.section('drop-it-into-your-page-30-seconds', { heading: false }))}
</section>
<section><h2 id="elements">${escape(t.elements)}</h2>
<p>${escape(t.elementsIntro)}</p>
${elementsTable(elements, locale, page)}
</section>`,
      };
    case 'theming.html': {
      // The manifest's table stands for README's hand-written one (same tokens: test/lint/theme-tokens.test.mjs).
      const readmeText = doc.section('theming', { heading: false }).replace(/\n\| Token \|[^\n]*\n(\|[^\n]*\n)+/, '\n');
      return {
        title: t.theming,
        body: `<h1 id="top">${escape(t.theming)}</h1>
${note}
<h2 id="tokens">${escape(t.tokens)}</h2>
<p>${escape(t.tokensIntro)}</p>
${table([t.name, t.default, t.description], tokens.map((token) => [code(token.name), token.default ? code(token.default) : '', english(locale, prose(token.description), 'span')]), 'tokens')}
<h2 id="readme-theming">${escape(t.fromReadme)}</h2>
${md(readmeText)}`,
      };
    }
    case 'adapters.html':
      return {
        title: t.adapters,
        body: `<h1 id="top">${escape(t.adapters)}</h1>
${note}
${md([doc.section('the-adapter-contract', { intro: true }), doc.section('memoryadapter'), doc.section('restadapter'), doc.section('checking-your-own-adapter')].join('\n\n'))}`,
      };
    case 'guide.html':
      return { title: t.guide, body: `${note}\n${md(doc.all)}` };
    default:
      throw new Error(`no page ${page.key}`);
  }
}

function layout({ locale, page, title, body, elements, live }) {
  const t = TEXT[locale];
  const nav = [...PAGES.slice(0, 1), { path: 'index.html#elements', nav: 'elements' }, ...PAGES.slice(1)];
  const navLinks = nav
    .map((item) => `<li><a href="${escape(page.rel(item.path))}"${item.path === page.key ? ' aria-current="page"' : ''}>${escape(t[item.nav])}</a></li>`)
    .join('');
  const elementLinks = elements
    .map((element) => {
      const path = elementPath(element.tagName);
      return `<li><a href="${escape(page.rel(path))}"${path === page.key ? ' aria-current="page"' : ''}><code>${escape(element.tagName)}</code></a></li>`;
    })
    .join('');
  const languages = LOCALES.map((other) =>
    other === locale
      ? `<li><span aria-current="true" lang="${other}">${escape(TEXT[other].languageName)}</span></li>`
      : `<li><a href="${escape(page.rel(`../${other}/${page.key}`))}" lang="${other}" hreflang="${other}">${escape(TEXT[other].languageName)}</a></li>`,
  ).join('');
  const footer = escape(t.footer).replace(/`([^`]+)`/g, '<code>$1</code>');
  return `<!doctype html>
<html lang="${locale}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title === t.site ? t.site : `${title} · ${t.site}`)}</title>
<link rel="stylesheet" href="${escape(page.rel(STYLES))}">
${LOCALES.filter((other) => other !== locale).map((other) => `<link rel="alternate" hreflang="${other}" href="${escape(page.rel(`../${other}/${page.key}`))}">`).join('\n')}
${live ? `<script type="module" src="${escape(page.rel(LIVE_SCRIPT))}"></script>` : ''}
</head>
<body>
<a class="skip" href="#content">${escape(t.skip)}</a>
<header class="site-header">
<a class="brand" href="${escape(page.rel('index.html'))}">${escape(t.site)}</a>
<nav aria-label="${escape(t.navLabel)}"><ul class="nav">${navLinks}</ul></nav>
<nav aria-label="${escape(t.languageLabel)}"><ul class="languages">${languages}</ul></nav>
</header>
<div class="columns">
<nav class="sidebar" aria-label="${escape(t.elementsNavLabel)}"><ul>${elementLinks}</ul></nav>
<main id="content" tabindex="-1">
${body}
</main>
</div>
<footer class="site-footer"><p>${footer}</p></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Build

export async function manifest() {
  const path = join(root, 'custom-elements.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : analyze();
}

/** Writes every page (and the styles, images, the root redirect); returns the paths written, relative to OUT. */
export async function writePages(out = OUT) {
  const elementsManifest = await manifest();
  const elements = elementsOf(elementsManifest);
  const tokens = elementsManifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'MajlisElement')?.cssProperties ?? [];
  if (!tokens.length) throw new Error('custom-elements.json has no tokens on MajlisElement (the theming page lists them)');
  const doc = readme();
  const types = eventTypes();
  const written = [];
  const images = new Set();
  const write = (path, html) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), html);
    written.push(path);
  };
  for (const locale of LOCALES) {
    const pageFor = (key) => ({
      key,
      images,
      tableLabel: TEXT[locale].table,
      /** A site path (from the site's root for assets/, else within the locale) relative to this page. */
      rel: (target) => {
        const from = posix.dirname(`${locale}/${key}`);
        const to = target.startsWith('assets/') ? target : posix.normalize(`${locale}/${target}`);
        return posix.relative(from, to.replace(/#.*$/, '')) + (target.includes('#') ? target.slice(target.indexOf('#')) : '');
      },
    });
    for (const { path } of PAGES) {
      const page = pageFor(path);
      const { title, body } = contentPages(elements, locale, page, doc, tokens);
      write(`${locale}/${path}`, withLocalAnchors(layout({ locale, page, title, body, elements, live: false }), page));
    }
    for (const element of elements) {
      const page = pageFor(elementPath(element.tagName));
      const { title, body, live } = elementPage(element, locale, { types });
      write(`${locale}/${page.key}`, layout({ locale, page, title, body, elements, live }));
    }
  }
  write('index.html', `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(TEXT.en.site)}</title>
<meta http-equiv="refresh" content="0; url=en/index.html"><link rel="stylesheet" href="${STYLES}"></head>
<body><main id="content"><h1>${escape(TEXT.en.site)}</h1><ul>${LOCALES.map((locale) => `<li><a href="${locale}/index.html" lang="${locale}" hreflang="${locale}">${escape(TEXT[locale].site)}</a></li>`).join('')}</ul></main></body>
</html>
`);
  mkdirSync(join(out, 'assets'), { recursive: true });
  copyFileSync(join(root, 'docs/site/docs.css'), join(out, STYLES));
  for (const image of images) {
    mkdirSync(dirname(join(out, 'assets', image.slice('docs/'.length))), { recursive: true });
    copyFileSync(join(root, image), join(out, 'assets', image.slice('docs/'.length)));
  }
  return written;
}

/** README's `#anchor` links to a section this page does not have point at the full guide, which has them all. */
function withLocalAnchors(html, page) {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  return html.replace(/href="#([^"]+)"/g, (whole, id) => (ids.has(id) ? whole : `href="${escape(page.rel('guide.html'))}#${id}"`));
}

/** docs/site/live.ts and the lazy chunks of the elements it loads, into assets/live/. */
export async function buildLiveScript(out = OUT) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: join(out, LIVE_DIR),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: join(root, 'docs/site/live.ts'),
        output: { entryFileNames: 'live.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' },
      },
    },
  });
}

export async function buildDocs({ pagesOnly = false, out = OUT } = {}) {
  const keepScript = pagesOnly && existsSync(join(out, LIVE_SCRIPT));
  for (const entry of existsSync(out) ? readdirSync(out) : []) {
    if (!(keepScript && entry === 'assets')) rmSync(join(out, entry), { recursive: true, force: true });
  }
  const pages = await writePages(out);
  if (!keepScript) await buildLiveScript(out);
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const pages = await buildDocs({ pagesOnly: process.argv.includes('--pages-only') });
  console.log(`docs-site/: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (npm run docs:serve to read them)`);
}
