import type { AnnounceController } from '../../core/controllers/announce-controller.js';
import type { LocalizeController } from '../../core/controllers/localize-controller.js';
import { PersonalDataController } from '../../core/controllers/personal-data-controller.js';
import type { GuardedField } from '../../core/controllers/personal-data-controller.js';
import { MarkdownEditor } from './markdown-editor.js';

type FormHost = ConstructorParameters<typeof MarkdownEditor>[0];

export interface TitledPostEditingOptions {
  /** Ids of the title's input and the body's Markdown textarea in the host's shadow root. */
  ids: Readonly<Record<GuardedField, string>>;
  localize: LocalizeController;
  announcer: AnnounceController;
  /** The fields as typed. */
  title: () => string;
  body: () => string;
  /** Take a field's new text (a toolbar format, "Mask them"). */
  setTitle: (text: string) => void;
  setBody: (text: string) => void;
  /** While true (the post is being sent), formatting changes nothing. */
  busy: () => boolean;
  /** Ctrl/⌘+Enter, and "Post anyway" after the personal-data warning. */
  submit: () => void;
}

/**
 * The Markdown editor and the personal-data guard of a form with a title and a Markdown body (the ask form, the idea
 * form, a live session's ask form), wired alike: masking the body shows the write tab again, texts and announcements
 * in the host's language.
 */
export function titledPostEditing(
  host: FormHost,
  options: TitledPostEditingOptions,
): { editor: MarkdownEditor; guard: PersonalDataController } {
  const { ids, localize, announcer } = options;
  const editor = new MarkdownEditor(host, {
    textareaId: ids.body,
    busy: options.busy,
    setText: options.setBody,
    submit: options.submit,
    direction: () => localize.dir,
    messages: () => localize.msg.composer,
  });
  const guard = new PersonalDataController(host, {
    texts: () => ({ title: options.title(), body: options.body() }),
    replace: (field, text) => {
      if (field === 'title') return options.setTitle(text);
      editor.show('write');
      options.setBody(text);
    },
    control: (field) => host.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${ids[field]}`),
    messages: () => localize.msg.personalData,
    locale: () => localize.locale,
    fmt: () => localize.fmt,
    announce: (text) => announcer.announce(text),
    postAnyway: options.submit,
  });
  return { editor, guard };
}
