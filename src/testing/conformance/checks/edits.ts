/**
 * Edits and deletes (optional capability `editPost`): the edit window, revisions, moderators' edits, authors'
 * deletes and the reputation they take back. Each check is skipped when the adapter lacks what it needs (see
 * `../community.ts`).
 */
import { Revision } from '../../../core/contract/moderation.js';
import { arrayOf, shapeOf } from '../../../core/shapes.js';
import { ensure, expectEqual, expectFailure, expectInvalid, expectShape } from '../assertions.js';
import { community, expectRefusal, listedQuestionIds } from '../community.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const revisionsShape = arrayOf(shapeOf(Revision));
const newBody = 'Since the mast upgrade my phone drops to 3G indoors, even next to the window. Outside it is 4G.';

export const editChecks: readonly ConformanceCheck[] = [
  {
    rule: 'editPost: each edit keeps a revision (1 is the original), counted by revisionCount and listed oldest first',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['editPost'] });
      if (c === null) return;
      const asker = async () => c.as('asker');
      const before = await (await asker()).getQuestion('q-open');
      expectEqual([before.revisionCount ?? 0, before.viewerCan.edit], [0, true], '[revisionCount, viewerCan.edit] of q-open', 'for its author, before any edit');
      const original = await (await asker()).listRevisions!('question', 'q-open');
      expectShape(original, revisionsShape, 'listRevisions of a post never edited');
      expectEqual(original.map((revision) => [revision.number, revision.body]), [[1, before.body]], '[number, body] of the revisions of a post never edited');
      const edited = await (await asker()).editPost!({ target: 'question', id: 'q-open', body: newBody, title: 'No 4G indoors in Mechelen since the mast upgrade', tags: ['4g'], reason: 'Clearer title' });
      expectEqual([edited.body, edited.revisionCount, (edited as { title?: string }).title, (edited as { tags?: string[] }).tags], [newBody, 1, 'No 4G indoors in Mechelen since the mast upgrade', ['4g']], '[body, revisionCount, title, tags] of the edited question');
      ensure(edited.editedAt !== null, 'expected editedAt to be set after an edit');
      const answer = await (await c.as('member')).editPost!({ target: 'answer', id: 'a-open-member', body: 'Forcing 4G only in the network settings helped; VoLTE on too.' });
      const again = await (await c.as('member')).editPost!({ target: 'answer', id: 'a-open-member', body: 'Forcing 4G only helped. Turning VoLTE on made calls work indoors again.', reason: 'Added VoLTE' });
      expectEqual([answer.revisionCount, again.revisionCount], [1, 2], 'revisionCount of a-open-member', 'after one, then two edits');
      const revisions = await (await c.as(null)).listRevisions!('answer', 'a-open-member');
      expectShape(revisions, revisionsShape, 'listRevisions(answer)');
      expectEqual(revisions.map((revision) => [revision.number, revision.editedBy.id, revision.reason, revision.title]), [[1, 'member', null, null], [2, 'member', null, null], [3, 'member', 'Added VoLTE', null]], '[number, editedBy, reason, title] of the revisions of a-open-member');
      expectEqual(revisions[0]?.body, 'Same here in Mechelen-Noord. Forcing 4G only in the network settings helped a bit.', 'the body of revision 1', '(the answer as first written)');
    },
  },
  {
    rule: 'editPost: only the author (within the edit window) or a moderator edits; after the window the author is forbidden (reason edit-window)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['editPost'], moderation: { editWindowMinutes: 30 }, clock: true });
      if (c === null) return;
      // Seeded posts are older than 30 minutes.
      expectEqual((await (await c.as('asker')).getQuestion('q-open')).viewerCan.edit, false, 'viewerCan.edit of an old question', 'for its author after the edit window');
      await expectRefusal((await c.as('asker')).editPost!({ target: 'question', id: 'q-open', body: newBody }), 'forbidden', "an author's edit after the window", { reason: 'edit-window' });
      await expectFailure((await c.as('member')).editPost!({ target: 'question', id: 'q-open', body: newBody }), 'forbidden', "editing someone else's question");
      await expectFailure((await c.as(null)).editPost!({ target: 'question', id: 'q-open', body: newBody }), 'unauthenticated', 'an edit by an anonymous reader');
      for (const viewerId of ['moderator', 'staff']) {
        const question = await (await c.as(viewerId)).getQuestion('q-open');
        expectEqual(question.viewerCan.edit, true, 'viewerCan.edit of q-open', `for ${viewerId}`);
      }
      const byModerator = await (await c.as('moderator')).editPost!({ target: 'question', id: 'q-open', body: newBody, reason: 'Removed a phone number' });
      expectEqual(byModerator.revisionCount, 1, 'revisionCount of q-open', "after a moderator's edit");
      const revisions = await (await c.as('moderator')).listRevisions!('question', 'q-open');
      expectEqual(revisions.map((revision) => revision.editedBy.id), ['asker', 'moderator'], 'editedBy of the revisions of q-open');
      const fresh = await (await c.as('other')).askQuestion(validQuestion);
      c.advance(29);
      expectEqual((await (await c.as('other')).getQuestion(fresh.id)).viewerCan.edit, true, 'viewerCan.edit of a question', 'for its author 29 minutes after asking');
      await (await c.as('other')).editPost!({ target: 'question', id: fresh.id, body: `${validQuestion.body} It started after the update.` });
      c.advance(2);
      expectEqual((await (await c.as('other')).getQuestion(fresh.id)).viewerCan.edit, false, 'viewerCan.edit of a question', 'for its author 31 minutes after asking');
      await expectRefusal((await c.as('other')).editPost!({ target: 'question', id: fresh.id, body: newBody }), 'forbidden', 'an edit 31 minutes after asking', { reason: 'edit-window' });
    },
  },
  {
    rule: 'editPost: the body follows the posting rules, an answer has no title, an edit note is at most 500 characters (invalid, naming the field)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['editPost'] });
      if (c === null) return;
      const member = await c.as('member');
      await expectInvalid(member.editPost!({ target: 'answer', id: 'a-open-member', body: 'x' }), 'body', 'an edit with a one-character body');
      await expectInvalid(member.editPost!({ target: 'answer', id: 'a-open-member', body: newBody, title: 'An answer title' }), 'title', 'an answer edit with a title');
      await expectInvalid(member.editPost!({ target: 'answer', id: 'a-open-member', body: newBody, reason: 'x'.repeat(501) }), 'reason', 'an edit with a note of 501 characters');
      const asker = await c.as('asker');
      await expectInvalid(asker.editPost!({ target: 'question', id: 'q-open', body: newBody, title: 'Short' }), 'title', 'a question edit with a 5-character title');
      expectEqual((await (await c.as(null)).getAnswer('a-open-member')).revisionCount ?? 0, 0, 'revisionCount of a-open-member', 'after refused edits');
    },
  },
  {
    rule: 'deletePost: an author deletes their post (audited author-delete), not their accepted answer (conflict, reason accepted-answer); others cannot',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['editPost'] });
      if (c === null) return;
      await expectFailure((await c.as('member')).deletePost!({ target: 'answer', id: 'a-open-expert' }), 'forbidden', "deleting someone else's answer");
      await expectFailure((await c.as(null)).deletePost!({ target: 'answer', id: 'a-open-expert' }), 'unauthenticated', 'a delete by an anonymous reader');
      const accepted = await (await c.as('staff')).getAnswer('a-solved-staff');
      expectEqual(accepted.viewerCan.delete, true, 'viewerCan.delete of a-solved-staff', 'for staff (a moderator role)');
      const ownAccepted = await (await c.as('member')).getAnswer('a-nl-wifi-member');
      expectEqual(ownAccepted.viewerCan.delete, false, 'viewerCan.delete of an accepted answer', 'for its author');
      await expectRefusal((await c.as('member')).deletePost!({ target: 'answer', id: 'a-nl-wifi-member' }), 'conflict', 'an author deleting their accepted answer', { reason: 'accepted-answer' });
      expectEqual((await (await c.as('member')).getAnswer('a-open-member')).viewerCan.delete, true, 'viewerCan.delete of a-open-member', 'for its author');
      const deleted = await (await c.as('member')).deletePost!({ target: 'answer', id: 'a-open-member' });
      expectEqual([deleted.state, deleted.viewerCan.delete, deleted.viewerCan.edit], ['deleted', false, false], '[state, viewerCan.delete, viewerCan.edit] of the deleted answer', 'for its author');
      const seen = await (await c.as(null)).getAnswer('a-open-member');
      expectEqual([seen.state, seen.body], ['deleted', ''], '[state, body] of the deleted answer', 'for an anonymous reader');
      await expectFailure((await c.as('member')).deletePost!({ target: 'answer', id: 'a-open-member' }), 'conflict', 'deleting a deleted answer');
      await expectFailure((await c.as('member')).editPost!({ target: 'answer', id: 'a-open-member', body: newBody }), 'conflict', 'editing a deleted answer');
      const question = await (await c.as('other')).deletePost!({ target: 'question', id: 'q-nl' });
      expectEqual(question.state, 'deleted', 'the state of q-nl', 'deleted by its author');
      ensure(!(await listedQuestionIds(await c.as(null))).includes('q-nl'), 'expected a deleted question left out of the lists');
      const moderator = await c.as('moderator');
      if (moderator.listAuditLog !== undefined) {
        const log = await moderator.listAuditLog({ targetId: 'a-open-member' });
        expectEqual(log.items.map((item) => [item.action, item.actor?.id, item.questionId]), [['author-delete', 'member', 'q-open']], '[action, actor, questionId] of the audit log of a-open-member');
      }
    },
  },
  {
    rule: 'deletePost: the kudos a deleted post earned no longer count for its author',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['editPost'] });
      if (c === null) return;
      const answer = await (await c.as('other')).postAnswer({ ...validAnswer, questionId: 'q-esim', body: 'Use "internet" as APN for the eSIM and leave the private SIM on its default APN.' });
      const start = (await (await c.as(null)).getUser('other')).reputation;
      await (await c.as('asker')).vote({ target: 'answer', id: answer.id, voted: true });
      await (await c.as('member')).vote({ target: 'answer', id: answer.id, voted: true });
      const earned = (await (await c.as(null)).getUser('other')).reputation;
      ensure(earned > start, `expected kudos to raise other's reputation, got ${start} then ${earned}`);
      await (await c.as('other')).deletePost!({ target: 'answer', id: answer.id });
      expectEqual((await (await c.as(null)).getUser('other')).reputation, start, "other's reputation", 'after deleting the answer that earned kudos');
    },
  },
];
