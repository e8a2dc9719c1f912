import type { MajlisErrorCode } from '../../adapter.js';
import type {
  AnswerSort,
  AuditAction,
  FlagReason,
  ModerationAction,
  ModerationTarget,
  PostState,
  QueueTab,
  QuestionSort,
  QuestionStatus,
  QuestionStatusFilter,
  Role,
} from '../../types.js';
import type { IdeaCriterion, IdeaSort, IdeaStatus, IdeaTopic } from '../../idea-names.js';
import type { SessionPhase, SessionQuestionFilter, SessionQuestionSort } from '../../live-session-names.js';
import type { Formatters } from '../format.js';
import type { PersonalDataKind } from '../../personal-data.js';

/**
 * A count with its noun ("12 answers"): picks the plural form with `fmt.plural` and writes the number
 * with `fmt.number` (or `#` in a form), so both follow the page's locale.
 */
export type Count = (n: number, fmt: Formatters) => string;

/** Actions taken from a question's menu, not offered as buttons in the moderation queue. */
type QueueLessAction = 'hand-to-care' | 'return-from-care';

/** Input fields an `invalid` error can name (`MajlisError#field`). */
export type FieldName = 'title' | 'body' | 'category' | 'language' | 'tags' | 'cursor';

/** One message per {@link MajlisErrorCode}, so a new code cannot go untranslated. */
export type ErrorMessages = Record<Exclude<MajlisErrorCode, 'rate-limited'>, string> & {
  /** `seconds` is the server's retry-after when it sent one. */
  'rate-limited': (seconds: number | undefined, fmt: Formatters) => string;
  /** An `invalid` error about one field; `field` is that field's localized label (`Messages.field`). */
  invalidField: (field: string) => string;
  /** The community's address answers, but not as a community (`MajlisError#endpoint`: a wrong endpoint). */
  notAnswering: string;
  /** Anything that is not a MajlisError. */
  unknown: string;
  /** `rate-limited` with a long wait (a posting limit): `when` is a relative time ("in 40 minutes"). */
  retryAt: (when: string) => string;
  /** Refusals explained by `MajlisError#reason`, over the code's own message. */
  reasons: {
    /** A new member's post has more links than allowed. */
    'too-many-links': string;
    /** The same text was just posted. */
    duplicate: string;
    /** The viewer is suspended; `until` is a formatted date, or null for indefinitely (or unknown). */
    suspended: (until: string | null) => string;
    /** The author's time to edit has passed. */
    'edit-window': string;
    'accepted-answer': string;
    'already-flagged': string;
    /** The backend found personal data the writer did not choose to keep (the guard in the form usually says first). */
    'personal-data': string;
  };
};

/**
 * Every user-visible string of Majlis, grouped by area. Each catalog (`en`, `ar`, `nl`, `fr`, `vi`) is
 * typed as `Messages`, so a missing or misspelt key fails type checking.
 */
export interface Messages {
  /** Live updates (`live.*`): what a thread and a question list say of changes pushed while they are shown. */
  live: {
    /** The thread's bar (and its announcement): answers posted since the reader opened it, not yet shown. */
    newAnswers: (count: number, fmt: Formatters) => string;
    /** The question list's bar: questions asked since it was shown. */
    newQuestions: (count: number, fmt: Formatters) => string;
    /** The bar's button, which shows them. */
    show: string;
    /** The mark of a listed question with activity since the list was shown (answers, acceptance, edits). */
    newActivity: string;
    /** Announced when the thread's accepted answer changed while it was shown. */
    acceptedChanged: string;
  };
  /** The whole board (`<majlis-community>`). */
  community: {
    /** Accessible name of the board's navigation. */
    navigation: string;
    allQuestions: string;
    ask: string;
    back: string;
    listHeading: string;
    askHeading: string;
  };
  /** One question or answer (`<majlis-post>`). */
  post: {
    /** Accessible name of an answer's article. */
    answerBy: (name: string) => string;
    acceptedByAsker: string;
    acceptedBy: (name: string) => string;
    /** Tooltip of the "Edited" marker. */
    editedOn: (date: string) => string;
    /** Shown when a post's language differs from the page's. */
    writtenIn: (language: string) => string;
    /** Accessible name of a question's list of tags (list rows and the thread's question). */
    tags: string;
    /** Tooltip of a tag, a button that lists the questions carrying it. */
    tagFilter: (tag: string) => string;
    /** Accessible name of the button that opens a post's menu (edit, delete, flag). */
    moreActions: string;
    /** Accessible name of the "Edited" marker as a button opening the history; starts with `status.edited`. */
    history: string;
  };
  /** What readers see of a post that is not published, and the banner its author and moderators see. */
  postState: {
    /** Hidden by a moderator, with their public reason (null: none given). */
    hidden: (reason: string | null) => string;
    /** Hidden on its own, having reached the flag threshold. */
    review: string;
    deletedByAuthor: string;
    /** Deleted by a moderator, with their public reason (null: none given). */
    deleted: (reason: string | null) => string;
    /** The banner of a post waiting for a moderator's approval (pre-moderation). */
    pending: string;
    /** Beside the banner, for the author and moderators who still see the post's content. */
    visibleTo: string;
  };
  /** The notice of a question handed to customer care (`hand-to-care`), shown to every reader above its body. */
  handoff: {
    /** The notice's heading. */
    title: string;
    /** Who handed the question over, and when (a formatted date). */
    byOn: (name: string, date: string) => string;
  };
  /** A post's menu (`<majlis-post-menu>`), its flag and delete dialogs, the post editor and the revision history. */
  postActions: {
    edit: string;
    delete: string;
    flag: string;
    /** Staff and moderators: the menu item handing a question to customer care, and the title of its dialog. */
    'hand-to-care': string;
    /** Staff and moderators: the menu item giving a handed-over question back to the community. */
    'return-from-care': string;
    /** Under the hand-over dialog's title: who sees the note. */
    handoffIntro: string;
    /** Label of the hand-over note. */
    handoffNote: string;
    handoffNoteRequired: string;
    handOver: string;
    handingOver: string;
    /** Announced once the question is handed over. */
    handedOver: string;
    /** Announced once the question is back with the community. */
    returned: string;
    /** The confirmation of "Back to the community": what changes. */
    returnText: string;
    returning: string;
    /** The flag item once the viewer has flagged the post (disabled). */
    flagged: string;
    flagTitle: string;
    flagIntro: string;
    /** Legend of the reasons. */
    reason: string;
    reasons: Record<FlagReason, string>;
    /** Label of the flag's note. */
    note: string;
    /** After a label: the field may stay empty. */
    optional: string;
    chooseReason: string;
    /** The note is required for "Something else". */
    noteRequired: string;
    sendFlag: string;
    sending: string;
    /** Shown and announced once the flag is stored. */
    thanks: string;
    deleteTitle: string;
    deleteText: string;
    /** The viewer's own accepted answer: why it cannot be deleted. */
    acceptedTitle: string;
    acceptedText: string;
    confirmDelete: string;
    deleting: string;
    /** Announced once the post is deleted. */
    deleted: string;
    /** Accessible name of the edit form. */
    editLabel: string;
    title: string;
    tags: string;
    tagsHint: string;
    editNote: string;
    editNoteHint: string;
    save: string;
    saving: string;
    /** Announced once an edit is stored. */
    saved: string;
    historyTitle: string;
    historyLoading: string;
    /** Revision 1, as first written. */
    original: string;
    revision: (n: number, fmt: Formatters) => string;
    writtenBy: (name: string) => string;
    editedBy: (name: string) => string;
    /** Heading of a revision's diff. */
    changes: string;
    noChanges: string;
    /** Screen-reader text before removed and added runs of a diff, and after each. */
    removed: string;
    added: string;
    changeEnd: string;
  };
  /** The question page (`<majlis-thread>`). */
  thread: {
    sortLabel: string;
    sort: Record<AnswerSort, string>;
    showMoreAnswers: (remaining: number | undefined, fmt: Formatters) => string;
    noAnswers: string;
    notFound: string;
    loading: string;
    loadingMore: string;
    /** An answer's "Link" (copies the answer's address). */
    link: string;
    /** Its accessible name: it contains the visible "Link". */
    answerLink: (authorName: string) => string;
    /** Announced (and shown) once the address is on the clipboard. */
    linkCopied: string;
    /** Announced when copying failed and the link was followed instead. */
    linkNotCopied: string;
    /** The "Share" button of a question or an answer (Web Share where the browser has it, else a menu). */
    share: string;
    /** Its accessible name on the question. */
    shareQuestion: string;
    /** Its accessible name on an answer. */
    shareAnswer: (authorName: string) => string;
  };
  /** The list of questions (`<majlis-question-list>`): filters, search, rows and paging. */
  questionList: {
    /** Accessible name of the list of questions. */
    label: string;
    /** Accessible name of the filter and search bar. */
    filters: string;
    search: string;
    category: string;
    allCategories: string;
    status: string;
    statusOptions: Record<QuestionStatusFilter, string>;
    language: string;
    allLanguages: string;
    sort: string;
    /** `relevance` is offered while searching. */
    sortOptions: Record<QuestionSort | 'relevance', string>;
    /** Before the time of a question's latest activity: "Active 2 days ago". */
    active: string;
    /** How many questions match the filters; shown above the list and announced after a change. */
    results: Count;
    /** The "Load more" button; `remaining` is unknown when the adapter gives no total. */
    loadMore: (remaining: number | undefined, fmt: Formatters) => string;
    loadingMore: string;
    /** Announced after "Load more": `n` questions were added. */
    loaded: Count;
    loading: string;
    /** No question matches the filters or the search. */
    empty: string;
    /** The community has no questions at all. */
    noQuestions: string;
    clearFilters: string;
    /** The button that shows and hides the category, status, language and sort selects on narrow screens. */
    filtersToggle: string;
    /** Read after the button's name: how many of those selects differ from their default ("2 active"). */
    activeFilters: Count;
    /** The active tag filter, beside its clear button. */
    taggedWith: (tag: string) => string;
    /** Accessible name of the "×" button that removes the tag filter. */
    clearTag: (tag: string) => string;
  };
  /** `<majlis-vote-button>`: the kudos toggle. */
  vote: {
    /**
     * Accessible name of the kudos button, the same whether kudos are given or not (`aria-pressed` tells
     * which). The button shows only the number, so every plural form must contain it (`#`).
     */
    label: Count;
    /** Why the button is unavailable: the post is the viewer's own. Tooltip and accessible description. */
    ownPost: string;
    /** Why the button is unavailable to a signed-in viewer otherwise (e.g. a locked question). */
    notAllowed: string;
    /** Announced once the viewer's kudos is saved, with the post's new count. */
    given: Count;
    /** Announced once the viewer's kudos is taken back, with the post's new count. */
    withdrawn: Count;
  };
  /** `<majlis-ideas>`: customers' ideas by topic, a roadmap by status, staff evaluation and monthly winners. */
  ideas: {
    /** Accessible name of the element's region. */
    label: string;
    /** Accessible name of the view switch, and each view's name. */
    viewsLabel: string;
    views: Record<'list' | 'roadmap' | 'winners', string>;
    /** The button that opens the submit form, and the form's heading. */
    share: string;
    shareHeading: string;
    /** Back from an idea or the form to the list. */
    back: string;
    topics: Record<IdeaTopic, string>;
    statuses: Record<IdeaStatus, string>;
    sorts: Record<IdeaSort, string>;
    criteria: Record<IdeaCriterion, string>;
    /** Labels of the filters and the order. */
    topic: string;
    status: string;
    language: string;
    sort: string;
    allTopics: string;
    allStatuses: string;
    allLanguages: string;
    /** The staff-only filter by evaluation: its label, both, evaluated at least once, not evaluated yet. */
    evaluatedFilter: string;
    evaluatedAll: string;
    evaluatedOnly: string;
    notEvaluatedOnly: string;
    /** The submit form's fields. */
    title: string;
    description: string;
    descriptionHint: string;
    /** Heading of the ideas like the one being typed, shown under the title. */
    similar: string;
    submit: string;
    submitting: string;
    cancel: string;
    /** Announced once an idea was submitted. */
    submitted: string;
    /** Shown instead of the share button to an anonymous reader. */
    signIn: string;
    /** A list or a roadmap column with no idea. */
    empty: string;
    emptyColumn: string;
    winnersEmpty: string;
    loading: string;
    unsupported: string;
    /** Under an idea: its comments (the answers of its question). */
    comments: Count;
    /** An idea's thread says "comments" where a question's says "answers" (the thread's and composer's texts). */
    comment: {
      sortLabel: string;
      showMore: (remaining: number | undefined, fmt: Formatters) => string;
      none: string;
      loadingMore: string;
      label: string;
      submit: string;
      posted: string;
    };
    /** The idea's author, for screen readers. */
    by: (name: string) => string;
    /** Heading of staff's public note. */
    note: string;
    /** A merged idea's notice and the link to the idea it went into. */
    merged: string;
    openMerged: string;
    /** The averages of the staff evaluation. */
    evaluation: string;
    evaluators: Count;
    notEvaluated: string;
    /** An average score: "4.5 out of 5". */
    outOfFive: (score: string) => string;
    /** A win: "Idea of the month, March 2027" (`period` already formatted as month and year). */
    winnerOf: (period: string) => string;
    /** The staff controls. */
    staff: string;
    setStatus: string;
    publicNote: string;
    saveStatus: string;
    yourEvaluation: string;
    saveEvaluation: string;
    mergeInto: string;
    chooseIdea: string;
    merge: string;
    month: string;
    markWinner: string;
    /** Announced after a staff change was saved. */
    saved: string;
  };
  /** `<majlis-follow-button>`: follow a question or a category to hear about new answers, or a live session. */
  follow: {
    /** The button while not following. */
    follow: string;
    /** The button while following (`aria-pressed` tells it too). */
    following: string;
    /** Accessible description of the button on a question: what following does. */
    question: string;
    /** Accessible description of the button on a category. */
    category: string;
    /** The button on a live session while not following (its bar has other actions: it names what it follows). */
    followSession: string;
    /** Accessible description of the button on a live session: what following it does. */
    session: string;
  };
  /** `<majlis-care-status>` and the thread's hint beside the composer: whether the operator's experts answer now. */
  care: {
    /** Experts answer now; no reply time is known. */
    online: string;
    /** Experts answer now; `within` is a {@link Messages.care.within} duration ("2 hours"). */
    onlineReply: (within: string) => string;
    /** Experts are back on another day: `day` the weekday ("Sunday"), `time` the reader's clock time, `relative` "in 14 hours". */
    back: (day: string, time: string, relative: string) => string;
    /** Experts are back later today (in the reader's time zone). */
    backToday: (time: string, relative: string) => string;
    /** No opening in the coming year (holidays, an empty schedule). */
    away: string;
    /** The page's schedule is not valid: a configuration error (the console says what is wrong). */
    invalidSchedule: string;
    /** A typical reply time, as it follows "within" in {@link Messages.care.onlineReply}. */
    within: { minute: Count; hour: Count; day: Count };
  };
  /** `<majlis-share-menu>`: where the browser cannot share itself, links to share a question or an answer. */
  share: {
    /** The menu's accessible name. */
    menu: string;
    /** A link that shares on a network (`X`, `WhatsApp`, `Facebook`: names kept as they are). */
    on: (network: string) => string;
    copy: string;
    copied: string;
    notCopied: string;
  };
  /** `<majlis-accept-button>`: marks an answer as the accepted solution. */
  accept: {
    /** The button while the answer is not the accepted solution. */
    mark: string;
    /** The button while it is; selecting it again undoes the accept. */
    unmark: string;
    /** Announced once the adapter confirmed the accept. */
    marked: string;
    /** Announced once the adapter confirmed the undo. */
    unmarked: string;
  };
  /** The answer form (`<majlis-composer>`). */
  composer: {
    /** Visible label of the answer field. */
    label: string;
    /** Accessible name of the Write/Preview tabs. */
    modes: string;
    write: string;
    preview: string;
    nothingToPreview: string;
    /** Accessible name of the formatting toolbar; the rest are its buttons. */
    toolbar: string;
    bold: string;
    italic: string;
    link: string;
    /** The text of a link inserted with nothing selected ("link text"), selected so typing replaces it. */
    linkText: string;
    code: string;
    list: string;
    /** The visible counter: "123 / 10,000". */
    characters: (count: number, max: number, fmt: Formatters) => string;
    /** The counter as screen readers read it: "123 of 10,000 characters". */
    charactersLabel: (count: number, max: number, fmt: Formatters) => string;
    /** Announced when the text comes near the limit: `n` characters left. */
    charactersLeft: Count;
    /** Shown (and announced) when the text is `n` characters over the limit. */
    tooLong: Count;
    /** Shown when posting fewer than `n` characters. */
    tooShort: Count;
    /** Label of the answer language select. */
    language: string;
    /** Language hint while the answer language is the question's; both are localized language names. */
    languageHint: (questionLanguage: string, writingLanguage: string) => string;
    /** Language hint after the viewer chose another answer language. */
    languageHintChosen: (answerLanguage: string, writingLanguage: string) => string;
    switchLanguage: (language: string) => string;
    /** Dismisses the language hint. */
    keepLanguage: string;
    submit: string;
    posting: string;
    /** Announced once the answer was stored. */
    posted: string;
    /** Shown and announced when the stored answer awaits a moderator's approval. */
    pending: string;
    /** Shown to anonymous viewers above the sign-in button. */
    signInPrompt: string;
    signIn: string;
    locked: string;
    /** A signed-in viewer who may not answer (the backend said so). */
    cannotAnswer: string;
  };
  /** The new-question form (`<majlis-ask-form>`); its editor reuses the `composer` tab and toolbar strings. */
  askForm: {
    /** Accessible name of the form. */
    label: string;
    title: string;
    /** Under the title label: what makes a good title. */
    titleHint: string;
    titleRequired: string;
    /** The title has fewer than `n` characters. */
    titleTooShort: Count;
    /** The title is `n` characters over the limit. */
    titleTooLong: Count;
    body: string;
    bodyHint: string;
    bodyRequired: string;
    bodyTooShort: Count;
    bodyTooLong: Count;
    category: string;
    /** The empty first option of the category select. */
    chooseCategory: string;
    categoryRequired: string;
    language: string;
    /** "(optional)" after the tags label. */
    optional: string;
    tags: string;
    /** How to enter tags; `max` is the most a question may have. */
    tagsHint: (max: number, fmt: Formatters) => string;
    /** A tag longer than `n` characters. */
    tagTooLong: Count;
    /** More than `n` tags. */
    tooManyTags: Count;
    /** Accessible name of a tag chip's remove button. */
    removeTag: (tag: string) => string;
    /** Heading above the suggestions while the title is typed. */
    similarHeading: string;
    /** Announced when suggestions appear: `n` similar questions. */
    similarFound: Count;
    submit: string;
    submitting: string;
    /** Announced once the question was stored. */
    posted: string;
    /** Shown and announced when the stored question awaits a moderator's approval. */
    pending: string;
    /** Shown to anonymous viewers above the sign-in button. */
    signInPrompt: string;
    signIn: string;
    /** Language hint: the question is set to one language but written in another (localized names). */
    languageHint: (selected: string, writing: string) => string;
  };
  /** `<majlis-leaderboard>`: top contributors and most helpful answers of a period. */
  /**
   * The personal-data guard of the composer and the ask form (phone numbers, e-mail addresses, IBANs, IMEIs,
   * ICCIDs). Its texts travel with the detector's chunk.
   */
  personalData: {
    /** Heading of the warning. */
    heading: string;
    /** What was found: `summary` joins the counts below ("a phone number and 2 e-mail addresses"). */
    found: (summary: string) => string;
    phone: Count;
    email: Count;
    iban: Count;
    imei: Count;
    iccid: Count;
    /** The label of each finding in the list, before its masked form. */
    kinds: Record<PersonalDataKind, string>;
    /** The two ways on: mask, or post anyway when the data is meant to be public. */
    explanation: string;
    /** Replaces every finding in the text with its mask. */
    mask: string;
    /** Posts with the data as written. */
    postAnyway: string;
    /** Announced after masking. */
    masked: string;
  };
  leaderboard: {
    /** The heading of each mode. */
    heading: Record<'members' | 'answers', string>;
    /** Accessible name of the period control (This week / This month / All time). */
    period: string;
    periods: Record<'week' | 'month' | 'all', string>;
    /** Label of the metric select. */
    metric: string;
    metrics: Record<'reputation' | 'solutions' | 'kudos', string>;
    /** Accessible text of a row's position: "Position 1". */
    position: (n: number, fmt: Formatters) => string;
    /** A row of the answers mode: "Answer by Layla". */
    answerBy: (name: string) => string;
    /** Nobody earned anything in the period, by period. */
    emptyMembers: Record<'week' | 'month' | 'all', string>;
    /** No answer received kudos in the period, by period. */
    emptyAnswers: Record<'week' | 'month' | 'all', string>;
    loading: string;
    /** The adapter has no leaderboard capability. */
    unsupported: string;
  };
  /** `<majlis-moderation-queue>`: moderators' queue of reported, waiting and hidden posts, and the audit log. */
  moderationQueue: {
    heading: string;
    /** Accessible name of the tabs. */
    tabsLabel: string;
    tabs: Record<QueueTab | 'audit', string>;
    /** Shown to an anonymous viewer above the sign-in button. */
    signInPrompt: string;
    /** A signed-in viewer who is neither a moderator nor staff. */
    forbidden: string;
    /** The adapter has no `moderate` capability. */
    unsupported: string;
    loading: string;
    /** An empty tab. */
    empty: Record<QueueTab, string>;
    auditEmpty: string;
    loadMore: string;
    loadingMore: string;
    /** What an item is about. */
    kind: Record<'question' | 'answer', string>;
    /** Accessible name of an item: its kind and its question's title. */
    itemLabel: (kind: string, title: string) => string;
    states: Record<PostState, string>;
    pinned: string;
    duplicate: string;
    /** The heading of an item's open flags: "3 flags". */
    flags: Count;
    flagReasons: Record<FlagReason, string>;
    /** Who flagged, hid or deleted: "by Sam". */
    by: (name: string) => string;
    /** A post hidden on its own, by reaching the flag threshold. */
    automatically: string;
    reason: string;
    showLess: string;
    suspendedUntil: (date: string) => string;
    suspendedIndefinitely: string;
    /** The buttons of an item. */
    actions: Record<Exclude<ModerationAction, QueueLessAction | 'unsuspend'> | 'edit' | 'history', string>;
    moreActions: string;
    /** Accessible name of an item's actions. */
    actionsLabel: string;
    /** Under a reason field: who will read it. */
    reasonHint: Record<'hide' | 'delete' | 'suspend', string>;
    reasonRequired: string;
    /** The reason is `n` characters over the limit. */
    reasonTooLong: Count;
    /** The submit button of each action's form. */
    submit: Record<'hide' | 'delete' | 'move' | 'mark-duplicate' | 'suspend', string>;
    category: string;
    duplicateOf: string;
    duplicateHint: string;
    duplicateRequired: string;
    duplicateSelf: string;
    duplicateNotFound: string;
    period: string;
    periods: Record<'day' | 'week' | 'month' | 'indefinite', string>;
    /** Announced once an action is confirmed. */
    done: Record<ModerationAction, string>;
    selectAll: string;
    /** Accessible name of an item's checkbox. */
    select: (title: string) => string;
    selected: Count;
    /** Accessible name of the bulk actions bar. */
    bulkLabel: string;
    /** After a bulk action: `n` posts done. */
    bulkDone: Count;
    /** After a bulk action: `n` posts failed (each says why). */
    bulkFailed: Count;
    shortcuts: string;
    shortcutsHint: string;
    shortcutKeys: Record<'next' | 'previous' | 'select' | 'approve' | 'hide' | 'dismiss' | 'help', string>;
    /** The audit log's name for each action. */
    auditActions: Record<AuditAction, string>;
    /** The actor of what happened on its own. */
    system: string;
    targets: Record<ModerationTarget, string>;
    /** Before the post's title when the audit log shows one post's history: "History of:". */
    historyOf: string;
    showAll: string;
    /** Labels of known audit details. */
    details: Record<'from' | 'to' | 'until' | 'duplicateOf' | 'flags' | 'revision', string>;
  };
  common: {
    retry: string;
    loading: string;
    cancel: string;
    close: string;
    signIn: string;
    showMore: string;
  };
  error: ErrorMessages;
  /** Labels of input fields, as error messages name them. */
  field: Record<FieldName, string>;
  /** Shown in place of an element that cannot work as configured. */
  config: {
    /** No adapter from an ancestor, from `configure()` or from an `endpoint` attribute. */
    noAdapter: string;
    /** An `endpoint` attribute, but no REST adapter in this build to serve it. */
    restUnavailable: string;
  };
  count: {
    kudos: Count;
    answers: Count;
    questions: Count;
    /** Reputation points. */
    points: Count;
    acceptedSolutions: Count;
    /** Accepted solutions as a leaderboard figure: "3 solutions". */
    solutions: Count;
  };
  role: Record<Role, string>;
  /** Ranks, badges and the rules of reputation (user card, leaderboard, announcements). */
  recognition: {
    /** The default ranks, by id; an operator's own ranks bring their names. */
    ranks: Record<'newcomer' | 'member' | 'helper' | 'expert' | 'guru', string>;
    /** The default badges, by id. */
    badges: Record<'first-question' | 'first-answer' | 'first-solution' | 'ten-solutions' | 'hundred-kudos' | 'polyglot' | 'idea-of-the-month', string>;
    /** How to earn a badge of each metric, `n` being its threshold. */
    earnBy: Record<'answers' | 'solutions' | 'kudosReceived' | 'helpfulLanguages' | 'questions', Count>;
    /** Tooltip and description of an earned badge; `date` is formatted. */
    earnedOn: (date: string) => string;
    /** Announced once when the viewer earns a badge. */
    earned: (badge: string) => string;
    /** How far the next rank is: "120 points to Helper". */
    pointsTo: (n: number, rank: string, fmt: Formatters) => string;
    /** The summary of the "How reputation works" disclosure. */
    howItWorks: string;
    /** Points per kudos on an answer. */
    answerKudos: Count;
    /** Points per kudos on a question. */
    questionKudos: Count;
    /** Points per accepted solution. */
    acceptedAnswer: Count;
    /** Points per question asked (shown only when more than 0). */
    questionAsked: Count;
    /** The daily cap on points from kudos. */
    dailyCap: Count;
    /** Withdrawn kudos and acceptances, and the floor at zero. */
    undone: string;
    ranksHeading: string;
    /** A rank's threshold: "from 200 points". */
    from: Count;
    badgesHeading: string;
  };
  /** `<majlis-user-card>`: the author chip and its profile popover. */
  userCard: {
    /** The chip's name when the member could not be loaded. */
    unknownUser: string;
    /** Labels of the popover's figures. */
    reputation: string;
    rank: string;
    acceptedSolutions: string;
    kudosReceived: string;
    memberSince: string;
    /** Label of the member's earned badges. */
    badges: string;
    /** Label of the member's position by reputation. */
    position: string;
    /** The member's position by reputation: "#3 in the community". */
    rankValue: (rank: number, fmt: Formatters) => string;
    /** In place of {@link rankValue} when the member has no rank yet. */
    unranked: string;
  };
  /** Badges of questions (`open`, `locked`, `solved`) and answers (the rest). */
  status: Record<QuestionStatus, string> & {
    solved: string;
    acceptedSolution: string;
    mostHelpful: string;
    edited: string;
  };
  /** `<majlis-live-session>`: a scheduled session where hosts answer members' questions, live. */
  liveSession: {
    /** The element's accessible name when the session is not loaded yet. */
    label: string;
    /** The phase badge. */
    phases: Record<SessionPhase, string>;
    /** Before the list of hosts' names. */
    hostedBy: string;
    /** The label before the start and end times. */
    when: string;
    addToCalendar: string;
    share: string;
    follow: string;
    /** The ask form's heading. */
    askHeading: string;
    questionLabel: string;
    detailsLabel: string;
    detailsHint: string;
    submit: string;
    submitting: string;
    /** Announced once the question is in. */
    asked: string;
    signIn: string;
    signInButton: string;
    /** Shown instead of the form, and as the refusal of a question sent too late. */
    endedNotice: string;
    questionsHeading: string;
    filterLabel: string;
    filters: Record<SessionQuestionFilter, string>;
    sortLabel: string;
    sorts: Record<SessionQuestionSort, string>;
    empty: string;
    emptyFiltered: string;
    /** The visible label of a host's answer. */
    host: string;
    /** Announced when a host's answer arrives live: `title` is the question's. */
    hostAnswered: (name: string, title: string) => string;
    /** A question's status chip. */
    answered: string;
    waiting: string;
    more: string;
    summaryHeading: string;
    askedCount: Count;
    answeredCount: Count;
    hostAnswers: Count;
    topQuestions: string;
    edit: string;
    create: string;
    editHeading: string;
    createHeading: string;
    fields: { title: string; description: string; hashtag: string; hosts: string; hostsHint: string; startsAt: string; endsAt: string };
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    unsupported: string;
  };
}

/** Overrides a host registers: any subset of keys, at any depth. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
