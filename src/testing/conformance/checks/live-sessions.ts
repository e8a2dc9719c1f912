/**
 * Live sessions (optional capability `liveSessions`, `src/core/contract/live-sessions.ts`): staff schedule sessions
 * (validated), members ask before and during one (refused after), a question a host answered is answered, filters,
 * orders and the archive's summary. A session's question is a question: kudos and answers go through `vote` and
 * `postAnswer`. Each check is skipped when the adapter lacks the capability.
 */
import * as contract from '../../../core/contract/live-sessions.js';
import { shapeOf } from '../../../core/shapes.js';
import type { AskInSessionInput, CreateLiveSessionInput, SessionQuestionQuery } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid, expectShape } from '../assertions.js';
import { community, expectRefusal, listedQuestionIds } from '../community.js';
import type { Community } from '../community.js';
import type { Adapter } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const sessionShape = shapeOf(contract.LiveSession);
const questionShape = shapeOf(contract.SessionQuestion);
const summaryShape = shapeOf(contract.LiveSessionSummary);

const HOUR = 3_600_000;

/** A session of the network team from `fromHours` to `toHours` after the community's clock. */
function sessionAt(c: Community, fromHours: number, toHours: number): CreateLiveSessionInput {
  const at = (hours: number) => new Date(c.now().getTime() + hours * HOUR).toISOString();
  return {
    title: 'Ask the network team: 5G and coverage',
    description: 'Our engineers answer your questions about **5G**, coverage and roaming.',
    hashtag: 'AskNetwork',
    hostIds: ['expert', 'staff'],
    startsAt: at(fromHours),
    endsAt: at(toHours),
    categoryId: 'network',
  };
}

const asks: Omit<AskInSessionInput, 'sessionId'>[] = [
  { title: 'When does 5G reach the Kempen villages?', body: 'My village near Geel still has 4G only; is 5G planned this year?', language: 'en' },
  { title: 'Waarom valt mijn 4G weg in de trein?', body: 'Tussen Mechelen en Antwerpen verlies ik elke ochtend mijn verbinding.', language: 'nl' },
  { title: 'Sóng 5G có hoạt động trong hầm gửi xe không?', body: 'Tôi đậu xe dưới hầm và điện thoại mất sóng hoàn toàn.', language: 'vi' },
];

async function create(c: Community, fromHours: number, toHours: number): Promise<string> {
  return (await (await c.as('staff')).createLiveSession!(sessionAt(c, fromHours, toHours))).id;
}

async function ask(c: Community, as: string, sessionId: string, index: number): Promise<string> {
  return (await (await c.as(as)).askInSession!({ ...asks[index], sessionId })).question.id;
}

async function listed(adapter: Adapter, sessionId: string, query: SessionQuestionQuery = {}): Promise<string[]> {
  return (await adapter.listSessionQuestions!(sessionId, { ...query, limit: 100 })).items.map((entry) => entry.question.id);
}

export const liveSessionChecks: readonly ConformanceCheck[] = [
  {
    rule: 'live sessions: staff schedule sessions, whose phase comes from the clock; anyone reads and lists them by phase',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['liveSessions'] });
      if (c === null) return;
      const live = await (await c.as('staff')).createLiveSession!(sessionAt(c, -1, 1));
      expectShape(live, sessionShape, 'createLiveSession()');
      expectEqual([live.phase, live.hashtag, live.questionCount, live.answeredCount], ['live', 'AskNetwork', 0, 0], '[phase, hashtag, questionCount, answeredCount]', 'of a session running now');
      expectEqual(live.hosts.map((host) => host.id), ['expert', 'staff'], 'the hosts of a new session');
      const upcoming = await create(c, 24, 25);
      const ended = await create(c, -3, -2);
      const reader = await c.as(null);
      expectEqual((await reader.getLiveSession!(upcoming)).phase, 'upcoming', 'the phase of a session tomorrow');
      expectEqual((await reader.getLiveSession!(ended)).phase, 'ended', 'the phase of a session that ended');
      const phaseIds = async (phase: 'upcoming' | 'live' | 'ended') => (await reader.listLiveSessions!({ phase })).items.map((session) => session.id);
      expectEqual(await phaseIds('live'), [live.id], 'the live sessions listed');
      expectEqual(await phaseIds('upcoming'), [upcoming], 'the upcoming sessions listed');
      expectEqual(await phaseIds('ended'), [ended], 'the ended sessions listed');
      expectEqual((await reader.getLiveSession!(live.id)).viewerCan, { edit: false, ask: false }, 'viewerCan', 'of an anonymous reader');
      expectEqual((await (await c.as('member')).getLiveSession!(live.id)).viewerCan, { edit: false, ask: true }, 'viewerCan', 'of a member');
      expectEqual((await (await c.as('staff')).getLiveSession!(ended)).viewerCan, { edit: true, ask: false }, 'viewerCan', 'of staff, after the end');
      await expectFailure(reader.getLiveSession!('no-such-session'), 'not-found', 'getLiveSession of an unknown id');
    },
  },
  {
    rule: 'live sessions: only staff create and edit them; the end comes after the start, hosts exist, the hashtag has its shape',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['liveSessions'] });
      if (c === null) return;
      const input = sessionAt(c, 1, 2);
      await expectFailure((await c.as('member')).createLiveSession!(input), 'forbidden', 'createLiveSession by a member');
      await expectFailure((await c.as(null)).createLiveSession!(input), 'unauthenticated', 'createLiveSession by an anonymous reader');
      const staff = await c.as('staff');
      await expectInvalid(staff.createLiveSession!({ ...input, endsAt: input.startsAt }), 'endsAt', 'a session ending as it starts');
      await expectInvalid(staff.createLiveSession!({ ...input, hostIds: ['no-such-member'] }), 'hostIds', 'a session with an unknown host');
      await expectInvalid(staff.createLiveSession!({ ...input, hostIds: [] }), 'hostIds', 'a session without hosts');
      await expectInvalid(staff.createLiveSession!({ ...input, hashtag: 'ask network' }), 'hashtag', 'a hashtag with a space');
      await expectInvalid(staff.createLiveSession!({ ...input, hashtag: '2027' }), 'hashtag', 'a hashtag of digits only');
      await expectInvalid(staff.createLiveSession!({ ...input, title: 'Short' }), 'title', 'a title of 5 characters');
      const created = await (await c.as('staff')).createLiveSession!({ ...input, hashtag: '#اسأل_الشبكة' });
      expectEqual(created.hashtag, 'اسأل_الشبكة', 'the hashtag', 'given with its #');
      const updated = await (await c.as('moderator')).updateLiveSession!({ ...input, sessionId: created.id, title: 'Ask the roaming team before the holidays', hostIds: ['expert'] });
      expectShape(updated, sessionShape, 'updateLiveSession()');
      expectEqual([updated.title, updated.hosts.map((host) => host.id)], ['Ask the roaming team before the holidays', ['expert']], '[title, hosts]', 'after an edit');
      await expectFailure((await c.as('member')).updateLiveSession!({ ...input, sessionId: created.id }), 'forbidden', 'updateLiveSession by a member');
      await expectFailure((await c.as('staff')).updateLiveSession!({ ...input, sessionId: 'no-such-session' }), 'not-found', 'updateLiveSession of an unknown session');
    },
  },
  {
    rule: 'live sessions: members ask before and during a session, not after (conflict, session-ended); questions lists leave its questions out',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['liveSessions'] });
      if (c === null) return;
      const live = await create(c, -1, 1);
      const entry = await (await c.as('member')).askInSession!({ ...asks[0], sessionId: live });
      expectShape(entry, questionShape, 'askInSession()');
      expectEqual([entry.answered, entry.hostAnswers.length, entry.question.author.id, entry.question.title], [false, 0, 'member', asks[0].title], '[answered, hostAnswers, author, title]', 'of a new session question');
      ensure(!(await listedQuestionIds(await c.as('member'))).includes(entry.question.id), 'expected listQuestions to leave out session questions');
      expectEqual((await (await c.as(null)).getQuestion(entry.question.id)).title, asks[0].title, 'the title of a session question', 'read with getQuestion');
      expectEqual(await listed(await c.as(null), live), [entry.question.id], 'the questions of the session');
      expectEqual((await (await c.as(null)).getLiveSession!(live)).questionCount, 1, 'questionCount', 'after one question');
      await expectFailure((await c.as(null)).askInSession!({ ...asks[1], sessionId: live }), 'unauthenticated', 'askInSession by an anonymous reader');
      await expectInvalid((await c.as('other')).askInSession!({ ...asks[1], sessionId: live, title: 'Short' }), 'title', 'a session question with a 5-character title');
      await ask(c, 'other', await create(c, 2, 3), 1);
      await expectRefusal((await c.as('other')).askInSession!({ ...asks[2], sessionId: await create(c, -3, -2) }), 'conflict', 'askInSession after the end', { reason: 'session-ended' });
      await expectFailure((await c.as('other')).askInSession!({ ...asks[2], sessionId: 'no-such-session' }), 'not-found', 'askInSession in an unknown session');
    },
  },
  {
    rule: "live sessions: a question a host answered is answered; filters answered and waiting; most wanted (kudos) or newest first; the archive's summary",
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['liveSessions'] });
      if (c === null) return;
      const live = await create(c, -1, 1);
      const first = await ask(c, 'member', live, 0);
      const second = await ask(c, 'other', live, 1);
      const third = await ask(c, 'asker', live, 2);
      await (await c.as('asker')).vote({ target: 'question', id: second, voted: true });
      await (await c.as('member')).vote({ target: 'question', id: second, voted: true });
      await (await c.as('member')).vote({ target: 'question', id: third, voted: true });
      const reader = await c.as(null);
      expectEqual(await listed(reader, live), [second, third, first], 'the session questions by most kudos');
      await (await c.as('asker')).postAnswer({ questionId: first, body: 'A member who is not a host thinks it is next spring.', language: 'en' });
      expectEqual(await listed(reader, live, { filter: 'answered' }), [], 'the answered questions', 'after an answer by a member who is not a host');
      const answer = await (await c.as('expert')).postAnswer({ questionId: second, body: 'De spoorlijn krijgt dit najaar extra antennes; tot dan helpt wifi-bellen.', language: 'nl' });
      expectEqual(await listed(reader, live, { filter: 'answered' }), [second], 'the answered questions', 'after a host answered');
      expectEqual(await listed(reader, live, { filter: 'waiting' }), [third, first], 'the waiting questions');
      const [answered] = (await reader.listSessionQuestions!(live, { filter: 'answered' })).items;
      expectEqual([answered.answered, answered.hostAnswers.map((each) => each.id)], [true, [answer.id]], '[answered, hostAnswers]', 'of the question a host answered');
      expectEqual(new Set(await listed(reader, live, { sort: 'newest' })), new Set([first, second, third]), 'the questions by newest');
      expectEqual((await reader.getLiveSession!(live)).answeredCount, 1, 'answeredCount', 'after a host answered');
      const summary = await reader.getLiveSessionSummary!(live);
      expectShape(summary, summaryShape, 'getLiveSessionSummary()');
      expectEqual([summary.questionCount, summary.answeredCount, summary.hostAnswerCount], [3, 1, 1], '[questionCount, answeredCount, hostAnswerCount]', 'of the summary');
      expectEqual(summary.topQuestions.map((entry) => entry.question.id), [second, third, first], 'the top questions of the summary');
    },
  },
];
