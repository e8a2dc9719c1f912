/** What `<majlis-session-ask-form>` tells the live session it sits in (bubbles within its shadow root only). */
export class SessionAskEvent extends Event {
  static readonly type = 'majlis-session-ask';
  /** The question just asked: the live session announces it and reads its questions again. */
  constructor(readonly questionId: string) {
    super(SessionAskEvent.type, { bubbles: true });
  }
}
