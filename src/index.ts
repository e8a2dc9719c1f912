/**
 * Majlis: embeddable community Q&A elements. Importing this module defines every `majlis-*` element
 * (providers before consumers) and nothing else; everything a page or an adapter author touches is
 * re-exported from here.
 */
import { ContextRoot } from '@lit/context';
import { defineOnce } from './core/element.js';
import { defineLazy, watchDocument } from './core/lazy.js';
import { MajlisRelativeTime } from './components/relative-time/relative-time.js';
import { MajlisPost } from './components/post/post.js';
import { MajlisThread } from './components/thread/thread.js';
import { MajlisVoteButton } from './components/vote-button/vote-button.js';
import { MajlisUserCard } from './components/user-card/user-card.js';

// A consumer defined (or upgraded) before its provider still finds it once the provider arrives.
if (typeof document !== 'undefined' && document.body) new ContextRoot().attach(document.body);

// Not needed for a page's first render: fetched as a chunk the first time the tag is used.
defineLazy('majlis-composer', () => import('./components/composer/composer.js').then((m) => m.MajlisComposer));
defineLazy('majlis-accept-button', () => import('./components/accept-button/accept-button.js').then((m) => m.MajlisAcceptButton));

defineOnce('majlis-thread', MajlisThread);
defineOnce('majlis-post', MajlisPost);
defineOnce('majlis-vote-button', MajlisVoteButton);
defineOnce('majlis-user-card', MajlisUserCard);
defineOnce('majlis-relative-time', MajlisRelativeTime);

watchDocument();

export { MajlisThread, MajlisPost, MajlisVoteButton, MajlisUserCard, MajlisRelativeTime };
export type { MajlisComposer } from './components/composer/composer.js';
export type { MajlisAcceptButton } from './components/accept-button/accept-button.js';

export type * from './core/types.js';
export type { CommunitySeed, SeedAnswer, SeedCategory, SeedQuestion, SeedUser, SeedVote } from './core/seed.js';
export { LIMITS, REPUTATION, ROLES } from './core/types.js';
export { MajlisError, ERROR_CODES, isMajlisError, supports, toMajlisError } from './core/adapter.js';
export type { CommunityAdapter, MajlisErrorCode, MajlisErrorOptions, OptionalCapability } from './core/adapter.js';
export { MajlisStore, StoreErrorEvent, storeFor } from './core/store.js';
export type { StoreChange, StoreListener } from './core/store.js';
export { configure, defaultStore, storeContext } from './core/context.js';
export type { MajlisConfig } from './core/context.js';
export * from './core/events.js';
export { markdownToHtml, markdownToText, renderMarkdown } from './core/markdown.js';
export { registerMessages, loadMessages } from './core/i18n/index.js';
export type { DeepPartial, Messages } from './core/i18n/index.js';
export { VERSION, defineOnce } from './core/element.js';
