/** What `<majlis-idea-form>` tells the ideas element it sits in (bubbles within its shadow root only). */
export type IdeaFormAction = 'submitted' | 'cancel' | 'open';

/** `submitted` with the new idea's id, `open` with a similar idea's id the writer chose, or `cancel`. */
export class IdeaFormEvent extends Event {
  static readonly type = 'majlis-idea-form';
  constructor(
    readonly action: IdeaFormAction,
    readonly ideaId = '',
  ) {
    super(IdeaFormEvent.type, { bubbles: true });
  }
}
