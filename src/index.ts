/**
 * Majlis: embeddable community Q&A elements. Importing this module defines every `majlis-*` element
 * (providers before consumers) and nothing else; everything a page or an adapter author touches is
 * re-exported from here.
 */
import { ContextRoot } from '@lit/context';
import { setEndpointAdapterFactory } from './core/context.js';
import { defineOnce } from './core/define.js';
import { defineLazy, watchDocument } from './core/lazy.js';
import { MajlisThread } from './components/thread/thread.js';

// A consumer defined (or upgraded) before its provider still finds it once the provider arrives.
if (typeof document !== 'undefined' && document.body) new ContextRoot().attach(document.body);

defineOnce('majlis-thread', MajlisThread);

// An `endpoint` attribute talks to the REST adapter, a chunk fetched the first time an element uses one.
setEndpointAdapterFactory((endpoint) => import('./adapters/rest.js').then(({ RestAdapter }) => new RestAdapter({ endpoint })));

/** The texts of the composer and the board: in the standalone build they travel with those chunks. */
const composerTexts = () => import('./core/i18n/areas/composer.js').then((m) => m.addComposerTexts());
const boardTexts = () => import('./core/i18n/areas/board.js').then((m) => m.addBoardTexts());
const leaderboardTexts = () => import('./core/i18n/areas/leaderboard.js').then((m) => m.addLeaderboardTexts());
const queueTexts = () => import('./core/i18n/areas/queue.js').then((m) => m.addQueueTexts());
const liveSessionTexts = () => import('./core/i18n/areas/liveSession.js').then((m) => m.addLiveSessionTexts());
const ideaTexts = () => import('./core/i18n/areas/ideas.js').then((m) => m.addIdeaTexts());
const followTexts = () => import('./core/i18n/areas/follow.js').then((m) => m.addFollowTexts());
const shareTexts = () => import('./core/i18n/areas/share.js').then((m) => m.addShareTexts());
const postTexts = () => import('./core/i18n/areas/post.js').then((m) => m.addPostTexts());
const acceptTexts = () => import('./core/i18n/areas/accept.js').then((m) => m.addAcceptTexts());
const careTexts = () => import('./core/i18n/areas/care.js').then((m) => m.addCareTexts());
const recognitionTexts = () => import('./core/i18n/areas/recognition.js').then((m) => m.addRecognitionTexts());
const postActionsTexts = () => import('./core/i18n/areas/postActions.js').then((m) => m.addPostActionsTexts());
/**
 * Why a flag, an edit or a delete was refused: with the elements that do those, never on a reader's page. A post
 * (answer, question) fetches them while it is sent (src/core/writing.ts).
 */
const refusalTexts = () => import('./core/i18n/areas/refusals.js').then((m) => m.addRefusalTexts());

/** A lazy element defined once its code and its texts (in the page's languages) are in. */
function withTexts<T>(load: () => Promise<T>, ...texts: (() => Promise<void>)[]): () => Promise<T> {
  return () => Promise.all([load(), ...texts.map((add) => add())]).then(([element]) => element);
}

// Everything else is a chunk beside the bundle, fetched the first time its tag appears (or when a view that
// will render it starts loading its data, so code and data arrive in parallel).
defineLazy('majlis-post', withTexts(() => import('./components/post/post.js').then((m) => m.MajlisPost), postTexts));
defineLazy('majlis-vote-button', () => import('./components/vote-button/vote-button.js').then((m) => m.MajlisVoteButton));
defineLazy('majlis-user-card', () => import('./components/user-card/user-card.js').then((m) => m.MajlisUserCard));
defineLazy('majlis-relative-time', () => import('./components/relative-time/relative-time.js').then((m) => m.MajlisRelativeTime));
defineLazy('majlis-accept-button', withTexts(() => import('./components/accept-button/accept-button.js').then((m) => m.MajlisAcceptButton), acceptTexts));
defineLazy('majlis-community', withTexts(() => import('./components/community/community.js').then((m) => m.MajlisCommunity), boardTexts, recognitionTexts));
defineLazy('majlis-composer', withTexts(() => import('./components/composer/composer.js').then((m) => m.MajlisComposer), composerTexts));
defineLazy('majlis-ask-form', withTexts(() => import('./components/ask-form/ask-form.js').then((m) => m.MajlisAskForm), composerTexts, boardTexts));
defineLazy('majlis-question-list', withTexts(() => import('./components/question-list/question-list.js').then((m) => m.MajlisQuestionList), boardTexts));
// A post's menu, editor and history: loaded when a viewer first opens them (the post renders them on demand).
defineLazy('majlis-post-menu', withTexts(() => import('./components/post-menu/post-menu.js').then((m) => m.MajlisPostMenu), postTexts, postActionsTexts, refusalTexts));
defineLazy('majlis-post-editor', withTexts(() => import('./components/post-editor/post-editor.js').then((m) => m.MajlisPostEditor), composerTexts, postActionsTexts, refusalTexts));
defineLazy('majlis-revision-history', withTexts(() => import('./components/revision-history/revision-history.js').then((m) => m.MajlisRevisionHistory), postActionsTexts));
defineLazy('majlis-leaderboard', withTexts(() => import('./components/leaderboard/leaderboard.js').then((m) => m.MajlisLeaderboard), leaderboardTexts, recognitionTexts));
defineLazy('majlis-follow-button', withTexts(() => import('./components/follow-button/follow-button.js').then((m) => m.MajlisFollowButton), followTexts));
defineLazy('majlis-share-menu', withTexts(() => import('./components/share-menu/share-menu.js').then((m) => m.MajlisShareMenu), shareTexts));
defineLazy('majlis-care-status', withTexts(() => import('./components/care-status/care-status.js').then((m) => m.MajlisCareStatus), careTexts));
defineLazy('majlis-ideas', withTexts(() => import('./components/ideas/ideas.js').then((m) => m.MajlisIdeas), ideaTexts, followTexts));
defineLazy('majlis-idea-form', withTexts(() => import('./components/ideas/idea-form.js').then((m) => m.MajlisIdeaForm), ideaTexts, composerTexts));
defineLazy('majlis-live-session', withTexts(() => import('./components/live-session/live-session.js').then((m) => m.MajlisLiveSession), liveSessionTexts));
defineLazy('majlis-moderation-queue', withTexts(() => import('./components/moderation-queue/moderation-queue.js').then((m) => m.MajlisModerationQueue), queueTexts));

watchDocument();

export { MajlisThread };
export type { MajlisPost } from './components/post/post.js';
export type { MajlisVoteButton } from './components/vote-button/vote-button.js';
export type { MajlisUserCard } from './components/user-card/user-card.js';
export type { MajlisRelativeTime } from './components/relative-time/relative-time.js';
export type { MajlisAcceptButton } from './components/accept-button/accept-button.js';
export type { MajlisComposer } from './components/composer/composer.js';
export type { MajlisAskForm } from './components/ask-form/ask-form.js';
export type { MajlisQuestionList } from './components/question-list/question-list.js';
export type { MajlisCommunity } from './components/community/community.js';
export type { MajlisLeaderboard } from './components/leaderboard/leaderboard.js';
export type { MajlisPostMenu } from './components/post-menu/post-menu.js';
export type { MajlisHandoffNotice } from './components/handoff-notice/handoff-notice.js';
export type { MajlisPostEditor } from './components/post-editor/post-editor.js';
export type { MajlisRevisionHistory } from './components/revision-history/revision-history.js';
export type { MajlisModerationQueue } from './components/moderation-queue/moderation-queue.js';
export type { MajlisFollowButton } from './components/follow-button/follow-button.js';
export type { MajlisShareMenu } from './components/share-menu/share-menu.js';
export type { MajlisCareStatus } from './components/care-status/care-status.js';
export type { CareSchedule, CareState, Weekday } from './core/care-schedule.js';
export type { MajlisIdeas } from './components/ideas/ideas.js';
export type { MajlisIdeaForm } from './components/ideas/idea-form.js';
export type { MajlisLiveSession } from './components/live-session/live-session.js';
export type { MajlisSessionAskForm } from './components/live-session/session-ask-form.js';
export { loadElement } from './core/lazy.js';
export type { RestAdapter, RestAdapterOptions } from './adapters/rest.js';

export type * from './core/types.js';
export type { CommunitySeed, SeedAnswer, SeedCategory, SeedFollow, SeedIdea, SeedLiveSession, SeedQuestion, SeedUser, SeedVote } from './core/seed.js';
export { DEFAULT_REPUTATION, LIMITS, REPUTATION, ROLES } from './core/types.js';
export type { BadgeFigures, RankStanding, RecognitionOptions, ResolvedLeaderboardQuery } from './core/recognition.js';
export { MajlisError, ERROR_CODES, isMajlisError, supports, toMajlisError } from './core/adapter.js';
export type { CommunityAdapter, MajlisErrorCode, MajlisErrorOptions, OptionalCapability } from './core/adapter.js';
export { MajlisStore, StoreErrorEvent, storeFor } from './core/store.js';
export type { StoreChange, StoreKey, StoreListener } from './core/store.js';
export { configure, defaultStore, storeContext } from './core/context.js';
export type { MajlisConfig } from './core/context.js';
export * from './core/events.js';
export type { MajlisUnansweredEvent } from './core/care.js';
export { registerMessages, loadMessages } from './core/i18n/index.js';
export type { DeepPartial, Messages } from './core/i18n/index.js';
export { VERSION, defineOnce } from './core/define.js';
