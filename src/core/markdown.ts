/**
 * The one place in Majlis where user text becomes HTML in the page: Markdown → HTML (`markdown-parse.ts`, marked
 * GFM) → DOMPurify (strict allowlist) → DOM. Every HTML goes through the sanitizer here, including a post's
 * `bodyHtml` that an adapter sent already parsed: the page trusts no HTML, whoever made it.
 *
 * - DOMPurify is the second layer regardless: only the tags and attributes `markdown-sanitize.ts` allows survive
 *   (the server's crawler page applies the same rules), URLs are checked by scheme, links get `rel`/`target`, images get lazy loading and no referrer, text blocks get `dir="auto"`.
 * - The parser (marked) is a lazy chunk: a post with `bodyHtml` (the reference server and the in-browser adapter
 *   send it) never needs it. A source without shows as typed for the moment the parser takes to load.
 * - DOMPurify is a private instance created on first use: the host page's global `DOMPurify` (and its hooks) is
 *   never touched, and importing this module does no work.
 *
 * Trusted Types: no string is ever assigned to an HTML sink here. DOMPurify parses the HTML with its own policy
 * and hands back a DOM fragment, which is cloned into the page. A page enforcing
 * `require-trusted-types-for 'script'` must therefore allow DOMPurify's policy, `trusted-types dompurify`
 * (plus `'allow-duplicates'` when the page also runs a DOMPurify copy of its own, since every instance
 * creates a policy of that name) next to Lit's `lit-html`. This module creates no policy of its own.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify } from 'dompurify';
import { noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';
import { FRAGMENT_CONFIG, PURIFY_CONFIG, applySanitizeRules, plainText, truncate } from './markdown-sanitize.js';

const CACHE_SIZE = 100;

interface Engine {
  readonly purify: DOMPurify;
  /** Sanitized fragments by HTML, least recently used first; never handed out, only cloned or read. */
  readonly cache: Map<string, DocumentFragment>;
}

let engine: Engine | undefined;

function getEngine(): Engine {
  engine ??= { purify: createPurify(), cache: new Map() };
  return engine;
}

let parse: ((source: string) => string) | undefined;
let parserLoading: Promise<void> | undefined;

/** Loads the Markdown parser (a lazy chunk with marked); resolves at once when it is there. */
export function loadMarkdownParser(): Promise<void> {
  parserLoading ??= import('./markdown-parse.js').then((module) => {
    parse = module.parseMarkdown;
  });
  return parserLoading;
}

/** Whether a source without `bodyHtml` can be rendered now, rather than as typed. */
export function markdownParserReady(): boolean {
  return parse !== undefined;
}

function createPurify(): DOMPurify {
  const purify = createDOMPurify(window);
  // Without a DOM, DOMPurify returns its input unchanged: fail closed instead.
  if (!purify.isSupported) throw new Error('majlis: rendering Markdown needs a browser DOM to sanitize it.');
  return applySanitizeRules(purify);
}

function toSource(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The HTML to sanitize: the adapter's `bodyHtml` when it sent one, else the parsed source, else undefined. */
function toDirty(source: string, html: unknown): string | undefined {
  if (typeof html === 'string') return html;
  return source === '' ? '' : parse?.(source);
}

/**
 * The source as typed, line breaks kept, for the moment the parser takes to load (the first body without
 * `bodyHtml`, or the composer's first preview): text nodes only, so nothing to sanitize.
 */
function unformatted(source: string): DocumentFragment {
  void loadMarkdownParser();
  const fragment = document.createDocumentFragment();
  const paragraph = document.createElement('p');
  paragraph.style.whiteSpace = 'pre-line';
  paragraph.textContent = source;
  fragment.append(paragraph);
  return fragment;
}

/** The sanitized fragment for a body, from the LRU cache when possible. Callers must not modify it. */
function sanitizedFragment(source: string, html?: unknown): DocumentFragment {
  const dirty = toDirty(toSource(source), html);
  if (dirty === undefined) return unformatted(toSource(source));
  const { purify, cache } = getEngine();
  const cached = cache.get(dirty);
  if (cached) {
    cache.delete(dirty);
    cache.set(dirty, cached);
    return cached;
  }
  // DOMPurify gives null when it cannot parse: under Trusted Types, when its policy was refused.
  const fragment = purify.sanitize(dirty, FRAGMENT_CONFIG) as DocumentFragment | null;
  if (!fragment) throw new Error('majlis: cannot sanitize Markdown; a Trusted Types CSP must allow `dompurify`.');
  remember(cache, dirty, fragment);
  return fragment;
}

function remember(cache: Map<string, DocumentFragment>, source: string, fragment: DocumentFragment): void {
  cache.set(source, fragment);
  if (cache.size <= CACHE_SIZE) return;
  const oldest = cache.keys().next();
  if (!oldest.done) cache.delete(oldest.value);
}

/**
 * Renders a user's Markdown to sanitized DOM nodes, ready to insert into the page.
 *
 * Returns a new fragment on every call (inserting a fragment empties it); sanitizing is cached per HTML.
 * A value that is not a string (untyped data from a backend) renders as an empty fragment.
 * @param source Markdown written by a user (GFM, single newlines are line breaks).
 * @param html The source already parsed (a post's `bodyHtml`), if the adapter sent it: it is sanitized all the same.
 */
export function renderMarkdown(source: string, html?: string): DocumentFragment {
  return document.importNode(sanitizedFragment(source, html), true);
}

/**
 * Renders Markdown to a sanitized HTML string, for tests. Call {@link loadMarkdownParser} first when there is no
 * `html`. Prefer {@link renderMarkdown} (or the {@link markdown} directive) in the page: assigning this string to
 * `innerHTML` fails under Trusted Types, by design. A value that is not a string gives `''`.
 */
export function markdownToHtml(source: string, html?: string): string {
  return getEngine().purify.sanitize(toDirty(toSource(source), html) ?? '', PURIFY_CONFIG);
}

/**
 * The visible text of a Markdown post, for list rows and previews: no markup, whitespace collapsed.
 *
 * With `maxLength`, the text is cut to at most that many characters, preferably at a word boundary,
 * ending in "…". A value that is not a string gives `''`.
 * @param source Markdown written by a user.
 * @param maxLength Longest result in characters (code points), ellipsis included; no limit when omitted.
 * @param html The source already parsed (a post's `bodyHtml`), if the adapter sent it.
 */
export function markdownToText(source: string, maxLength?: number, html?: string): string {
  const text = plainText(sanitizedFragment(source, html));
  if (maxLength === undefined || !Number.isFinite(maxLength)) return text;
  return maxLength < 1 ? '' : truncate(text, Math.floor(maxLength));
}

class MarkdownDirective extends AsyncDirective {
  private source: string | undefined;
  private html: string | undefined;
  /** Shown as typed while the parser loads. */
  private plain = false;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) {
      throw new Error('markdown() renders content: use it as a child, as in html`<div>${markdown(text)}</div>`.');
    }
  }

  render(source: string, html?: string): DocumentFragment | typeof noChange {
    const text = toSource(source);
    if (text === this.source && html === this.html) return noChange;
    this.source = text;
    this.html = html;
    this.plain = typeof html !== 'string' && parse === undefined;
    if (this.plain) void loadMarkdownParser().then(() => this.format());
    return renderMarkdown(text, html);
  }

  protected override reconnected(): void {
    this.format();
  }

  /** The formatted post in place of the text as typed, once the parser is here. */
  private format(): void {
    if (!this.plain || parse === undefined || !this.isConnected) return;
    this.plain = false;
    this.setValue(renderMarkdown(this.source ?? ''));
  }
}

/**
 * Lit directive rendering a user's Markdown as sanitized content, re-rendered only when the source changes:
 * `` html`<div part="body">${markdown(post.body, post.bodyHtml)}</div>` ``.
 */
export const markdown = directive(MarkdownDirective);
export type { MarkdownDirective };
