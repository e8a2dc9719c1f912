import { css } from 'lit';

/** How rendered Markdown (a post's body, the composer's preview) looks, inside any `.markdown` container. */
export const markdownStyles = css`
  .markdown {
    overflow-wrap: anywhere;
  }
  .markdown > :first-child {
    margin-block-start: 0;
  }
  .markdown > :last-child {
    margin-block-end: 0;
  }
  /* Code is left to right even inside Arabic text: a USSD code like *177# must not turn into #177*. */
  .markdown pre,
  .markdown code {
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* Code wraps rather than scrolls: a narrow page reads it whole, and a keyboard need not reach a scroller. */
  .markdown pre {
    white-space: pre-wrap;
    padding: 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_subtle);
    font-size: var(--_font-size-small);
  }
  .markdown code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .markdown :not(pre) > code {
    padding: 0.1em 0.3em;
    border-radius: var(--_radius-small);
    background: var(--_subtle);
  }
  /* A wide table scrolls inside the post; the sanitizer makes it focusable, so the keyboard scrolls it too. */
  .markdown table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .markdown th,
  .markdown td {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
  }
  .markdown blockquote {
    margin-inline: 0;
    padding-inline-start: 0.85em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .markdown img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .markdown a {
    color: var(--_accent);
  }
  .markdown ul {
    padding-inline-start: 1.4em;
  }
  .markdown ol {
    padding-inline-start: 2em;
  }
`;
