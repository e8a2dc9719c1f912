// The baseline of the question-list bench: the same rows from the same adapter, rendered with plain DOM calls,
// the excerpt by the library's own Markdown-to-text function (markdownToText: bodyHtml → DOMPurify → text), with
// the same visible content per row (title link, excerpt, category and language chips, kudos and answer counts,
// author, latest activity), the list's filter controls and "Load more", in one light-DOM stylesheet.
import type { CommunityAdapter } from '../src/core/adapter.js';
import type { Question } from '../src/core/types.js';
import { formatLanguageName, formatRelativeTime } from '../src/core/i18n/format.js';
import { markdownToText } from '../src/core/markdown.js';

const EXCERPT_LENGTH = 160;
const STYLES = `
  ol { list-style: none; padding: 0; display: grid; gap: .5rem; }
  li { display: grid; gap: .25rem; padding: .75rem; border-block-end: 1px solid #ccc; }
  .meta { display: flex; flex-wrap: wrap; gap: .5rem; color: #555; font-size: .875em; }`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

const plural = new Intl.PluralRules('en');
const count = (n: number, noun: string) => `${n} ${plural.select(n) === 'one' ? noun : `${noun}s`}`;

function renderRow(question: Question): HTMLLIElement {
  const row = element('li');
  const title = element('div');
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', '3');
  title.dir = 'auto';
  const link = element('a', question.title);
  link.href = `#/questions/${encodeURIComponent(question.id)}`;
  link.lang = question.language;
  title.append(link);
  const excerpt = element('p', markdownToText(question.body, EXCERPT_LENGTH, question.bodyHtml));
  excerpt.dir = 'auto';
  excerpt.lang = question.language;
  const meta = element('div');
  meta.className = 'meta';
  meta.append(element('span', question.categoryId));
  if (question.language !== 'en') meta.append(element('span', formatLanguageName('en', question.language)));
  meta.append(
    element('span', count(question.voteCount, 'kudo')),
    element('span', count(question.answerCount, 'answer')),
    element('span', question.author.name),
    element('span', `Active ${formatRelativeTime('en', question.lastActivityAt)}`),
  );
  row.append(title, excerpt, meta);
  return row;
}

export interface HandWrittenList {
  readonly root: HTMLElement;
  /** Appends the next page of rows; resolves when they are in the DOM. */
  loadMore(): Promise<void>;
}

/** Renders the list's controls and its first `pageSize` questions into a new element appended to the body. */
export async function renderHandWrittenList(adapter: CommunityAdapter, pageSize: number): Promise<HandWrittenList> {
  const [page, categories] = await Promise.all([adapter.listQuestions({ limit: pageSize }), adapter.listCategories(), adapter.getViewer()]);
  const root = element('div');
  const search = element('input');
  search.type = 'search';
  const filters = [['All categories', ...categories.map((category) => category.name)], ['Any status', 'Solved', 'Unsolved'], ['Any language'], ['Latest activity', 'Newest', 'Most kudos']];
  const selects = filters.map((options) => {
    const select = element('select');
    select.append(...options.map((label) => element('option', label)));
    return select;
  });
  const rows = element('ol');
  rows.append(...page.items.map(renderRow));
  const more = element('button', 'Load more');
  more.type = 'button';
  root.append(element('style', STYLES), search, ...selects, element('p', count(page.total ?? page.items.length, 'question')), rows, more);
  document.body.append(root);
  let cursor = page.nextCursor;
  return {
    root,
    async loadMore() {
      if (!cursor) return;
      const next = await adapter.listQuestions({ limit: pageSize, cursor });
      cursor = next.nextCursor;
      rows.append(...next.items.map(renderRow));
    },
  };
}
