/**
 * The sanitizer's rules, over no DOM of its own: which tags and attributes survive, which URLs, what links and images
 * get, and a sanitized fragment's plain text. The page applies them with DOMPurify over the browser's DOM
 * (`markdown.ts`); the reference server with DOMPurify over jsdom (its crawler page, `server/src/thread-page.ts`), so a
 * post reads the same in both. Only DOM methods of the nodes handed in are used: no `window`, `Node` or `NodeFilter`.
 */
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';

/** `NodeFilter.SHOW_ELEMENT`, `NodeFilter.SHOW_TEXT` and `Node.TEXT_NODE`, without the globals of a window. */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

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

export const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: Object.keys(ATTRIBUTE_RULES),
  // DOMPurify's own URL check, narrowed to our schemes: an allowed scheme, or no scheme at all (a relative
  // URL either starts with a non-letter such as / ? # . or has no ':' after its leading letters).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z][a-z\d+.-]*(?:[^a-z\d+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} satisfies Config;
export const FRAGMENT_CONFIG = { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true } as const;

/** Adds Majlis' rules to a DOMPurify instance (its own: hooks are per instance). */
export function applySanitizeRules(purify: DOMPurify): DOMPurify {
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
  // A table scrolls sideways when it is wider than the post: focusable, the keyboard can scroll it (WCAG 2.1.1).
  if (node.nodeName === 'TABLE') node.setAttribute('tabindex', '0');
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

/** Text content with a space wherever a block or line break separates words, whitespace collapsed. */
export function plainText(root: DocumentFragment): string {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (!INLINE_TAGS.has(node.nodeName)) text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts to at most `maxLength` characters (code points) including the ellipsis, at a word boundary if one is near. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  const head = chars.slice(0, maxLength - 1).join('');
  const boundary = chars[maxLength - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  // Without a space in the second half (long words, scripts without spaces) a hard cut reads better.
  const cut = boundary >= head.length / 2 ? head.slice(0, boundary) : head;
  return `${cut.trimEnd()}…`;
}
