/**
 * The thread's structured data (attribute `structured-data`): one `<script type="application/ld+json">` with the
 * schema.org `QAPage` of the question and the answers shown, a child of the thread element itself. In the light DOM,
 * where crawlers read it (the thread's shadow root has no default slot, so nothing of it shows); it leaves the page
 * with the element, follows it when moved, and is replaced when the question or its answers change. A lazy chunk
 * (`structured-data`), loaded only by a thread that has the attribute.
 */
import { markdownToText } from '../../core/markdown.js';
import { STRUCTURED_TEXT_MAX, qaPageData, serializeJsonLd } from '../../core/structured-data.js';
import type { Answer, Question } from '../../core/types.js';

export interface StructuredDataHost extends HTMLElement {
  structuredData: boolean;
  answerHrefPattern: string;
  answerHref(answerId: string): string;
}

const scripts = new WeakMap<HTMLElement, HTMLScriptElement>();

const absolute = (href: string): string => new URL(href, document.baseURI).href;

/**
 * Writes, replaces or removes the host's JSON-LD: written once its question is shown (`question` defined), removed
 * while another question loads and when the attribute goes.
 */
export function writeStructuredData(host: StructuredDataHost, question: Question | undefined, answers: readonly Answer[]): void {
  const data = host.structuredData && question
    ? qaPageData(question, answers, {
        text: (post) => markdownToText(post.body, STRUCTURED_TEXT_MAX, post.bodyHtml),
        answerUrl: host.answerHrefPattern ? (answer) => absolute(host.answerHref(answer.id)) : undefined,
      })
    : undefined;
  let script = scripts.get(host);
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    scripts.set(host, script);
  }
  const json = serializeJsonLd(data);
  // A text node, not `textContent`: a page enforcing Trusted Types refuses strings assigned to a script's text.
  if (script.textContent !== json) script.replaceChildren(document.createTextNode(json));
  if (script.parentNode !== host) host.append(script);
}
