/**
 * The formatting commands of the composer's toolbar as pure functions over text and selection, so they can
 * be tested without rendering: `applyFormat('bold', { text, start, end })` returns the new text and the
 * selection to put back. {@link editTextarea} applies the result to a `<textarea>`, keeping undo working.
 */

/** A textarea's value with its selection (`start === end` is a caret). */
export interface TextSelection {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type MarkdownFormat = 'bold' | 'italic' | 'link' | 'code' | 'list';

/** The toolbar's commands, in toolbar order. */
export const MARKDOWN_FORMATS: readonly MarkdownFormat[] = ['bold', 'italic', 'link', 'code', 'list'];

/** What a new link points to until the writer types its address; selected so typing replaces it. */
export const LINK_PLACEHOLDER = 'https://';

const BULLET = /^(\s*)[-*+] /;
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$/i;

/** `text` with `start…end` replaced by `insert`, and a new selection. */
function splice(text: string, start: number, end: number, insert: string, selStart: number, selEnd: number): TextSelection {
  return { text: text.slice(0, start) + insert + text.slice(end), start: selStart, end: selEnd };
}

/** Selection bounds without the spaces at either end: Markdown markers must hug the words they mark. */
function trimmedRange({ text, start, end }: TextSelection): [number, number] {
  const selected = text.slice(start, end);
  const from = start + selected.length - selected.trimStart().length;
  return [from, Math.max(from, end - (selected.length - selected.trimEnd().length))];
}

/**
 * Wraps the selection in `open`…`close`, selecting the wrapped text; applied again (markers just outside
 * or at the edges of the selection) it unwraps instead, so a toolbar button toggles.
 */
function toggleWrap(input: TextSelection, open: string, close = open): TextSelection {
  const { text, start, end } = input;
  if (text.slice(start - open.length, start) === open && text.slice(end, end + close.length) === close) {
    const inner = text.slice(start, end);
    return splice(text, start - open.length, end + close.length, inner, start - open.length, end - open.length);
  }
  const selected = text.slice(start, end);
  if (selected.length >= open.length + close.length && selected.startsWith(open) && selected.endsWith(close)) {
    const inner = selected.slice(open.length, selected.length - close.length);
    return splice(text, start, end, inner, start, start + inner.length);
  }
  const [from, to] = trimmedRange(input);
  const inner = text.slice(from, to);
  return splice(text, from, to, open + inner + close, from + open.length, from + open.length + inner.length);
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** Inline code for a part of a line, a fenced block for several lines. */
function code(input: TextSelection): TextSelection {
  const { text, start, end } = input;
  const selected = text.slice(start, end);
  if (!selected.includes('\n')) {
    const fence = '`'.repeat(longestBacktickRun(selected) + 1);
    // Code starting or ending with a backtick needs a space between it and the fence.
    const pad = selected.startsWith('`') || selected.endsWith('`') ? ' ' : '';
    return toggleWrap(input, fence + pad, pad + fence);
  }
  const fenced = /^(`{3,})\n([\s\S]*)\n\1$/.exec(selected);
  if (fenced) return splice(text, start, end, fenced[2], start, start + fenced[2].length);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(selected) + 1));
  const before = start > 0 && text[start - 1] !== '\n' ? '\n' : '';
  const after = end < text.length && text[end] !== '\n' ? '\n' : '';
  const open = `${before}${fence}\n`;
  const codeStart = start + open.length;
  return splice(text, start, end, `${open}${selected}\n${fence}${after}`, codeStart, codeStart + selected.length);
}

/** The words a toolbar command writes itself, in the writer's language. */
export interface FormatStrings {
  /** The visible text of a link inserted with nothing to link selected, selected so typing replaces it. */
  readonly linkText: string;
}

/**
 * `[text](https://)` with the placeholder address selected, ready to be typed over. A selected address,
 * or nothing, gets the placeholder link text, selected: a link is never inserted without visible text.
 */
function link(input: TextSelection, { linkText }: FormatStrings): TextSelection {
  const [from, to] = trimmedRange(input);
  const selected = input.text.slice(from, to);
  if (selected === '' || URL_LIKE.test(selected)) {
    const target = selected || LINK_PLACEHOLDER;
    return splice(input.text, from, to, `[${linkText}](${target})`, from + 1, from + 1 + linkText.length);
  }
  const urlStart = from + selected.length + 3;
  return splice(input.text, from, to, `[${selected}](${LINK_PLACEHOLDER})`, urlStart, urlStart + LINK_PLACEHOLDER.length);
}

/**
 * Makes every line the selection touches a bullet (`- `), or, when they all are already, plain lines again.
 * A caret stays where it was in its line; a selection grows to cover the lines.
 */
function list(input: TextSelection): TextSelection {
  const { text, start, end } = input;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A selection ending just after a newline does not include the next line.
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const newline = text.indexOf('\n', last);
  const lineEnd = newline === -1 ? text.length : newline;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const unlist = filled.length > 0 && filled.every((line) => BULLET.test(line));
  const changed = lines.map((line) => {
    if (unlist) return line.replace(BULLET, '$1');
    return line.trim() === '' && lines.length > 1 ? line : `- ${line}`;
  });
  const block = changed.join('\n');
  if (start === end && lines.length === 1) {
    const caret = Math.max(lineStart, start + block.length - lines[0].length);
    return splice(text, lineStart, lineEnd, block, caret, caret);
  }
  return splice(text, lineStart, lineEnd, block, lineStart, lineStart + block.length);
}

/** The text and selection after applying a toolbar command to `input`. */
export function applyFormat(format: MarkdownFormat, input: TextSelection, strings: FormatStrings): TextSelection {
  switch (format) {
    case 'bold':
      return toggleWrap(input, '**');
    case 'italic':
      return toggleWrap(input, '_');
    case 'code':
      return code(input);
    case 'link':
      return link(input, strings);
    case 'list':
      return list(input);
  }
}

/** Length of the common prefix of `a` and `b`, and of their common suffix after it. */
function commonEnds(a: string, b: string): [prefix: number, suffix: number] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  return [prefix, suffix];
}

/**
 * Puts `next` into a textarea and selects `next.start…next.end`, focusing it. Only the changed span is
 * replaced, through the browser's editing command where it has one, so Ctrl+Z undoes a toolbar action
 * like any typing; otherwise the value is set directly (which loses undo, never text).
 */
export function editTextarea(textarea: HTMLTextAreaElement, next: TextSelection): void {
  const current = textarea.value;
  textarea.focus();
  if (current !== next.text) {
    const [prefix, suffix] = commonEnds(current, next.text);
    const inserted = next.text.slice(prefix, next.text.length - suffix);
    textarea.setSelectionRange(prefix, current.length - suffix);
    // execCommand is deprecated but is still the only way to edit a textarea on the browser's undo stack.
    const done = inserted === '' ? document.execCommand('delete') : document.execCommand('insertText', false, inserted);
    if (!done || textarea.value !== next.text) textarea.value = next.text;
  }
  textarea.setSelectionRange(next.start, next.end);
}
