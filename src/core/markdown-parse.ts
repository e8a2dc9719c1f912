/**
 * The first half of Majlis' one Markdown pipeline: Markdown source → HTML, not yet safe to insert. It needs no
 * DOM, so the reference server and the in-browser adapter run it and send the result as a post's `bodyHtml`; the
 * page then loads only the second half, the sanitizer (`src/core/markdown.ts`), which every HTML goes through
 * whoever produced it. The page loads this half (and marked) only for a source without `bodyHtml`: the composer's
 * preview, or an adapter that sends Markdown alone. Public as `majlis/markdown`, for adapters of other backends.
 *
 * - Raw HTML in a post is not markup: `<APN>` or `<script>` show as the literal text the customer typed.
 * - Headings are demoted by two levels and task-list checkboxes become text; the sanitizer decides the rest.
 * - marked is a private instance created on first use: the host page's global `marked` is never touched.
 */
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import { LIMITS } from './types.js';

/**
 * Longer sources (beyond the post limit every adapter enforces) are shown as plain text and not cached: some
 * shapes, such as thousands of `_a`, make the Markdown parser superlinear (20,000 characters of them took
 * 11 s in WebKit), and one post must not freeze the page.
 */
const MAX_MARKDOWN_LENGTH = LIMITS.bodyMax;
/** Parsed sources kept, least recently used first: a list page asks for the same bodies again and again. */
const CACHE_SIZE = 500;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const escape = (text: string): string => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/** A post as plain paragraphs (blank lines separate them, single newlines break lines), every character escaped. */
function plainParagraphs(source: string): string {
  return source
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.split('\n').map(escape).join('<br>')}</p>`)
    .join('\n');
}

/**
 * Phone numbers (`+971 50 123 4567`, `0470 12 34 56`) and USSD codes (`*177#`, `*100*2#`): runs with no letter, so
 * inside right-to-left text the bidi algorithm lays their groups out right to left (`4567 123 50 +971`). Each is
 * isolated left to right (`<bdi dir="ltr">`) without the writer marking it up.
 * So are host names with a path that ends in a slash (`mms.operator.ae:8080/`): that last slash would take the
 * direction of the Arabic or Urdu text after it and be drawn at the far end. Host names, APNs and addresses
 * otherwise keep their order (their letters are left to right) and are not touched.
 */
const PHONE_OR_USSD = String.raw`\+?\d[\d ().-]{5,}\d|[*#]\d[\d*]*#`;
const HOST_PATH = String.raw`(?!www\.)[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+(?::\d+)?(?:\/[\w.~%-]+)*\/(?![\w~%/-])`;
const LTR_RUN = new RegExp(`^(?:${PHONE_OR_USSD}|${HOST_PATH})`);
const LTR_RUN_START = new RegExp(`(?<![\\p{L}\\p{N}+*#])(?:${PHONE_OR_USSD})|(?<![\\p{L}\\p{N}@/:.-])(?:${HOST_PATH})`, 'u');
/** A phone number has 7 digits or more; fewer is a year, an amount or a time, which need no isolation. */
const isLtrRun = (text: string): boolean =>
  text.startsWith('*') || text.startsWith('#') || text.endsWith('/') || (text.match(/\d/g)?.length ?? 0) >= 7;
/** A link that shows its own address, as typed, ending in a character with no direction (`/`, `=`, `#`): isolated like the above. */
const isBareLinkToIsolate = (token: Tokens.Link): boolean =>
  (token.raw === token.text || token.raw === `<${token.text}>`) && !/[\p{L}\p{N}]$/u.test(token.text);

let marked: Marked | undefined;
const cache = new Map<string, string>();

function createMarked(): Marked {
  return new Marked({
    gfm: true,
    breaks: true,
    async: false,
    // Without the HTML tokenizers, tags are plain text, which the text renderer escapes.
    tokenizer: { html: () => undefined, tag: () => undefined },
    extensions: [
      {
        name: 'ltrRun',
        level: 'inline',
        start: (source: string) => source.match(LTR_RUN_START)?.index,
        tokenizer(source: string) {
          const run = LTR_RUN.exec(source)?.[0];
          return run && isLtrRun(run) ? { type: 'ltrRun', raw: run, text: run } : undefined;
        },
        renderer: ({ text }) => `<bdi dir="ltr">${escape(text as string)}</bdi>`,
      },
    ],
    renderer: {
      // A bare link has no title and its text is its address; any other link takes marked's own rendering (false).
      link(token) {
        if (!isBareLinkToIsolate(token)) return false;
        return `<bdi dir="ltr"><a href="${escape(encodeURI(token.href))}">${this.parser.parseInline(token.tokens)}</a></bdi>`;
      },
      // Demoted by two levels so a post never competes with the page's own h1/h2.
      heading({ tokens, depth }) {
        const level = Math.min(depth + 2, 6);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      // Forms are not allowed, so task-list checkboxes become a text prefix.
      checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
    },
  });
}

/**
 * A user's Markdown (GFM, single newlines are line breaks) as HTML, **unsanitized**: what the page must pass
 * through its sanitizer, and what an adapter sends as `bodyHtml`. A value that is not a string gives `''`.
 */
export function parseMarkdown(source: string): string {
  if (typeof source !== 'string') return '';
  if (source.length > MAX_MARKDOWN_LENGTH) return plainParagraphs(source);
  const cached = cache.get(source);
  if (cached !== undefined) {
    cache.delete(source);
    cache.set(source, cached);
    return cached;
  }
  let html: string;
  try {
    marked ??= createMarked();
    html = marked.parse(source, { async: false });
  } catch {
    // Deeply nested lists or quotes overflow the parser's stack; the post still shows.
    html = plainParagraphs(source);
  }
  cache.set(source, html);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return html;
}

/** A post's `body` with its `bodyHtml`, as an adapter sends them. */
export function bodyFields(body: string): { body: string; bodyHtml: string } {
  return { body, bodyHtml: parseMarkdown(body) };
}
