// The baseline of the thread benches: the same question and answers rendered with plain DOM calls, by the
// library's own Markdown pipeline (renderMarkdown: the adapter's bodyHtml → DOMPurify, so the Markdown work is identical),
// from the same adapter, with the same visible content per post (title, author, time, language chip, body,
// kudos count), the thread's controls (answer order, "Show more answers", and for a signed-in viewer a text
// box to answer in) and the same rules for Markdown, in one light-DOM stylesheet. What <majlis-thread> costs above
// this is what the components cost.
import type { CommunityAdapter } from '../src/core/adapter.js';
import type { Post } from '../src/core/types.js';
import { formatLanguageName, formatRelativeTime } from '../src/core/i18n/format.js';
import { renderMarkdown } from '../src/core/markdown.js';
import { markdownStyles } from '../src/styles/markdown.styles.js';

const STYLES = `${markdownStyles.cssText}
  .post { display: grid; gap: .75rem; padding: 1rem; border: 1px solid #ccc; border-radius: .5rem; }
  .post header { display: flex; flex-wrap: wrap; gap: .5rem; color: #555; }
  .post footer button { padding-block: .25rem; padding-inline: .75rem; }
  ol { list-style: none; padding: 0; display: grid; gap: 1rem; }`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderPost(post: Post): HTMLElement {
  const article = element('article');
  article.className = 'post';
  if (post.type === 'question') {
    const title = element('h2', post.title);
    title.dir = 'auto';
    article.append(title);
  }
  const header = element('header');
  const time = element('time', formatRelativeTime('en', post.createdAt));
  time.dateTime = post.createdAt;
  header.append(element('span', post.author.name), time);
  if (post.language !== 'en') header.append(element('span', formatLanguageName('en', post.language)));
  const body = element('div');
  body.className = 'markdown';
  body.lang = post.language;
  body.dir = post.language === 'ar' ? 'rtl' : 'ltr';
  body.append(renderMarkdown(post.body, post.bodyHtml));
  const footer = element('footer');
  const kudos = element('button', `👍 ${post.voteCount}`);
  kudos.type = 'button';
  kudos.setAttribute('aria-pressed', String(post.viewerHasVoted));
  footer.append(kudos);
  article.append(header, body, footer);
  return article;
}

function renderItem(answer: Post): HTMLLIElement {
  const item = element('li');
  item.append(renderPost(answer));
  return item;
}

export interface HandWrittenThread {
  readonly root: HTMLElement;
  /** Appends the next page of answers; resolves when they are in the DOM. */
  showMore(): Promise<void>;
}

/** Renders the question and its first `pageSize` answers into a new element appended to the body. */
export async function renderHandWrittenThread(adapter: CommunityAdapter, questionId: string, pageSize: number): Promise<HandWrittenThread> {
  const [question, page, viewer] = await Promise.all([
    adapter.getQuestion(questionId),
    adapter.listAnswers(questionId, { sort: 'votes', limit: pageSize }),
    adapter.getViewer(),
  ]);
  const root = element('div');
  const style = element('style', STYLES);
  const sort = element('select');
  sort.append(...['Most kudos', 'Newest', 'Oldest'].map((label) => element('option', label)));
  const answers = element('ol');
  answers.append(...page.items.map(renderItem));
  const more = element('button', `Show more answers (${question.answerCount - page.items.length})`);
  more.type = 'button';
  root.append(style, renderPost(question), element('h3', `${question.answerCount} answers`), sort, answers, more);
  if (viewer.user) {
    const form = element('form');
    const submit = element('button', 'Post answer');
    form.append(element('textarea'), submit);
    root.append(form);
  }
  document.body.append(root);
  let cursor = page.nextCursor;
  return {
    root,
    async showMore() {
      if (!cursor) return;
      const next = await adapter.listAnswers(questionId, { sort: 'votes', limit: pageSize, cursor });
      cursor = next.nextCursor;
      answers.append(...next.items.map(renderItem));
    },
  };
}
