/**
 * Moderation (optional capability `moderate`): who may act, which input each action needs, what each action
 * does (and what others see afterwards), the audit log, the queue's tabs and order, pre-moderation and
 * suspensions. Each check is skipped when the adapter lacks what it needs (see `../community.ts`).
 */
import { MODERATION_TEXT_MAX } from '../../../core/moderation.js';
import { AuditEntry, ModerationItem, ModerationResult } from '../../../core/contract/moderation.js';
import { pageOf, shapeOf } from '../../../core/shapes.js';
import type { ModerationInput } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid, expectShape, show } from '../assertions.js';
import { community, expectRefusal, listedAnswerIds, listedQuestionIds } from '../community.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const resultShape = shapeOf(ModerationResult);
const queueShape = pageOf(shapeOf(ModerationItem));
const auditShape = pageOf(shapeOf(AuditEntry));

const lock: ModerationInput = { action: 'lock', target: 'question', id: 'q-open' };
const hideReason = 'Advertising for a reseller: not an answer to the question.';

export const moderationChecks: readonly ConformanceCheck[] = [
  {
    rule: 'moderate: staff and moderators act, read the queue and the audit log; members and experts are forbidden, anonymous readers unauthenticated',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      for (const viewerId of ['member', 'expert']) {
        const adapter = await c.as(viewerId);
        await expectFailure(adapter.moderate!(lock), 'forbidden', `moderate() by ${viewerId}`);
        await expectFailure(adapter.listModerationQueue!({ tab: 'reported' }), 'forbidden', `listModerationQueue() by ${viewerId}`);
        await expectFailure(adapter.listAuditLog!({}), 'forbidden', `listAuditLog() by ${viewerId}`);
        expectEqual((await adapter.getQuestion('q-open')).viewerCan.moderate, false, 'viewerCan.moderate on q-open', `for ${viewerId}`);
      }
      const anonymous = await c.as(null);
      await expectFailure(anonymous.moderate!(lock), 'unauthenticated', 'moderate() by an anonymous reader');
      await expectFailure(anonymous.listModerationQueue!({ tab: 'reported' }), 'unauthenticated', 'listModerationQueue() by an anonymous reader');
      expectEqual((await (await c.as(null)).getQuestion('q-open')).status, 'open', 'the status of q-open', 'after refused actions');
      for (const viewerId of ['staff', 'moderator']) {
        const result = await (await c.as(viewerId)).moderate!({ ...lock, action: viewerId === 'staff' ? 'lock' : 'unlock' });
        expectShape(result, resultShape, `moderate() by ${viewerId}`);
        expectEqual(result.question?.status, viewerId === 'staff' ? 'locked' : 'open', 'the status of q-open', `after ${viewerId} acted`);
        expectEqual(result.entry.actor?.id, viewerId, 'the actor of the audit entry', `of ${viewerId}'s action`);
        expectShape(await (await c.as(viewerId)).listModerationQueue!({ tab: 'reported' }), queueShape, `listModerationQueue() by ${viewerId}`);
        expectShape(await (await c.as(viewerId)).listAuditLog!({}), auditShape, `listAuditLog() by ${viewerId}`);
      }
    },
  },
  {
    rule: 'moderate: an action that does not fit its target, or lacks what it needs, is invalid naming the field',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      const moderator = await c.as('moderator');
      const cases: [string, ModerationInput, string][] = [
        ['an unknown action', { ...lock, action: 'ban' } as unknown as ModerationInput, 'action'],
        ['an unknown target', { ...lock, target: 'tag' } as unknown as ModerationInput, 'target'],
        ['lock on an answer', { action: 'lock', target: 'answer', id: 'a-open-expert' }, 'target'],
        ['suspend on a question', { action: 'suspend', target: 'question', id: 'q-open', reason: 'Spam' }, 'target'],
        ['hide on a user', { action: 'hide', target: 'user', id: 'member', reason: 'Spam' }, 'target'],
        ['hide without a reason', { action: 'hide', target: 'answer', id: 'a-open-member' }, 'reason'],
        ['delete with a blank reason', { action: 'delete', target: 'answer', id: 'a-open-member', reason: '  ' }, 'reason'],
        ['suspend without a reason', { action: 'suspend', target: 'user', id: 'member' }, 'reason'],
        ['a reason over 500 characters', { action: 'hide', target: 'answer', id: 'a-open-member', reason: 'x'.repeat(MODERATION_TEXT_MAX + 1) }, 'reason'],
        ['move without a category', { action: 'move', target: 'question', id: 'q-open' }, 'categoryId'],
        ['move to an unknown category', { action: 'move', target: 'question', id: 'q-open', categoryId: 'mobile-tv' }, 'categoryId'],
        ['mark-duplicate without the original', { action: 'mark-duplicate', target: 'question', id: 'q-open' }, 'duplicateOf'],
        ['mark-duplicate of an unknown question', { action: 'mark-duplicate', target: 'question', id: 'q-open', duplicateOf: 'q-none' }, 'duplicateOf'],
        ['mark-duplicate of itself', { action: 'mark-duplicate', target: 'question', id: 'q-open', duplicateOf: 'q-open' }, 'duplicateOf'],
        ['suspend until a past time', { action: 'suspend', target: 'user', id: 'member', reason: 'Spam', until: '2020-01-01T00:00:00.000Z' }, 'until'],
        ['suspend until no time', { action: 'suspend', target: 'user', id: 'member', reason: 'Spam', until: 'next week' }, 'until'],
      ];
      for (const [what, input, field] of cases) await expectInvalid(moderator.moderate!(input), field, `moderate() with ${what}`);
      await expectFailure(moderator.moderate!({ ...lock, id: 'q-does-not-exist' }), 'not-found', 'moderate() on an unknown question');
      expectEqual((await moderator.listAuditLog!({})).items.length, 0, 'the audit log', 'after refused actions only');
    },
  },
  {
    rule: 'moderate: hide and restore an answer, audited with actor, reason and thread; others see a placeholder meanwhile, the author and moderators the answer',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      const hidden = await (await c.as('moderator')).moderate!({ action: 'hide', target: 'answer', id: 'a-open-member', reason: hideReason });
      expectShape(hidden, resultShape, 'moderate(hide)');
      expectEqual([hidden.answer?.state, hidden.answer?.moderation?.reason, hidden.answer?.moderation?.by?.id], ['hidden', hideReason, 'moderator'], '[state, moderation.reason, moderation.by] of the hidden answer');
      expectEqual([hidden.question?.id, hidden.user], ['q-open', null], '[question.id, user] of the result');
      const { entry } = hidden;
      expectEqual([entry.action, entry.actor?.id, entry.target, entry.targetId, entry.questionId, entry.reason], ['hide', 'moderator', 'answer', 'a-open-member', 'q-open', hideReason], '[action, actor, target, targetId, questionId, reason] of the audit entry');
      for (const viewerId of [null, 'asker', 'other']) {
        const adapter = await c.as(viewerId);
        const answer = (await adapter.listAnswers('q-open', { limit: 100 })).items.find((candidate) => candidate.id === 'a-open-member');
        ensure(answer !== undefined, `expected a hidden answer to stay in its thread as a placeholder for ${String(viewerId)}`);
        expectEqual([answer.state, answer.body, answer.moderation?.reason], ['hidden', '', hideReason], '[state, body, moderation.reason] of the hidden answer', `for ${String(viewerId)}`);
        expectEqual((await (await c.as(viewerId)).getAnswer('a-open-member')).body, '', 'getAnswer(a-open-member).body', `for ${String(viewerId)}`);
      }
      for (const viewerId of ['member', 'moderator', 'staff']) {
        const answer = await (await c.as(viewerId)).getAnswer('a-open-member');
        ensure(answer.body.length > 0 && answer.state === 'hidden', `expected ${viewerId} to read the hidden answer as it is, got ${show(answer.body)}`);
      }
      const restored = await (await c.as('staff')).moderate!({ action: 'restore', target: 'answer', id: 'a-open-member' });
      expectEqual([restored.answer?.state, restored.answer?.moderation ?? null], ['published', null], '[state, moderation] of the restored answer');
      ensure((await (await c.as(null)).getAnswer('a-open-member')).body.length > 0, 'expected a restored answer to be readable by everyone');
      const log = await (await c.as('moderator')).listAuditLog!({ targetId: 'a-open-member' });
      expectEqual(log.items.map((item) => [item.action, item.actor?.id]), [['restore', 'staff'], ['hide', 'moderator']], '[action, actor] of the audit log of a-open-member', '(newest first)');
      await expectFailure((await c.as('moderator')).moderate!({ action: 'restore', target: 'answer', id: 'a-open-member' }), 'conflict', 'restoring a published answer');
    },
  },
  {
    rule: 'moderate: a hidden or deleted question leaves the lists of others and reads as a placeholder; its author and moderators still see it',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      await (await c.as('moderator')).moderate!({ action: 'hide', target: 'question', id: 'q-esim', reason: 'Duplicate of the APN guide.' });
      await (await c.as('moderator')).moderate!({ action: 'delete', target: 'question', id: 'q-nl', reason: 'Contains a customer number.' });
      for (const viewerId of [null, 'member']) {
        const listed = await listedQuestionIds(await c.as(viewerId));
        ensure(!listed.includes('q-esim') && !listed.includes('q-nl'), `expected the hidden q-esim and the deleted q-nl left out of the list for ${String(viewerId)}, got ${show(listed)}`);
        const question = await (await c.as(viewerId)).getQuestion('q-esim');
        expectEqual([question.state, question.title, question.body], ['hidden', '', ''], '[state, title, body] of the hidden q-esim', `for ${String(viewerId)}`);
        const deleted = await (await c.as(viewerId)).getQuestion('q-nl');
        expectEqual([deleted.state, deleted.title, deleted.moderation?.reason], ['deleted', '', 'Contains a customer number.'], '[state, title, moderation.reason] of the deleted q-nl', `for ${String(viewerId)}`);
      }
      ensure((await listedQuestionIds(await c.as('expert'))).includes('q-esim'), 'expected the author to still list their hidden question');
      const moderatorList = await listedQuestionIds(await c.as('moderator'));
      ensure(moderatorList.includes('q-esim') && moderatorList.includes('q-nl'), `expected moderators to list hidden and deleted questions, got ${show(moderatorList)}`);
      expectEqual((await (await c.as('moderator')).getQuestion('q-esim')).title, 'Which APN settings for a dual-SIM Android phone?', 'the title of the hidden q-esim', 'for a moderator');
    },
  },
  {
    rule: 'moderate: lock, pin, move and mark-duplicate change the question as the contract says, each audited with its details',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      await (await c.as('moderator')).moderate!(lock);
      const locked = await (await c.as('member')).getQuestion('q-open');
      expectEqual([locked.status, locked.viewerCan.answer], ['locked', false], '[status, viewerCan.answer] of q-open', 'after lock');
      await expectFailure((await c.as('member')).postAnswer(validAnswer), 'conflict', 'answering a locked question');
      await (await c.as('moderator')).moderate!({ ...lock, action: 'unlock' });
      expectEqual((await (await c.as(null)).getQuestion('q-open')).status, 'open', 'the status of q-open', 'after unlock');
      // Pinned questions lead their category's list in latest-activity order.
      await (await c.as('moderator')).moderate!({ action: 'pin', target: 'question', id: 'q-nl-wifi' });
      const network = await (await c.as(null)).listQuestions({ categoryId: 'network', sort: 'activity', limit: 100 });
      expectEqual([network.items[0]?.id, network.items[0]?.pinned], ['q-nl-wifi', true], '[id, pinned] of the first question of network (latest activity)', 'after pinning q-nl-wifi');
      await (await c.as('moderator')).moderate!({ action: 'unpin', target: 'question', id: 'q-nl-wifi' });
      const unpinned = await (await c.as(null)).listQuestions({ categoryId: 'network', sort: 'activity', limit: 100 });
      ensure(unpinned.items[0]?.id !== 'q-nl-wifi' && unpinned.items.every((question) => question.pinned !== true), 'expected q-nl-wifi back in its place after unpin');
      const moved = await (await c.as('moderator')).moderate!({ action: 'move', target: 'question', id: 'q-esim', categoryId: 'roaming' });
      expectEqual([moved.question?.categoryId, moved.entry.details], ['roaming', { from: 'network', to: 'roaming' }], '[categoryId, audit details] of the moved q-esim');
      ensure((await listedQuestionIds(await c.as(null), { categoryId: 'roaming' })).includes('q-esim'), 'expected the moved question listed in its new category');
      const duplicate = await (await c.as('moderator')).moderate!({ action: 'mark-duplicate', target: 'question', id: 'q-nl', duplicateOf: 'q-solved' });
      expectEqual([duplicate.question?.duplicateOf, duplicate.entry.details.duplicateOf], ['q-solved', 'q-solved'], '[duplicateOf, audit details.duplicateOf] of q-nl');
      expectEqual((await (await c.as(null)).getQuestion('q-nl')).duplicateOf, 'q-solved', 'duplicateOf of q-nl', 'for an anonymous reader');
      const log = await (await c.as('moderator')).listAuditLog!({ actorId: 'moderator' });
      expectEqual(log.items.map((item) => item.action), ['mark-duplicate', 'move', 'unpin', 'pin', 'unlock', 'lock'], 'the actions of the audit log by the moderator', '(newest first)');
    },
  },
  {
    rule: 'moderate: delete takes back the reputation the post earned, restore gives it back',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      const reputation = async () => (await (await c.as(null)).getUser('staff')).reputation;
      const before = await reputation();
      // a-solved-staff has one kudos and is the accepted answer of q-solved.
      const deleted = await (await c.as('moderator')).moderate!({ action: 'delete', target: 'answer', id: 'a-solved-staff', reason: 'Wrong refund procedure.' });
      expectEqual(deleted.answer?.state, 'deleted', 'the state of a-solved-staff', 'after delete');
      const after = await reputation();
      ensure(after < before, `expected staff's reputation to drop when their accepted answer is deleted, got ${before} then ${after}`);
      await (await c.as('moderator')).moderate!({ action: 'restore', target: 'answer', id: 'a-solved-staff' });
      expectEqual(await reputation(), before, "staff's reputation", 'after the answer was restored');
    },
  },
  {
    rule: 'queue: reported (most open flags first), pending (oldest first) and hidden (latest first) tabs, by category; dismiss-flags empties the report',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate', 'flag'], moderation: { flagThreshold: 10, premoderation: 'all' }, clock: true });
      if (c === null) return;
      await (await c.as('member')).flag!({ target: 'question', id: 'q-nl', reason: 'off-topic' });
      c.advance(1);
      await (await c.as('asker')).flag!({ target: 'answer', id: 'a-open-expert', reason: 'spam' });
      c.advance(1);
      await (await c.as('other')).flag!({ target: 'answer', id: 'a-open-expert', reason: 'abusive' });
      c.advance(1);
      await (await c.as('asker')).flag!({ target: 'question', id: 'q-esim', reason: 'personal-data' });
      const moderator = async () => c.as('moderator');
      const reported = await (await moderator()).listModerationQueue!({ tab: 'reported' });
      expectShape(reported, queueShape, 'listModerationQueue(reported)');
      expectEqual(reported.items.map((item) => [item.target, item.answer?.id ?? item.question.id, item.flags.length]), [['answer', 'a-open-expert', 2], ['question', 'q-nl', 1], ['question', 'q-esim', 1]], '[target, id, flags] of the reported tab');
      const first = reported.items[0];
      expectEqual([first?.question.id, first?.flags.map((flag) => [flag.reason, flag.by.id])], ['q-open', [['spam', 'asker'], ['abusive', 'other']]], '[question, flags] of the first reported item', '(flags oldest first)');
      const network = await (await moderator()).listModerationQueue!({ tab: 'reported', categoryId: 'billing' });
      expectEqual(network.items.map((item) => item.question.id), ['q-nl'], 'the reported tab of category billing');
      const paged = await (await moderator()).listModerationQueue!({ tab: 'reported', limit: 2 });
      ensure(paged.items.length === 2 && typeof paged.nextCursor === 'string', 'expected the reported tab to page by 2 with a nextCursor');
      const rest = await (await moderator()).listModerationQueue!({ tab: 'reported', limit: 2, cursor: paged.nextCursor });
      expectEqual(rest.items.map((item) => item.question.id), ['q-esim'], 'the second page of the reported tab');
      // Pending: oldest first.
      c.advance(1);
      const older = await (await c.as('asker')).askQuestion(validQuestion);
      c.advance(1);
      const newer = await (await c.as('member')).postAnswer({ ...validAnswer, body: 'Switching to 4G only in the settings helped me.' });
      const pending = await (await moderator()).listModerationQueue!({ tab: 'pending' });
      expectEqual(pending.items.map((item) => [item.target, item.answer?.id ?? item.question.id]), [['question', older.id], ['answer', newer.id]], 'the pending tab', '(oldest first)');
      // Hidden: latest first.
      c.advance(1);
      await (await moderator()).moderate!({ action: 'hide', target: 'answer', id: 'a-ar-expert', reason: hideReason });
      c.advance(1);
      await (await moderator()).moderate!({ action: 'hide', target: 'question', id: 'q-vi', reason: hideReason });
      const hidden = await (await moderator()).listModerationQueue!({ tab: 'hidden' });
      expectEqual(hidden.items.map((item) => item.answer?.id ?? item.question.id), ['q-vi', 'a-ar-expert'], 'the hidden tab', '(latest first)');
      const dismissed = await (await moderator()).moderate!({ action: 'dismiss-flags', target: 'answer', id: 'a-open-expert' });
      expectEqual(dismissed.entry.action, 'dismiss-flags', 'the audit action of dismiss-flags');
      const after = await (await moderator()).listModerationQueue!({ tab: 'reported' });
      expectEqual(after.items.map((item) => item.answer?.id ?? item.question.id), ['q-nl', 'q-esim'], 'the reported tab', 'after dismissing the flags of a-open-expert');
      expectEqual((await (await moderator()).getAnswer('a-open-expert')).flagCount, 0, 'flagCount of a-open-expert', 'after dismiss-flags');
      await expectRefusal((await c.as('asker')).flag!({ target: 'answer', id: 'a-open-expert', reason: 'spam' }), 'conflict', 'flagging again after dismissal', { reason: 'already-flagged' });
    },
  },
  {
    rule: 'pre-moderation "all": new posts wait (pending), invisible to others until approved; moderators and staff are never pre-moderated',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'], moderation: { premoderation: 'all' } });
      if (c === null) return;
      const question = await (await c.as('asker')).askQuestion(validQuestion);
      expectEqual(question.state, 'pending', 'the state of a new question', 'under pre-moderation "all"');
      await expectFailure((await c.as(null)).getQuestion(question.id), 'not-found', 'reading a pending question as another reader');
      await expectFailure((await c.as('member')).getQuestion(question.id), 'not-found', 'reading a pending question as another member');
      ensure(!(await listedQuestionIds(await c.as('member'))).includes(question.id), 'expected a pending question left out of the lists of others');
      ensure((await listedQuestionIds(await c.as('asker'))).includes(question.id), 'expected the author to list their pending question');
      expectEqual((await (await c.as('asker')).getQuestion(question.id)).title, validQuestion.title, 'the title of the pending question', 'for its author');
      const countBefore = (await (await c.as(null)).getQuestion('q-open')).answerCount;
      const answer = await (await c.as('member')).postAnswer({ ...validAnswer, body: 'Mine came back after switching VoLTE off and on.' });
      expectEqual(answer.state, 'pending', 'the state of a new answer', 'under pre-moderation "all"');
      ensure(!(await listedAnswerIds(await c.as(null), 'q-open')).includes(answer.id), 'expected a pending answer left out of its thread for others');
      expectEqual((await (await c.as(null)).getQuestion('q-open')).answerCount, countBefore, 'answerCount of q-open', 'for others while an answer is pending');
      ensure((await listedAnswerIds(await c.as('moderator'), 'q-open')).includes(answer.id), 'expected moderators to see a pending answer in its thread');
      const approved = await (await c.as('moderator')).moderate!({ action: 'approve', target: 'question', id: question.id });
      expectEqual(approved.question?.state, 'published', 'the state of the approved question');
      ensure((await listedQuestionIds(await c.as(null))).includes(question.id), 'expected an approved question listed for everyone');
      await expectFailure((await c.as('moderator')).moderate!({ action: 'approve', target: 'question', id: question.id }), 'conflict', 'approving a question that is not pending');
      for (const viewerId of ['moderator', 'staff']) {
        const own = await (await c.as(viewerId)).askQuestion({ ...validQuestion, title: `Outage notice from ${viewerId}` });
        expectEqual(own.state ?? 'published', 'published', 'the state of a question', `asked by ${viewerId}`);
      }
    },
  },
  {
    rule: 'pre-moderation per category: "links" holds posts with a link, "first-posts" a member\'s first posts, "off" nothing',
    async run(ctx) {
      const moderation = { premoderation: 'off' as const, premoderationByCategory: { billing: 'links' as const, roaming: 'first-posts' as const }, firstPosts: 50 };
      const c = await community(ctx, { capabilities: ['moderate'], moderation });
      if (c === null) return;
      const ask = async (categoryId: string, body: string, title: string) =>
        (await (await c.as('asker')).askQuestion({ ...validQuestion, categoryId, body, title })).state ?? 'published';
      const plain = 'My invoice shows a roaming charge for a day I was at home in Ghent.';
      expectEqual(await ask('billing', plain, 'Roaming charge while at home'), 'published', 'the state of a question without links', 'in a "links" category');
      expectEqual(await ask('billing', 'Is this page real? https://pay-invoice.example.com/login', 'Payment page asks my password'), 'pending', 'the state of a question with a link', 'in a "links" category');
      expectEqual(await ask('roaming', 'Do I need to switch on roaming before I fly to Hanoi next week?', 'Roaming before flying to Hanoi'), 'pending', "the state of a member's question", 'in a "first-posts" category (firstPosts 50)');
      expectEqual(await ask('network', 'Is there an outage in Leuven? https://status.example.com shows nothing.', 'Outage in Leuven tonight?'), 'published', 'the state of a question with a link', 'in a category that is "off"');
    },
  },
  {
    rule: 'suspend: a suspended member reads but cannot post, vote, flag, accept or edit (forbidden, reason suspended) until unsuspended',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      await expectFailure((await c.as('moderator')).moderate!({ action: 'suspend', target: 'user', id: 'staff', reason: 'Test' }), 'forbidden', 'suspending staff');
      const until = new Date(c.now().getTime() + 7 * 24 * 3600_000).toISOString();
      const suspended = await (await c.as('moderator')).moderate!({ action: 'suspend', target: 'user', id: 'asker', reason: 'Repeated insults in the billing threads.', until });
      expectEqual([suspended.user?.id, suspended.entry.action, suspended.entry.target, suspended.entry.reason], ['asker', 'suspend', 'user', 'Repeated insults in the billing threads.'], '[user, action, target, reason] of the suspend result');
      const viewer = await (await c.as('asker')).getViewer();
      expectEqual(viewer.suspension?.reason, 'Repeated insults in the billing threads.', "the viewer's suspension reason", 'for the suspended member');
      ensure(viewer.suspension?.until !== null && Date.parse(viewer.suspension?.until ?? '') === Date.parse(until), `expected the viewer's suspension to end ${until}, got ${show(viewer.suspension)}`);
      const asker = async () => c.as('asker');
      ensure((await (await asker()).getQuestion('q-open')).body.length > 0, 'expected a suspended member to still read');
      const refused: [string, () => Promise<unknown>][] = [
        ['askQuestion', async () => (await asker()).askQuestion(validQuestion)],
        ['postAnswer', async () => (await asker()).postAnswer({ ...validAnswer, questionId: 'q-esim' })],
        ['vote', async () => (await asker()).vote({ target: 'answer', id: 'a-open-member', voted: true })],
        ['acceptAnswer', async () => (await asker()).acceptAnswer({ answerId: 'a-open-member', accepted: true })],
      ];
      const probe = await asker();
      if (probe.flag !== undefined) refused.push(['flag', async () => (await asker()).flag!({ target: 'answer', id: 'a-open-member', reason: 'spam' })]);
      if (probe.editPost !== undefined) refused.push(['editPost', async () => (await asker()).editPost!({ target: 'question', id: 'q-open', body: 'Edited while suspended: no 4G indoors.' })]);
      for (const [what, call] of refused) await expectRefusal(call(), 'forbidden', `${what} by a suspended member`, { reason: 'suspended' });
      const question = await (await asker()).getQuestion('q-open');
      expectEqual([question.viewerCan.answer, question.viewerCan.edit], [false, false], '[viewerCan.answer, viewerCan.edit] of q-open', 'for a suspended member');
      const profile = await (await c.as('moderator')).getUser('asker');
      expectEqual(profile.suspension?.reason, 'Repeated insults in the billing threads.', 'the suspension of the profile', 'for a moderator');
      expectEqual((await (await c.as('member')).getUser('asker')).suspension ?? null, null, 'the suspension of the profile', 'for another member');
      await (await c.as('moderator')).moderate!({ action: 'unsuspend', target: 'user', id: 'asker' });
      expectEqual((await (await asker()).getViewer()).suspension ?? null, null, "the viewer's suspension", 'after unsuspend');
      await (await asker()).vote({ target: 'answer', id: 'a-open-member', voted: true });
    },
  },
];
