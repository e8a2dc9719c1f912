/**
 * Following (optional capability `follow`, `src/core/contract/follow.ts`): follows and unfollows of questions,
 * categories and live sessions (with `liveSessions` too), idempotent; auto-follow on asking and answering, which a remembered unfollow stops; the viewer's
 * list of follows; notification settings. Each check is skipped when the adapter lacks the capability.
 */
import { ShapeError, decode } from '../../../core/shapes.js';
import type { Schema } from '../../../core/contract/schema.js';
import * as follow from '../../../core/contract/follow.js';
import type { FollowInput, NotificationSettingsInput } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid, violation } from '../assertions.js';
import { community } from '../community.js';
import type { Adapter } from '../helpers.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const openQuestion: FollowInput = { target: 'question', id: 'q-open', following: true };

async function followedKeys(adapter: Adapter, query: Parameters<NonNullable<Adapter['listFollows']>>[0] = {}): Promise<string[]> {
  const page = await adapter.listFollows!({ ...query, limit: 100 });
  return page.items.map((item) => `${item.target}:${item.id}`).sort();
}

function expectDecodes<T>(schema: Schema<T>, value: unknown, path: string): void {
  try {
    decode(schema, value, path);
  } catch (error) {
    if (error instanceof ShapeError) violation(error.message);
    throw error;
  }
}

export const followChecks: readonly ConformanceCheck[] = [
  {
    rule: 'follow: a member follows and unfollows a question, idempotently; viewerFollows tells them, and nobody else',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      const before = await (await c.as('member')).getQuestion('q-open');
      expectEqual(before.viewerFollows ?? false, false, 'viewerFollows of q-open', 'before following');
      const state = await (await c.as('member')).follow!(openQuestion);
      expectDecodes(follow.FollowState, state, 'follow()');
      expectEqual([state.target, state.id, state.following], ['question', 'q-open', true], '[target, id, following]', 'as follow() returns it');
      ensure(state.followedAt !== null, 'expected followedAt to be a time once following');
      const again = await (await c.as('member')).follow!(openQuestion);
      expectEqual([again.following, again.followedAt], [true, state.followedAt], '[following, followedAt]', 'after following twice (nothing changes)');
      expectEqual((await (await c.as('member')).getQuestion('q-open')).viewerFollows, true, 'viewerFollows of q-open', 'for the follower');
      expectEqual((await (await c.as('other')).getQuestion('q-open')).viewerFollows ?? false, false, 'viewerFollows of q-open', 'for another member');
      const listed = (await (await c.as('member')).listQuestions({ limit: 100 })).items.find((question) => question.id === 'q-open');
      expectEqual(listed?.viewerFollows, true, 'viewerFollows of q-open', 'in the list, for the follower');
      const off = await (await c.as('member')).follow!({ ...openQuestion, following: false });
      expectEqual([off.following, off.followedAt], [false, null], '[following, followedAt]', 'after unfollowing');
      const offAgain = await (await c.as('member')).follow!({ ...openQuestion, following: false });
      expectEqual(offAgain.following, false, 'following', 'after unfollowing twice');
      expectEqual((await (await c.as('member')).getQuestion('q-open')).viewerFollows ?? false, false, 'viewerFollows of q-open', 'after unfollowing');
    },
  },
  {
    rule: 'follow: anonymous readers cannot follow, list follows nor read settings (unauthenticated); they see viewerFollows false',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      await (await c.as('member')).follow!(openQuestion);
      const anonymous = await c.as(null);
      expectEqual((await anonymous.getQuestion('q-open')).viewerFollows ?? false, false, 'viewerFollows of q-open', 'for an anonymous reader');
      await expectFailure(anonymous.follow!(openQuestion), 'unauthenticated', 'a follow by an anonymous reader');
      await expectFailure(anonymous.listFollows!(), 'unauthenticated', "an anonymous reader's list of follows");
      await expectFailure(anonymous.getNotificationSettings!(), 'unauthenticated', "an anonymous reader's notification settings");
      await expectFailure(anonymous.setNotificationSettings!({ delivery: 'off' }), 'unauthenticated', 'settings changed by an anonymous reader');
    },
  },
  {
    rule: 'follow: an unknown question or category is not-found; an unknown target or a following that is not a boolean is invalid',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      const member = await c.as('member');
      await expectFailure(member.follow!({ ...openQuestion, id: 'q-nowhere' }), 'not-found', 'following an unknown question');
      await expectFailure(member.follow!({ target: 'category', id: 'no-such-category', following: true }), 'not-found', 'following an unknown category');
      await expectInvalid(member.follow!({ ...openQuestion, target: 'answer' } as unknown as FollowInput), 'target', 'following an answer');
      await expectInvalid(member.follow!({ ...openQuestion, following: 'yes' } as unknown as FollowInput), 'following', 'a follow with following "yes"');
    },
  },
  {
    rule: 'follow: asking or answering a question follows it; a member who unfollowed it is not followed again by a later answer',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      const asked = await (await c.as('member')).askQuestion(validQuestion);
      expectEqual(asked.viewerFollows, true, 'viewerFollows of a question', 'for its asker, as askQuestion() returns it');
      expectEqual((await (await c.as('member')).getQuestion(asked.id)).viewerFollows, true, 'viewerFollows of a new question', 'for its asker');
      await (await c.as('other')).postAnswer(validAnswer);
      expectEqual((await (await c.as('other')).getQuestion('q-open')).viewerFollows, true, 'viewerFollows of q-open', 'for a member who answered it');
      await (await c.as('member')).follow!({ ...openQuestion, following: false });
      await (await c.as('member')).postAnswer({ ...validAnswer, body: 'Turning VoLTE off and on again in the settings fixed it here.' });
      expectEqual((await (await c.as('member')).getQuestion('q-open')).viewerFollows ?? false, false, 'viewerFollows of q-open', 'for a member who unfollowed it and then answered');
      const back = await (await c.as('member')).follow!(openQuestion);
      expectEqual(back.following, true, 'following', 'after following again explicitly');
    },
  },
  {
    rule: 'follow: categories are followed too (viewerFollows in listCategories); listFollows lists what the viewer follows, by target, cursor-paged',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      const category = await (await c.as('member')).follow!({ target: 'category', id: 'roaming', following: true });
      expectEqual([category.target, category.id, category.following], ['category', 'roaming', true], '[target, id, following] of a category follow');
      const categories = await (await c.as('member')).listCategories();
      expectEqual(categories.find((each) => each.id === 'roaming')?.viewerFollows, true, 'viewerFollows of roaming', 'in listCategories, for the follower');
      expectEqual(categories.find((each) => each.id === 'billing')?.viewerFollows ?? false, false, 'viewerFollows of billing', 'in listCategories');
      c.advance(1);
      await (await c.as('member')).follow!(openQuestion);
      c.advance(1);
      await (await c.as('member')).follow!({ target: 'question', id: 'q-esim', following: true });
      await (await c.as('member')).follow!({ target: 'question', id: 'q-esim', following: false });
      const member = await c.as('member');
      expectEqual(await followedKeys(member), ['category:roaming', 'question:q-open'], 'what listFollows lists', 'for the member (not what they unfollowed)');
      expectEqual(await followedKeys(member, { target: 'category' }), ['category:roaming'], 'what listFollows lists', 'with target "category"');
      expectEqual(await followedKeys(await c.as('other')), [], 'what listFollows lists', 'for a member who follows nothing');
      const first = await (await c.as('member')).listFollows!({ limit: 1 });
      expectDecodes(follow.FollowPage, first, 'listFollows()');
      ensure(first.items.length === 1 && first.nextCursor !== null, `expected a first page of 1 follow with a cursor, got ${JSON.stringify(first)}`);
      const second = await (await c.as('member')).listFollows!({ limit: 1, cursor: first.nextCursor });
      expectEqual(second.items.length, 1, 'the number of follows on the second page');
      expectEqual(second.nextCursor, null, 'nextCursor', 'on the last page');
      if (ctx.clock) {
        expectEqual([first.items[0]?.id, second.items[0]?.id], ['q-open', 'roaming'], 'the ids listed', 'most recently followed first');
      }
      const names = Object.fromEntries([...first.items, ...second.items].map((item) => [item.id, item.name]));
      expectEqual(names.roaming, 'Roaming & travel', 'the name of the followed category');
      ensure((names['q-open'] ?? '').length > 0, 'expected the followed question to carry its title');
    },
  },
  {
    rule: 'follow: a member follows and unfollows a live session, listed by target with its title; an unknown session is not-found, an anonymous follow unauthenticated',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow', 'liveSessions'] });
      if (c === null) return;
      const at = (hours: number) => new Date(c.now().getTime() + hours * 3_600_000).toISOString();
      const session = await (await c.as('staff')).createLiveSession!({
        title: 'Ask the network team: 5G and coverage',
        description: '',
        hashtag: 'AskNetwork',
        hostIds: ['expert'],
        startsAt: at(1),
        endsAt: at(2),
      });
      const input: FollowInput = { target: 'session', id: session.id, following: true };
      const state = await (await c.as('member')).follow!(input);
      expectDecodes(follow.FollowState, state, 'follow() of a session');
      expectEqual([state.target, state.id, state.following], ['session', session.id, true], '[target, id, following]', 'of a session follow');
      const again = await (await c.as('member')).follow!(input);
      expectEqual([again.following, again.followedAt], [true, state.followedAt], '[following, followedAt]', 'after following a session twice');
      expectEqual((await (await c.as('member')).getLiveSession!(session.id)).viewerFollows, true, 'viewerFollows of the session', 'for the follower');
      expectEqual((await (await c.as('other')).getLiveSession!(session.id)).viewerFollows, false, 'viewerFollows of the session', 'for another member');
      const listed = await (await c.as('member')).listFollows!({ target: 'session' });
      expectDecodes(follow.FollowPage, listed, 'listFollows({ target: "session" })');
      expectEqual(listed.items.map((item) => [item.target, item.id, item.name]), [['session', session.id, session.title]], 'the sessions listFollows lists', 'for the follower');
      expectEqual(await followedKeys(await c.as('other')), [], 'what listFollows lists', 'for a member who follows no session');
      const off = await (await c.as('member')).follow!({ ...input, following: false });
      expectEqual([off.following, off.followedAt], [false, null], '[following, followedAt]', 'after unfollowing a session');
      expectEqual(await followedKeys(await c.as('member'), { target: 'session' }), [], 'the sessions listFollows lists', 'after unfollowing');
      await expectFailure((await c.as('member')).follow!({ ...input, id: 'no-such-session' }), 'not-found', 'following an unknown session');
      await expectFailure((await c.as(null)).follow!(input), 'unauthenticated', 'a session follow by an anonymous reader');
    },
  },
  {
    rule: 'follow: notification settings default to immediate (language null), change field by field, per member; bad values are invalid',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['follow'] });
      if (c === null) return;
      const initial = await (await c.as('member')).getNotificationSettings!();
      expectDecodes(follow.NotificationSettings, initial, 'getNotificationSettings()');
      expectEqual(initial, { delivery: 'immediate', language: null }, 'the notification settings', 'by default');
      const daily = await (await c.as('member')).setNotificationSettings!({ delivery: 'daily' });
      expectEqual(daily, { delivery: 'daily', language: null }, 'the notification settings', 'after choosing daily');
      const arabic = await (await c.as('member')).setNotificationSettings!({ language: 'ar' });
      expectEqual(arabic, { delivery: 'daily', language: 'ar' }, 'the notification settings', 'after choosing Arabic (delivery kept)');
      expectEqual(await (await c.as('member')).getNotificationSettings!(), arabic, 'the notification settings', 'read again');
      expectEqual(await (await c.as('other')).getNotificationSettings!(), initial, "another member's notification settings");
      const member = await c.as('member');
      await expectInvalid(member.setNotificationSettings!({ delivery: 'hourly' } as unknown as NotificationSettingsInput), 'delivery', 'delivery "hourly"');
      await expectInvalid(member.setNotificationSettings!({ language: 'not a language!' }), 'language', 'a language that is not a BCP-47 tag');
      const reset = await (await c.as('member')).setNotificationSettings!({ language: null, delivery: 'off' });
      expectEqual(reset, { delivery: 'off', language: null }, 'the notification settings', 'after choosing off and no language');
    },
  },
];
