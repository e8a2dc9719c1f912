import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Direction, Messages } from '../../core/i18n/index.js';
import type { Formatters } from '../../core/i18n/format.js';
import { loadMarkdownParser, markdown } from '../../core/markdown.js';
import { LIMITS } from '../../core/types.js';
import { MARKDOWN_FORMATS, applyFormat, editTextarea } from './markdown-toolbar.js';
import type { FormatStrings, MarkdownFormat } from './markdown-toolbar.js';

/**
 * The Markdown field that the answer composer and the ask form share: the Write/Preview tabs, the formatting
 * toolbar (roving tabindex, mirrored arrow keys), the Ctrl/⌘ shortcuts ({@link MarkdownEditor} keeps their
 * state), the preview panel and the character count. The elements keep the text. Styles: `composer.styles.ts`.
 */

export type EditorMode = 'write' | 'preview';

/** How close a text is to `LIMITS.bodyMax`: the counter's colour, and what is announced on a change. */
export type LengthLevel = 'ok' | 'near' | 'over';

export function lengthLevel(length: number): LengthLevel {
  if (length > LIMITS.bodyMax) return 'over';
  return length >= LIMITS.bodyMax * 0.9 ? 'near' : 'ok';
}
const EDITOR_MODES: readonly EditorMode[] = ['write', 'preview'];

/** Ctrl/⌘ + letter shortcuts in a Markdown field. */
export const SHORTCUTS: Readonly<Partial<Record<MarkdownFormat, string>>> = { bold: 'b', italic: 'i', link: 'k' };

/** `Ctrl+` or `⌘`, for tooltips of keyboard shortcuts. */
export function shortcutModifier(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';
}

/** The letter of a Ctrl/⌘ shortcut, from the physical key when the layout is not Latin (Arabic keyboards). */
export function shortcutLetter(event: KeyboardEvent): string {
  return /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase();
}

/** The format a Ctrl/⌘ (without Alt or Shift) key press asks for, if any. */
export function shortcutFormat(event: KeyboardEvent): MarkdownFormat | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  const letter = shortcutLetter(event);
  return MARKDOWN_FORMATS.find((format) => SHORTCUTS[format] === letter);
}

/** The index an arrow, Home or End key moves to in a row of `count` items (mirrored right to left). */
function stepIndex(event: KeyboardEvent, index: number, count: number, rtl: boolean): number | undefined {
  switch (event.key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
      return (index + 1) % count;
    case rtl ? 'ArrowRight' : 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export const TOOL_ICONS: Readonly<Record<MarkdownFormat, TemplateResult>> = {
  bold: html`<span class="letter letter--bold" aria-hidden="true">B</span>`,
  italic: html`<span class="letter letter--italic" aria-hidden="true">I</span>`,
  link: html`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" aria-hidden="true">
    <path d="M6.5 9.5l3-3M7.6 4.4l.9-.9a2.5 2.5 0 0 1 3.5 3.5l-.9.9M8.4 11.6l-.9.9a2.5 2.5 0 0 1-3.5-3.5l.9-.9" />
  </svg>`,
  code: html`<span class="letter letter--code" aria-hidden="true">&lt;/&gt;</span>`,
  list: html`<svg class="mirror" viewBox="0 0 16 16" aria-hidden="true">
    <g fill="currentColor"><circle cx="2.5" cy="4" r="1.2" /><circle cx="2.5" cy="8" r="1.2" /><circle cx="2.5" cy="12" r="1.2" /></g>
    <path d="M6 4h8M6 8h8M6 12h8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
  </svg>`,
};

type EditorMessages = Messages['composer'];

interface TabsOptions {
  msg: EditorMessages;
  mode: EditorMode;
  /** Prefix of the tab and panel ids (`tab-write`, `panel-preview`), unique within the shadow root. */
  idPrefix?: string;
  select: (mode: EditorMode) => void;
  keydown: (event: KeyboardEvent) => void;
}

/** The Write/Preview tab list; tab ids are `<prefix>tab-<mode>`, controlling `<prefix>panel-<mode>`. */
function renderEditorTabs({ msg, mode: current, idPrefix = '', select, keydown }: TabsOptions): TemplateResult {
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${msg.modes} @keydown=${keydown}>
    ${EDITOR_MODES.map(
      (mode) => html`<button
        part="tab"
        class="tab"
        type="button"
        role="tab"
        id="${idPrefix}tab-${mode}"
        aria-controls="${idPrefix}panel-${mode}"
        aria-selected=${mode === current ? 'true' : 'false'}
        tabindex=${mode === current ? '0' : '-1'}
        @click=${() => select(mode)}
      >
        ${msg[mode]}
      </button>`,
    )}
  </div>`;
}

interface ToolbarOptions {
  msg: EditorMessages;
  /** Id of the textarea the toolbar edits. */
  controls: string;
  /** The tool that is in the tab order (roving tabindex). */
  toolIndex: number;
  hidden: boolean;
  disabled: boolean;
  format: (format: MarkdownFormat) => void;
  focusTool: (index: number) => void;
  keydown: (event: KeyboardEvent) => void;
}

/** The formatting toolbar: one button per {@link MARKDOWN_FORMATS}, with its shortcut in the tooltip. */
function renderEditorToolbar(options: ToolbarOptions): TemplateResult {
  const { msg } = options;
  const modifier = shortcutModifier();
  return html`<div
    part="toolbar"
    class="toolbar"
    role="toolbar"
    aria-label=${msg.toolbar}
    aria-controls=${options.controls}
    ?hidden=${options.hidden}
    @keydown=${options.keydown}
  >
    ${MARKDOWN_FORMATS.map((format, index) => {
      const shortcut = SHORTCUTS[format]?.toUpperCase();
      return html`<button
        part="toolbar-button"
        class="button button--quiet tool"
        type="button"
        aria-label=${msg[format]}
        title=${shortcut ? `${msg[format]} (${modifier}${shortcut})` : msg[format]}
        tabindex=${index === options.toolIndex ? '0' : '-1'}
        ?disabled=${options.disabled}
        @focus=${() => options.focusTool(index)}
        @click=${() => options.format(format)}
      >
        ${TOOL_ICONS[format]}
      </button>`;
    })}
  </div>`;
}

/** Ctrl/⌘+Enter submits, Ctrl/⌘+B/I/K format the selection. */
function editorKeydown(event: KeyboardEvent, actions: { submit(): void; format(format: MarkdownFormat): void }): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const format = event.key === 'Enter' ? undefined : shortcutFormat(event);
  if (event.key !== 'Enter' && !format) return;
  event.preventDefault();
  if (format) actions.format(format);
  else actions.submit();
}

/** Applies a toolbar format to the textarea's selection (undoable) and returns the new text. */
function formatTextarea(textarea: HTMLTextAreaElement, format: MarkdownFormat, strings: FormatStrings): string {
  const { value: text, selectionStart: start, selectionEnd: end } = textarea;
  editTextarea(textarea, applyFormat(format, { text, start, end }, strings));
  return textarea.value;
}

export interface MarkdownEditorOptions {
  /** Id of the Markdown textarea in the host's shadow root. */
  textareaId: string;
  /** While true (the text is being sent), formatting changes nothing. */
  busy: () => boolean;
  /** Takes the text after a toolbar button or shortcut changed it. */
  setText: (text: string) => void;
  /** Ctrl/⌘+Enter. */
  submit: () => void;
  /** The host's resolved direction: arrow keys are mirrored right to left. */
  direction: () => Direction;
  messages: () => EditorMessages;
}

type EditorHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The state and keyboard of a Markdown field's tabs and toolbar; the host renders {@link tabs} and {@link toolbar}. */
export class MarkdownEditor implements ReactiveController {
  /** The shown tab. */
  mode: EditorMode = 'write';
  /** The toolbar button in the tab order (roving tabindex). */
  private toolIndex = 0;

  constructor(
    private readonly host: EditorHost,
    private readonly options: MarkdownEditorOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get previewing(): boolean {
    return this.mode === 'preview';
  }

  show(mode: EditorMode): void {
    if (mode === 'preview') void loadMarkdownParser();
    if (mode === this.mode) return;
    this.mode = mode;
    this.host.requestUpdate();
  }

  /** Applies a format to the textarea's selection (undoable), unless the text is being sent. */
  format(format: MarkdownFormat): void {
    const textarea = this.options.busy()
      ? null
      : this.host.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.options.textareaId}`);
    if (textarea) this.options.setText(formatTextarea(textarea, format, this.options.messages()));
  }

  /** For the textarea's `@keydown`: Ctrl/⌘+Enter submits, Ctrl/⌘+B/I/K format. */
  readonly onTextareaKeydown = (event: KeyboardEvent): void => {
    // A writer at work will likely preview: the parser (a lazy chunk) loads meanwhile, so the preview is formatted.
    void loadMarkdownParser();
    editorKeydown(event, { submit: this.options.submit, format: (format) => this.format(format) });
  };

  tabs(): TemplateResult {
    return renderEditorTabs({
      msg: this.options.messages(),
      mode: this.mode,
      select: (mode) => this.show(mode),
      keydown: this.onTabsKeydown,
    });
  }

  toolbar(): TemplateResult {
    return renderEditorToolbar({
      msg: this.options.messages(),
      controls: this.options.textareaId,
      toolIndex: this.toolIndex,
      hidden: this.previewing,
      disabled: this.options.busy(),
      format: (format) => this.format(format),
      focusTool: (index) => this.setToolIndex(index),
      keydown: this.onToolbarKeydown,
    });
  }

  private readonly onTabsKeydown = (event: KeyboardEvent): void => {
    const index = this.step(event, EDITOR_MODES.indexOf(this.mode), EDITOR_MODES.length);
    if (index === undefined) return;
    this.show(EDITOR_MODES[index]);
    this.focusItem('[role="tab"]', index);
  };

  private readonly onToolbarKeydown = (event: KeyboardEvent): void => {
    const index = this.step(event, this.toolIndex, MARKDOWN_FORMATS.length);
    if (index === undefined) return;
    this.setToolIndex(index);
    this.focusItem('[part~="toolbar-button"]', index);
  };

  /** The index an arrow, Home or End key moves to (and the key's default is prevented), if any. */
  private step(event: KeyboardEvent, index: number, count: number): number | undefined {
    const next = stepIndex(event, index, count, this.options.direction() === 'rtl');
    if (next !== undefined) event.preventDefault();
    return next;
  }

  private setToolIndex(index: number): void {
    if (index === this.toolIndex) return;
    this.toolIndex = index;
    this.host.requestUpdate();
  }

  private focusItem(selector: string, index: number): void {
    this.host.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus();
  }
}

/** The Preview tab panel: the text through the one Markdown pipeline, in the post's language. */
export function renderPreviewPanel(msg: Messages['composer'], preview: boolean, text: string, language: string): TemplateResult {
  return html`<div
    role="tabpanel"
    id="panel-preview"
    part="preview"
    class="preview"
    aria-labelledby="tab-preview"
    tabindex="0"
    ?hidden=${!preview}
  >
    ${!preview
      ? nothing
      : text.trim()
        ? html`<div class="markdown" dir="auto" lang=${language}>${markdown(text)}</div>`
        : html`<p class="empty">${msg.nothingToPreview}</p>`}
  </div>`;
}

/** The live character count against `LIMITS.bodyMax`: short on screen, in words for screen readers. */
export function renderCount(msg: Messages['composer'], length: number, level: LengthLevel, fmt: Formatters): TemplateResult {
  return html`<p part="count" class="count" data-level=${level}>
    <span aria-hidden="true">${msg.characters(length, LIMITS.bodyMax, fmt)}</span>
    <span class="visually-hidden">${msg.charactersLabel(length, LIMITS.bodyMax, fmt)}</span>
  </p>`;
}
