/**
 * The one place in Majlis where user text becomes HTML in the page: Markdown → HTML (`markdown-parse.ts`, marked
 * GFM) → DOMPurify (strict allowlist) → DOM. Every HTML goes through the sanitizer here, including a post's
 * `bodyHtml` that an adapter sent already parsed: the page trusts no HTML, whoever made it.
 *
 * - DOMPurify is the second layer regardless: only the tags and attributes below survive, URLs are checked
 *   by scheme, links get `rel`/`target`, images get lazy loading and no referrer, text blocks get `dir="auto"`.
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
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h3', 'h4', 'h5', 'h6', 'bdi',
];

/**
 * Blocks that get `dir="auto"`, so an Arabic post quoting Latin settings (or the reverse) reads right. Lists
 * and tables take it as a whole (not per item or cell), so bullets, numbers and columns sit on the side their
 * own text starts from.
 */
const AUTO_DIR_TAGS = new Set(['P', 'UL', 'OL', 'BLOCKQUOTE', 'H3', 'H4', 'H5', 'H6', 'TABLE']);

/** Inline elements: everything else separates words in the plain-text excerpt. */
const INLINE_TAGS = new Set(['A', 'STRONG', 'EM', 'DEL', 'S', 'CODE', 'BDI']);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const HTTP_PROTOCOLS = new Set(['http:', 'https:']);
/** Relative links resolve against this, so they count as https and anything with another scheme does not. */
const RELATIVE_BASE = 'https://relative.invalid/';

const LINK_REL = 'nofollow ugc noopener noreferrer';
const CACHE_SIZE = 100;

interface AttributeRule {
  /** Upper-case names of the elements that may carry the attribute, or `*` for any allowed element. */
  readonly on: ReadonlySet<string> | '*';
  readonly valid: (value: string) => boolean;
}

const anyValue = (): boolean => true;
const matches = (pattern: RegExp) => (value: string): boolean => pattern.test(value);

/** Every attribute that may survive, where, and with which values; anything else is dropped. */
const ATTRIBUTE_RULES: Readonly<Record<string, AttributeRule>> = {
  href: { on: new Set(['A']), valid: isSafeLinkUrl },
  src: { on: new Set(['IMG']), valid: isAbsoluteHttpUrl },
  title: { on: new Set(['A', 'IMG']), valid: anyValue },
  alt: { on: new Set(['IMG']), valid: anyValue },
  align: { on: new Set(['TH', 'TD']), valid: matches(/^(?:left|center|right)$/i) },
  start: { on: new Set(['OL']), valid: matches(/^\d{1,9}$/) },
  dir: { on: '*', valid: matches(/^(?:ltr|rtl|auto)$/i) },
};

const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: Object.keys(ATTRIBUTE_RULES),
  // DOMPurify's own URL check, narrowed to our schemes: an allowed scheme, or no scheme at all (a relative
  // URL either starts with a non-letter such as / ? # . or has no ':' after its leading letters).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z][a-z\d+.-]*(?:[^a-z\d+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} satisfies Config;
const FRAGMENT_CONFIG = { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true } as const;

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
  purify.addHook('uponSanitizeAttribute', rejectAttribute);
  purify.addHook('afterSanitizeAttributes', finishElement);
  return purify;
}

function rejectAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  if (!isAllowedAttribute(node.nodeName, event.attrName, event.attrValue)) event.keepAttr = false;
}

function isAllowedAttribute(tag: string, name: string, value: string): boolean {
  if (!Object.hasOwn(ATTRIBUTE_RULES, name)) return false;
  const rule = ATTRIBUTE_RULES[name];
  return (rule.on === '*' || rule.on.has(tag)) && rule.valid(value);
}

function finishElement(node: Element): void {
  if (node.nodeName === 'A') finishLink(node);
  else if (node.nodeName === 'IMG') finishImage(node);
  else if (AUTO_DIR_TAGS.has(node.nodeName)) node.setAttribute('dir', 'auto');
}

/** A link whose URL was refused stays as its text, without href; the rest open safely. */
function finishLink(link: Element): void {
  const href = link.getAttribute('href');
  if (href === null) return;
  link.setAttribute('rel', LINK_REL);
  if (isAbsoluteHttpUrl(href)) link.setAttribute('target', '_blank');
}

/** An image whose URL was refused is replaced by its alt text. */
function finishImage(image: Element): void {
  if (!image.hasAttribute('src')) {
    image.replaceWith(image.getAttribute('alt') ?? '');
    return;
  }
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('referrerpolicy', 'no-referrer');
}

/**
 * The scheme as the browser will see it: the URL parser drops the tabs, newlines and leading control
 * characters that disguise `java\tscript:`, and entities are already decoded in the DOM attribute value.
 */
function protocolOf(url: string, base?: string): string | undefined {
  try {
    return new URL(url, base).protocol;
  } catch {
    return undefined;
  }
}

/**
 * marked percent-encodes `< javascript:…>` to `%20javascript:…`: harmless, as browsers read it as a relative
 * path, but a bogus link. Judged as the URL parser would judge the unencoded form, which it trims.
 */
const LEADING_ENCODED_SPACE = /^(?:%(?:[01][\da-f]|20))+/i;

function isSafeLinkUrl(url: string): boolean {
  return LINK_PROTOCOLS.has(protocolOf(url.replace(LEADING_ENCODED_SPACE, ''), RELATIVE_BASE) ?? '');
}

function isAbsoluteHttpUrl(url: string): boolean {
  return HTTP_PROTOCOLS.has(protocolOf(url) ?? '');
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

/** Text content with a space wherever a block or line break separates words, whitespace collapsed. */
function plainText(root: DocumentFragment): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (!INLINE_TAGS.has(node.nodeName)) text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts to at most `maxLength` characters (code points) including the ellipsis, at a word boundary if one is near. */
function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  const head = chars.slice(0, maxLength - 1).join('');
  const boundary = chars[maxLength - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  // Without a space in the second half (long words, scripts without spaces) a hard cut reads better.
  const cut = boundary >= head.length / 2 ? head.slice(0, boundary) : head;
  return `${cut.trimEnd()}…`;
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
