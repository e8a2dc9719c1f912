// Generated from custom-elements.json by scripts/analyze.mjs (`npm run build`, `npm run analyze`): do not edit.
// test/lint/generated.test.mjs fails when this file is not what the manifest gives.
/**
 * `majlis/react`: every Majlis element as a React component (`@lit/react`): props are the element's properties
 * (set as properties, so `adapter={…}` passes the object itself), `onMajlis…` props its events and those of the
 * Majlis elements inside it (they bubble and cross shadow roots). Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import './index.js';
import type {
  MajlisAcceptButton as MajlisAcceptButtonElement,
  MajlisAskForm as MajlisAskFormElement,
  MajlisCareStatus as MajlisCareStatusElement,
  MajlisCommunity as MajlisCommunityElement,
  MajlisComposer as MajlisComposerElement,
  MajlisFollowButton as MajlisFollowButtonElement,
  MajlisHandoffNotice as MajlisHandoffNoticeElement,
  MajlisIdeaForm as MajlisIdeaFormElement,
  MajlisIdeas as MajlisIdeasElement,
  MajlisLeaderboard as MajlisLeaderboardElement,
  MajlisLiveSession as MajlisLiveSessionElement,
  MajlisModerationQueue as MajlisModerationQueueElement,
  MajlisPost as MajlisPostElement,
  MajlisPostEditor as MajlisPostEditorElement,
  MajlisPostMenu as MajlisPostMenuElement,
  MajlisQuestionList as MajlisQuestionListElement,
  MajlisRelativeTime as MajlisRelativeTimeElement,
  MajlisRevisionHistory as MajlisRevisionHistoryElement,
  MajlisSessionAskForm as MajlisSessionAskFormElement,
  MajlisShareMenu as MajlisShareMenuElement,
  MajlisThread as MajlisThreadElement,
  MajlisUserCard as MajlisUserCardElement,
  MajlisVoteButton as MajlisVoteButtonElement,
} from './index.js';

/**
 * What `@lit/react` reads of an element's class: which props are properties (`prop in prototype`), from the
 * manifest, so that the lazily defined elements' code is not imported with this module.
 */
function shape<Element extends HTMLElement>(name: string, properties: readonly string[]): new () => Element {
  const prototype = Object.fromEntries(properties.map((property) => [property, undefined]));
  return { name, prototype } as unknown as new () => Element;
}

/** `<majlis-accept-button>`: Marks an answer as the accepted solution, or undoes it: a toggle shown only to viewers the answer's `viewerCan.accept` allows (the asker, staff, moderators); for everyone else the element is `hidden`. The change shows at once and rolls back if the adapter refuses. */
export const MajlisAcceptButton = createComponent({
  react: React,
  tagName: 'majlis-accept-button',
  elementClass: shape<MajlisAcceptButtonElement>('MajlisAcceptButton', ['answerId', 'theme', 'messages']),
  events: {
    onMajlisAccept: 'majlis-accept' as EventName<GlobalEventHandlersEventMap['majlis-accept']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
  },
});

/** `<majlis-ask-form>`: The new-question form: a title (with similar questions, solved ones first, shown while it is typed), Markdown details with the composer's toolbar and preview, a category, the question's language (preset from the page) and optional tags. Validation messages sit next to their fields; the draft survives a reload or a failed post. Anonymous viewers get a sign-in prompt. */
export const MajlisAskForm = createComponent({
  react: React,
  tagName: 'majlis-ask-form',
  elementClass: shape<MajlisAskFormElement>('MajlisAskForm', ['theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
    onMajlisQuestionAsked: 'majlis-question-asked' as EventName<GlobalEventHandlersEventMap['majlis-question-asked']>,
  },
});

/** `<majlis-care-status>`: Whether the operator's experts answer now, from the support hours in `schedule`, in the reader's language and time zone: "Our experts are online — typical reply within 2 hours" or "Back Sunday 09:00 (in 14 hours); members may answer sooner". The typical reply time comes from the adapter (capability `careStats`: the median time to the first answer by staff or an expert over the last 30 days) and is left out when the adapter cannot tell. Threads show the same line beside the composer when given a `care-schedule`. */
export const MajlisCareStatus = createComponent({
  react: React,
  tagName: 'majlis-care-status',
  elementClass: shape<MajlisCareStatusElement>('MajlisCareStatus', ['schedule', 'timeZone', 'questionId', 'theme', 'messages']),
  events: {
    onMajlisUnanswered: 'majlis-unanswered' as EventName<GlobalEventHandlersEventMap['majlis-unanswered']>,
  },
});

/** `<majlis-community>`: The whole board in one tag: the question list, a question's thread and the ask form, with the browser's back button working (hash routes by default) and focus moved to the new view's heading. It provides its adapter to every Majlis element inside it, and announces (politely, once) a badge the signed-in viewer earned. Routes (`routing="hash"`): `#/questions` for the list, its search, filters and order as parameters (`#/questions?q=esim&category=network-quality&status=solved&language=nl&sort=newest`, defaults left out); `#/questions/<id>` for a thread, `#/questions/<id>/answers/<answerId>` for one answer (the thread scrolls to it and focuses it); `#/ask`. Changing a filter rewrites the list's entry (`replaceState`), opening a thread adds one; coming back (the Back link or the browser's) shows the list as it was, scrolled where it was, with focus on the question the viewer came from. */
export const MajlisCommunity = createComponent({
  react: React,
  tagName: 'majlis-community',
  elementClass: shape<MajlisCommunityElement>('MajlisCommunity', ['adapter', 'endpoint', 'routing', 'view', 'questionId', 'headingLevel', 'hrefPattern', 'answerHrefPattern', 'careSchedule', 'shareHashtag', 'syncTitle', 'theme', 'messages']),
  events: {
    onMajlisAccept: 'majlis-accept' as EventName<GlobalEventHandlersEventMap['majlis-accept']>,
    onMajlisAnswerPosted: 'majlis-answer-posted' as EventName<GlobalEventHandlersEventMap['majlis-answer-posted']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFiltersChanged: 'majlis-filters-changed' as EventName<GlobalEventHandlersEventMap['majlis-filters-changed']>,
    onMajlisFlag: 'majlis-flag' as EventName<GlobalEventHandlersEventMap['majlis-flag']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
    onMajlisPostDeleted: 'majlis-post-deleted' as EventName<GlobalEventHandlersEventMap['majlis-post-deleted']>,
    onMajlisPostEdited: 'majlis-post-edited' as EventName<GlobalEventHandlersEventMap['majlis-post-edited']>,
    onMajlisQuestionAsked: 'majlis-question-asked' as EventName<GlobalEventHandlersEventMap['majlis-question-asked']>,
    onMajlisUnanswered: 'majlis-unanswered' as EventName<GlobalEventHandlersEventMap['majlis-unanswered']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});

/** `<majlis-composer>`: The answer form under a question: Markdown with a formatting toolbar and a preview, a character count, the answer language (with a hint when the text is in another language), and drafts that survive a reload or a failed post. Anonymous viewers get a sign-in prompt, locked questions a notice. */
export const MajlisComposer = createComponent({
  react: React,
  tagName: 'majlis-composer',
  elementClass: shape<MajlisComposerElement>('MajlisComposer', ['questionId', 'theme', 'messages']),
  events: {
    onMajlisAnswerPosted: 'majlis-answer-posted' as EventName<GlobalEventHandlersEventMap['majlis-answer-posted']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
  },
});

/** `<majlis-follow-button>`: Follows a question or a category, so the member hears about new answers, or a live session (`session`), to hear when its hosts answer (by mail, from a server that sends them). A toggle: "Follow" / "Following", changed at once and rolled back if the adapter refuses. Hidden when the adapter has no `follow` capability. Anonymous viewers get a sign-in request, as with kudos. */
export const MajlisFollowButton = createComponent({
  react: React,
  tagName: 'majlis-follow-button',
  elementClass: shape<MajlisFollowButtonElement>('MajlisFollowButton', ['target', 'targetId', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
  },
});

/** `<majlis-handoff-notice>`: What every reader sees above a question staff handed to customer care (`question.handoff`): a heading, the care team's public note, and who handed it over and when, in the reader's language. `<majlis-post>` renders it for a handed-over question; its code and texts are a chunk of their own, fetched only then (the tag is registered by the post's code, so it is defined once a `<majlis-post>` or `<majlis-thread>` has loaded). */
export const MajlisHandoffNotice = createComponent({
  react: React,
  tagName: 'majlis-handoff-notice',
  elementClass: shape<MajlisHandoffNoticeElement>('MajlisHandoffNotice', ['handoff', 'theme', 'messages']),
  events: {},
});

/** `<majlis-idea-form>`: The form `<majlis-ideas>` shows to share an idea: a title (with similar ideas shown while it is typed), a Markdown description with the composer's editor (write and preview, toolbar, Ctrl+Enter shares), a topic and a language, and the personal-data guard of the ask form (phone numbers, IMEIs, IBANs… masked or kept). A refusal keeps everything typed. Its own lazy chunk, fetched when a member first opens the form. */
export const MajlisIdeaForm = createComponent({
  react: React,
  tagName: 'majlis-idea-form',
  elementClass: shape<MajlisIdeaFormElement>('MajlisIdeaForm', ['category', 'headingLevel', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
  },
});

/** `<majlis-ideas>`: Customers' ideas for the operator: a list filtered by topic, status and language (most kudos, newest or trending; staff also filter by evaluated or not and order by top rated), a roadmap with one column per status, a winners' wall ("Idea of the month"), a form to share an idea, and an idea's page: its status, the team's note and evaluation averages above its thread (kudos, comments, follow), with the team's controls (status and note, evaluation, merge, winner) for staff only. Needs an adapter with the `ideas` capability. */
export const MajlisIdeas = createComponent({
  react: React,
  tagName: 'majlis-ideas',
  elementClass: shape<MajlisIdeasElement>('MajlisIdeas', ['view', 'ideaId', 'topic', 'status', 'language', 'sort', 'evaluated', 'category', 'headingLevel', 'theme', 'messages']),
  events: {
    onMajlisAccept: 'majlis-accept' as EventName<GlobalEventHandlersEventMap['majlis-accept']>,
    onMajlisAnswerPosted: 'majlis-answer-posted' as EventName<GlobalEventHandlersEventMap['majlis-answer-posted']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFlag: 'majlis-flag' as EventName<GlobalEventHandlersEventMap['majlis-flag']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
    onMajlisPostDeleted: 'majlis-post-deleted' as EventName<GlobalEventHandlersEventMap['majlis-post-deleted']>,
    onMajlisPostEdited: 'majlis-post-edited' as EventName<GlobalEventHandlersEventMap['majlis-post-edited']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});

/** `<majlis-leaderboard>`: The community's top contributors of a period (this week, this month, all time; counted in the viewer's time zone) by reputation gained, accepted solutions or kudos received, optionally for one category and one content language: position, member (avatar, name, role), earned badges and the figure. With `mode="answers"`, the most helpful answers of the period instead, accepted ones first, each linking to its thread. Refreshes by itself after kudos, accepts and answers. */
export const MajlisLeaderboard = createComponent({
  react: React,
  tagName: 'majlis-leaderboard',
  elementClass: shape<MajlisLeaderboardElement>('MajlisLeaderboard', ['mode', 'period', 'metric', 'category', 'language', 'limit', 'headingLevel', 'hrefPattern', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisLeaderboardChange: 'majlis-leaderboard-change' as EventName<GlobalEventHandlersEventMap['majlis-leaderboard-change']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
  },
});

/** `<majlis-live-session>`: A live "ask the experts" session: its title, hosts, time (in the reader's language and time zone), phase (Upcoming, Live now, Ended) and hashtag; before and during it a form to ask and the questions with their kudos, most wanted first, with an Answered / Waiting filter; during it the hosts' answers arrive without a reload, highlighted and labelled "Host", and are announced; after it the archive with its summary. "Add to calendar" downloads an `.ics` file; "Share" carries the session's hashtag. Staff see "Edit session" and "New session". Needs an adapter with the `liveSessions` capability (and `subscribe` for live updates). */
export const MajlisLiveSession = createComponent({
  react: React,
  tagName: 'majlis-live-session',
  elementClass: shape<MajlisLiveSessionElement>('MajlisLiveSession', ['sessionId', 'filter', 'sort', 'timeZone', 'headingLevel', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});

/** `<majlis-moderation-queue>`: The moderators' and staff's work queue: posts reported by members, posts awaiting approval (pre-moderation) and hidden posts, each in context (its question, author with role and reputation, time, the post itself, its flags with their reasons and notes, who hid it and why), with the actions a moderator takes: approve, hide or delete with a reason readers see, restore, dismiss flags, lock or unlock the thread, pin, move to another category, mark as a duplicate, suspend the author for a period, edit in the thread; on one post, or on a selection at once. Keyboard shortcuts (listed in the element) speed up the work; the audit log (who did what, when and why) is the last tab, filtered to one post from its "History of this post". Shown only to moderators and staff on a community whose adapter has the `moderate` capability; anyone else sees why. */
export const MajlisModerationQueue = createComponent({
  react: React,
  tagName: 'majlis-moderation-queue',
  elementClass: shape<MajlisModerationQueueElement>('MajlisModerationQueue', ['tab', 'category', 'headingLevel', 'hrefPattern', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisModerated: 'majlis-moderated' as EventName<GlobalEventHandlersEventMap['majlis-moderated']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
  },
});

/** `<majlis-post>`: One question or answer: author, time, Markdown body (sanitized), kudos and — for answers — the accepted-solution marker and accept button. Used by `<majlis-thread>`, usable on its own. The author chip (with its profile card), the time and the kudos toggle are rendered in the post's own template (what `<majlis-user-card>`, `<majlis-relative-time>` and `<majlis-vote-button>` render on their own), so a thread costs one element per post rather than four. */
export const MajlisPost = createComponent({
  react: React,
  tagName: 'majlis-post',
  elementClass: shape<MajlisPostElement>('MajlisPost', ['type', 'postId', 'headingLevel', 'mostHelpful', 'post', 'theme', 'messages']),
  events: {
    onMajlisAccept: 'majlis-accept' as EventName<GlobalEventHandlersEventMap['majlis-accept']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFlag: 'majlis-flag' as EventName<GlobalEventHandlersEventMap['majlis-flag']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
    onMajlisPostDeleted: 'majlis-post-deleted' as EventName<GlobalEventHandlersEventMap['majlis-post-deleted']>,
    onMajlisPostEdited: 'majlis-post-edited' as EventName<GlobalEventHandlersEventMap['majlis-post-edited']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});

/** `<majlis-post-editor>`: Edits a post in place of its body (`<majlis-post>` renders it when the viewer chooses Edit): the Markdown editor the composer and the ask form share (Write/Preview, toolbar, shortcuts, count), a question's title and tags, and an optional edit note shown in the history. Save sends the edit (not optimistic); Cancel or Escape leaves the post as it was. A refused edit keeps the text and says why (the time to edit has passed …). */
export const MajlisPostEditor = createComponent({
  react: React,
  tagName: 'majlis-post-editor',
  elementClass: shape<MajlisPostEditorElement>('MajlisPostEditor', ['target', 'postId', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisPostEdited: 'majlis-post-edited' as EventName<GlobalEventHandlersEventMap['majlis-post-edited']>,
  },
});

/** `<majlis-post-menu>`: The actions a signed-in viewer may take on a post, as a menu under the post's "More actions" button (which `<majlis-post>` renders, so the menu's code loads only when it is first opened): Edit (the post swaps its body for the editor), Delete (the author's own post, after a confirmation; an accepted answer says why it cannot be), Flag (a dialog of reasons, a note required for "Something else"; "Flagged" once done); and for staff and moderators on a question, "Hand to customer care" (a dialog for the public note every reader then sees above the question) or "Back to the community" (after a confirmation). Items the data does not allow (`viewerCan`) or the adapter cannot do (`supports()`) are left out. Arrow keys, Home and End move through the items, Escape closes the menu and gives focus back to the button. */
export const MajlisPostMenu = createComponent({
  react: React,
  tagName: 'majlis-post-menu',
  elementClass: shape<MajlisPostMenuElement>('MajlisPostMenu', ['target', 'postId', 'open', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFlag: 'majlis-flag' as EventName<GlobalEventHandlersEventMap['majlis-flag']>,
    onMajlisPostDeleted: 'majlis-post-deleted' as EventName<GlobalEventHandlersEventMap['majlis-post-deleted']>,
  },
});

/** `<majlis-question-list>`: The community's questions, filterable by category, status, language and tag, sortable, searchable (matching words highlighted) and paged with "Load more". Each row shows the title (a link), a plain-text excerpt, category, language, kudos, answers, a "Solved" marker, the author and the latest activity. */
export const MajlisQuestionList = createComponent({
  react: React,
  tagName: 'majlis-question-list',
  elementClass: shape<MajlisQuestionListElement>('MajlisQuestionList', ['category', 'status', 'language', 'tag', 'sort', 'search', 'pageSize', 'hrefPattern', 'headingLevel', 'filters', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFiltersChanged: 'majlis-filters-changed' as EventName<GlobalEventHandlersEventMap['majlis-filters-changed']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
  },
});

/** `<majlis-relative-time>`: A time as "3 hours ago" in the element's language, with the full date as `<time datetime>` and a title. It keeps itself current while it is on screen (one shared timer for all instances). */
export const MajlisRelativeTime = createComponent({
  react: React,
  tagName: 'majlis-relative-time',
  elementClass: shape<MajlisRelativeTimeElement>('MajlisRelativeTime', ['datetime', 'theme', 'messages']),
  events: {},
});

/** `<majlis-revision-history>`: A post's edit history in a dialog (`<majlis-post>` opens it from its "Edited" marker): every revision with who made it, when and their note, newest first, and for the chosen one the words it removed and added since the revision before, in the Markdown source (never rendered HTML). Changes are struck through or underlined and named for screen readers ("Removed:", "Added:"), not told by colour alone. */
export const MajlisRevisionHistory = createComponent({
  react: React,
  tagName: 'majlis-revision-history',
  elementClass: shape<MajlisRevisionHistoryElement>('MajlisRevisionHistory', ['target', 'postId', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
  },
});

/** `<majlis-session-ask-form>`: The form `<majlis-live-session>` shows to ask the hosts a question: a title and Markdown details with the composer's editor (write and preview, toolbar, Ctrl+Enter asks), and the personal-data guard of the ask form (phone numbers, IMEIs, IBANs… masked or kept). A refusal keeps everything typed; a question sent after the session ended says so. Written in the page's language. Its own lazy chunk, fetched when a member first focuses the session's form. */
export const MajlisSessionAskForm = createComponent({
  react: React,
  tagName: 'majlis-session-ask-form',
  elementClass: shape<MajlisSessionAskFormElement>('MajlisSessionAskForm', ['sessionId', 'headingLevel', 'questionTitle', 'questionBody', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
  },
});

/** `<majlis-share-menu>`: Shares a question or an answer where the browser cannot share itself (no Web Share API): links that open X's, WhatsApp's and Facebook's own share dialogs (with the hashtag, when there is one) and "Copy link". The thread renders it right after the "Share" button that was pressed (its code loads on that first press) and it takes focus; Escape gives focus back to that button and fires `close`. */
export const MajlisShareMenu = createComponent({
  react: React,
  tagName: 'majlis-share-menu',
  elementClass: shape<MajlisShareMenuElement>('MajlisShareMenu', ['url', 'text', 'hashtag', 'theme', 'messages']),
  events: {},
});

/** `<majlis-thread>`: A question and its answers: the accepted solution first (and the most helpful answer flagged when it has more kudos), the rest in the chosen order, paged with "Show more answers", and the answer composer underneath — or, for a viewer who may not answer, why not (sign-in prompt, locked question): the composer's code is fetched only for a viewer who may answer. */
export const MajlisThread = createComponent({
  react: React,
  tagName: 'majlis-thread',
  elementClass: shape<MajlisThreadElement>('MajlisThread', ['questionId', 'sort', 'pageSize', 'headingLevel', 'answerId', 'answerHrefPattern', 'structuredData', 'theme', 'messages']),
  events: {
    onMajlisAccept: 'majlis-accept' as EventName<GlobalEventHandlersEventMap['majlis-accept']>,
    onMajlisAnswerPosted: 'majlis-answer-posted' as EventName<GlobalEventHandlersEventMap['majlis-answer-posted']>,
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisFlag: 'majlis-flag' as EventName<GlobalEventHandlersEventMap['majlis-flag']>,
    onMajlisFollow: 'majlis-follow' as EventName<GlobalEventHandlersEventMap['majlis-follow']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisNavigate: 'majlis-navigate' as EventName<GlobalEventHandlersEventMap['majlis-navigate']>,
    onMajlisPostDeleted: 'majlis-post-deleted' as EventName<GlobalEventHandlersEventMap['majlis-post-deleted']>,
    onMajlisPostEdited: 'majlis-post-edited' as EventName<GlobalEventHandlersEventMap['majlis-post-edited']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});

/** `<majlis-user-card>`: The author chip next to a post: avatar, name and role badge. Hovering, focusing with the keyboard or clicking it opens a card with the member's reputation, named rank and the points to the next, position, accepted solutions, kudos, membership date and earned badges (loaded on first open), and a "How reputation works" disclosure built from the community's recognition rules. */
export const MajlisUserCard = createComponent({
  react: React,
  tagName: 'majlis-user-card',
  elementClass: shape<MajlisUserCardElement>('MajlisUserCard', ['userId', 'user', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
  },
});

/** `<majlis-vote-button>`: A thumbs-up ("kudos") toggle with the post's count. The count changes at once and rolls back if the adapter refuses. Anonymous viewers get a sign-in request; on their own post (or where kudos are not allowed) the button stays focusable and says why. */
export const MajlisVoteButton = createComponent({
  react: React,
  tagName: 'majlis-vote-button',
  elementClass: shape<MajlisVoteButtonElement>('MajlisVoteButton', ['target', 'targetId', 'theme', 'messages']),
  events: {
    onMajlisError: 'majlis-error' as EventName<GlobalEventHandlersEventMap['majlis-error']>,
    onMajlisLoginRequest: 'majlis-login-request' as EventName<GlobalEventHandlersEventMap['majlis-login-request']>,
    onMajlisVote: 'majlis-vote' as EventName<GlobalEventHandlersEventMap['majlis-vote']>,
  },
});
