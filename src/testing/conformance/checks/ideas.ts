/**
 * Ideas (optional capability `ideas`, `src/core/contract/ideas.ts`): submitting, the staff-only status workflow,
 * evaluation averages, merging with kudos carried over, winners with their badge, filters and orders. An idea is a
 * question, so kudos and comments go through `vote` and `postAnswer`. Each check is skipped when the adapter lacks
 * the capability.
 */
import * as ideas from '../../../core/contract/ideas.js';
import { IDEA_WINNER_BADGE } from '../../../core/idea-names.js';
import { shapeOf } from '../../../core/shapes.js';
import type { IdeaQuery, IdeaScores, SubmitIdeaInput } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid, expectShape } from '../assertions.js';
import { community, listedQuestionIds } from '../community.js';
import type { Community } from '../community.js';
import type { Adapter } from '../helpers.js';
import { validAnswer } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const ideaShape = shapeOf(ideas.Idea);

const coverage: SubmitIdeaInput = {
  title: 'Show 4G and 5G coverage per street in the app',
  body: 'Before moving house I would like to check the indoor coverage of my new street in the app.',
  categoryId: 'network',
  language: 'en',
  topic: 'network',
};
const roaming: SubmitIdeaInput = {
  title: 'Een roamingbundel voor een weekend weg',
  body: 'Voor een weekend naar Parijs is een bundel van een maand te veel. Een bundel van drie dagen graag!',
  categoryId: 'roaming',
  language: 'nl-BE',
  topic: 'products',
};
const chat: SubmitIdeaInput = {
  title: 'Trò chuyện với tổng đài viên vào buổi tối',
  body: 'Tôi làm việc cả ngày, xin mở kênh chat hỗ trợ đến 22 giờ.',
  categoryId: 'billing',
  language: 'vi',
  topic: 'care',
};

const invoice: SubmitIdeaInput = {
  title: 'Une facture détaillée par ligne pour les familles',
  body: 'Avec quatre lignes dans la famille, je voudrais voir la consommation de chacune sur la facture.',
  categoryId: 'billing',
  language: 'fr',
  topic: 'products',
};

const scores = (value: number): IdeaScores => ({ constructive: value, creative: value, feasible: value, effective: value });

async function submit(c: Community, as: string, input: SubmitIdeaInput): Promise<string> {
  return (await (await c.as(as)).submitIdea!(input)).id;
}

async function listedIdeaIds(adapter: Adapter, query: IdeaQuery = {}): Promise<string[]> {
  return (await adapter.listIdeas!({ ...query, limit: 100 })).items.map((idea) => idea.id);
}

export const ideaChecks: readonly ConformanceCheck[] = [
  {
    rule: 'ideas: a member submits an idea (status new, its topic, a question with kudos and comments); lists of questions leave it out',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const idea = await (await c.as('member')).submitIdea!(coverage);
      expectShape(idea, ideaShape, 'submitIdea()');
      expectEqual([idea.topic, idea.status, idea.statusNote, idea.mergedInto, idea.evaluation], ['network', 'new', null, null, null], '[topic, status, statusNote, mergedInto, evaluation]', 'of a new idea');
      expectEqual([idea.question.id, idea.question.title, idea.question.author.id], [idea.id, coverage.title, 'member'], '[question.id, title, author]', 'of a new idea');
      expectEqual(idea.winnerOf, [], 'winnerOf', 'of a new idea');
      expectEqual((await (await c.as(null)).getIdea!(idea.id)).question.title, coverage.title, 'the title of a new idea', 'as an anonymous reader gets it');
      ensure(!(await listedQuestionIds(await c.as('member'))).includes(idea.id), 'expected listQuestions to leave out ideas');
      expectEqual(await listedIdeaIds(await c.as(null)), [idea.id], 'the ideas listIdeas lists');
      await expectFailure((await c.as(null)).getIdea!('q-open'), 'not-found', 'getIdea of a question that is not an idea');
      const voted = await (await c.as('other')).vote({ target: 'question', id: idea.id, voted: true });
      expectEqual(voted.voteCount, 1, 'voteCount of an idea', 'after a kudos through vote()');
      const comment = await (await c.as('other')).postAnswer({ ...validAnswer, questionId: idea.id });
      expectEqual(comment.questionId, idea.id, 'questionId of a comment on an idea');
      const after = await (await c.as('other')).getIdea!(idea.id);
      expectEqual([after.question.voteCount, after.question.viewerHasVoted, after.question.answerCount], [1, true, 1], '[voteCount, viewerHasVoted, answerCount]', 'of the idea after a kudos and a comment');
    },
  },
  {
    rule: 'ideas: anonymous readers cannot submit (unauthenticated); a missing or unknown topic and a bad title are invalid',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      await expectFailure((await c.as(null)).submitIdea!(coverage), 'unauthenticated', 'an idea from an anonymous reader');
      const member = await c.as('member');
      await expectInvalid(member.submitIdea!({ ...coverage, topic: 'pricing' } as unknown as SubmitIdeaInput), 'topic', 'an idea with topic "pricing"');
      const { topic: _topic, ...withoutTopic } = coverage;
      await expectInvalid(member.submitIdea!(withoutTopic as SubmitIdeaInput), 'topic', 'an idea without a topic');
      await expectInvalid(member.submitIdea!({ ...coverage, title: 'Short' }), 'title', 'an idea with a five-character title');
      expectEqual(await listedIdeaIds(await c.as('member')), [], 'the ideas listIdeas lists', 'after refused submissions');
    },
  },
  {
    rule: 'ideas: only staff and moderators set a status, with a public note; duplicate comes from merging only',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const id = await submit(c, 'member', coverage);
      await expectFailure((await c.as('member')).setIdeaStatus!({ ideaId: id, status: 'planned' }), 'forbidden', 'a status set by its author');
      await expectFailure((await c.as('expert')).setIdeaStatus!({ ideaId: id, status: 'planned' }), 'forbidden', 'a status set by an expert');
      await expectFailure((await c.as(null)).setIdeaStatus!({ ideaId: id, status: 'planned' }), 'unauthenticated', 'a status set by an anonymous reader');
      const planned = await (await c.as('staff')).setIdeaStatus!({ ideaId: id, status: 'planned', note: '  Coming with the app release of May.  ' });
      expectShape(planned, ideaShape, 'setIdeaStatus()');
      expectEqual([planned.status, planned.statusNote, planned.statusChangedBy?.id], ['planned', 'Coming with the app release of May.', 'staff'], '[status, statusNote, statusChangedBy]', 'after staff planned it');
      ensure(planned.statusChangedAt !== null, 'expected statusChangedAt once a status is set');
      const seen = await (await c.as(null)).getIdea!(id);
      expectEqual([seen.status, seen.statusNote], ['planned', 'Coming with the app release of May.'], '[status, statusNote]', 'as an anonymous reader sees them');
      const reviewed = await (await c.as('moderator')).setIdeaStatus!({ ideaId: id, status: 'in-progress', note: '   ' });
      expectEqual([reviewed.status, reviewed.statusNote], ['in-progress', null], '[status, statusNote]', 'after a blank note');
      await expectInvalid((await c.as('staff')).setIdeaStatus!({ ideaId: id, status: 'duplicate' } as never), 'status', 'status "duplicate" set directly');
      await expectInvalid((await c.as('staff')).setIdeaStatus!({ ideaId: id, status: 'shipped' } as never), 'status', 'status "shipped"');
      await expectFailure((await c.as('staff')).setIdeaStatus!({ ideaId: 'q-open', status: 'planned' }), 'not-found', 'a status on a question that is not an idea');
      const perms = (await (await c.as('member')).getIdea!(id)).viewerCan;
      expectEqual([perms.setStatus, perms.evaluate, perms.merge, perms.markWinner], [false, false, false, false], 'viewerCan of an idea', 'for a member');
      const staffPerms = (await (await c.as('staff')).getIdea!(id)).viewerCan;
      expectEqual([staffPerms.setStatus, staffPerms.evaluate, staffPerms.merge, staffPerms.markWinner], [true, true, true, true], 'viewerCan of an idea', 'for staff');
    },
  },
  {
    rule: 'ideas: staff evaluate 1-5 on four criteria, once each (a second evaluation replaces the first); readers see averages only',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const id = await submit(c, 'member', coverage);
      await expectFailure((await c.as('member')).evaluateIdea!({ ideaId: id, ...scores(5) }), 'forbidden', 'an evaluation by a member');
      await (await c.as('staff')).evaluateIdea!({ ideaId: id, ...scores(2) });
      await (await c.as('staff')).evaluateIdea!({ ideaId: id, ...scores(4) });
      const idea = await (await c.as('moderator')).evaluateIdea!({ ideaId: id, constructive: 5, creative: 3, feasible: 2, effective: 5 });
      expectEqual(idea.evaluation, { constructive: 4.5, creative: 3.5, feasible: 3, effective: 4.5, evaluators: 2 }, 'evaluation', 'after two staff members evaluated (one twice)');
      expectEqual(idea.viewerEvaluation, { constructive: 5, creative: 3, feasible: 2, effective: 5 }, 'viewerEvaluation', 'for the moderator who evaluated');
      expectEqual((await (await c.as('staff')).getIdea!(id)).viewerEvaluation, scores(4), 'viewerEvaluation', 'for staff (their second evaluation)');
      const seen = await (await c.as('member')).getIdea!(id);
      expectEqual([seen.evaluation?.evaluators, seen.viewerEvaluation], [2, null], '[evaluators, viewerEvaluation]', 'for a member');
      await expectInvalid((await c.as('staff')).evaluateIdea!({ ideaId: id, ...scores(4), feasible: 6 }), 'feasible', 'feasible 6');
      await expectInvalid((await c.as('staff')).evaluateIdea!({ ideaId: id, ...scores(4), creative: 2.5 }), 'creative', 'creative 2.5');
    },
  },
  {
    rule: 'ideas: staff merge a duplicate into another idea: it becomes duplicate, its kudos move over (once per member, never the author\'s own)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const into = await submit(c, 'asker', coverage);
      const from = await submit(c, 'other', { ...coverage, title: 'Coverage map with indoor signal in the app please' });
      for (const voter of ['member', 'expert', 'asker']) await (await c.as(voter)).vote({ target: 'question', id: from, voted: true });
      await (await c.as('member')).vote({ target: 'question', id: into, voted: true });
      await expectFailure((await c.as('member')).mergeIdea!({ ideaId: from, intoId: into }), 'forbidden', 'a merge by a member');
      await expectInvalid((await c.as('staff')).mergeIdea!({ ideaId: from, intoId: from }), 'intoId', 'a merge of an idea into itself');
      const result = await (await c.as('staff')).mergeIdea!({ ideaId: from, intoId: into, note: 'Same idea as the coverage map.' });
      expectShape(result, shapeOf(ideas.MergeIdeaResult), 'mergeIdea()');
      expectEqual([result.idea.status, result.idea.mergedInto, result.idea.statusNote], ['duplicate', into, 'Same idea as the coverage map.'], '[status, mergedInto, statusNote]', 'of the merged idea');
      expectEqual(result.into.question.voteCount, 2, 'voteCount of the idea merged into', '(member once; expert carried over; its author asker left out)');
      expectEqual((await (await c.as('expert')).getIdea!(into)).question.viewerHasVoted, true, 'viewerHasVoted of the idea merged into', 'for a member whose kudos was carried over');
      expectEqual((await (await c.as(null)).getIdea!(from)).question.voteCount, 0, 'voteCount of the merged idea');
      await expectFailure((await c.as('staff')).mergeIdea!({ ideaId: from, intoId: into }), 'conflict', 'merging a merged idea again');
      const third = await submit(c, 'member', roaming);
      await expectInvalid((await c.as('staff')).mergeIdea!({ ideaId: third, intoId: from }), 'intoId', 'a merge into a merged idea');
      await expectFailure((await c.as('staff')).setIdeaStatus!({ ideaId: from, status: 'planned' }), 'conflict', 'a status on a merged idea');
    },
  },
  {
    rule: 'ideas: staff mark a winner of a month, once (again changes nothing); its author earns the idea-of-the-month badge; winners list latest first',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const first = await submit(c, 'member', coverage);
      const second = await submit(c, 'other', chat);
      await expectFailure((await c.as('member')).markIdeaWinner!({ ideaId: first, period: '2027-03' }), 'forbidden', 'a winner marked by a member');
      await expectInvalid((await c.as('staff')).markIdeaWinner!({ ideaId: first, period: 'March 2027' }), 'period', 'period "March 2027"');
      await expectInvalid((await c.as('staff')).markIdeaWinner!({ ideaId: first, period: '2027-13' }), 'period', 'period "2027-13"');
      const win = await (await c.as('staff')).markIdeaWinner!({ ideaId: first, period: '2027-02' });
      expectShape(win, shapeOf(ideas.IdeaWinner), 'markIdeaWinner()');
      expectEqual([win.period, win.idea.id, win.idea.winnerOf], ['2027-02', first, ['2027-02']], '[period, idea, winnerOf]', 'of a new win');
      const again = await (await c.as('staff')).markIdeaWinner!({ ideaId: first, period: '2027-02' });
      expectEqual(again.awardedAt, win.awardedAt, 'awardedAt', 'after marking the same win twice');
      await (await c.as('moderator')).markIdeaWinner!({ ideaId: second, period: '2027-03' });
      const winners = await (await c.as(null)).listIdeaWinners!();
      expectShape(winners, shapeOf(ideas.IdeaWinnerList), 'listIdeaWinners()');
      expectEqual(winners.map((each) => [each.period, each.idea.id]), [['2027-03', second], ['2027-02', first]], '[period, idea] of the winners');
      const badges = (await (await c.as(null)).getUser('member')).badges ?? [];
      expectEqual(badges.filter((badge) => badge.id === IDEA_WINNER_BADGE).length, 1, `how many ${IDEA_WINNER_BADGE} badges the winner's author holds`);
    },
  },
  {
    rule: 'ideas: listIdeas filters by topic, status and language, and orders by most kudos or newest',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'], clock: true });
      if (c === null) return;
      const network = await submit(c, 'member', coverage);
      c.advance(1);
      const products = await submit(c, 'asker', roaming);
      c.advance(1);
      const care = await submit(c, 'member', chat);
      for (const voter of ['other', 'expert']) await (await c.as(voter)).vote({ target: 'question', id: products, voted: true });
      await (await c.as('other')).vote({ target: 'question', id: care, voted: true });
      await (await c.as('staff')).setIdeaStatus!({ ideaId: network, status: 'under-review' });
      const reader = await c.as(null);
      expectEqual(await listedIdeaIds(reader), [products, care, network], 'ideas by most kudos (the default)');
      expectEqual(await listedIdeaIds(reader, { sort: 'newest' }), [care, products, network], 'ideas by newest');
      expectEqual(await listedIdeaIds(reader, { topic: 'care' }), [care], 'ideas of topic care');
      expectEqual(await listedIdeaIds(reader, { status: 'under-review' }), [network], 'ideas under review');
      expectEqual(await listedIdeaIds(reader, { status: 'new', sort: 'newest' }), [care, products], 'new ideas');
      expectEqual(await listedIdeaIds(reader, { language: 'nl' }), [products], 'ideas in Dutch (nl matches nl-BE)');
      await expectInvalid(reader.listIdeas!({ topic: 'pricing' } as never), 'topic', 'a list of topic "pricing"');
      await expectInvalid(reader.listIdeas!({ sort: 'oldest' } as never), 'sort', 'a list sorted "oldest"');
      const firstPage = await reader.listIdeas!({ limit: 2 });
      expectShape(firstPage, shapeOf(ideas.IdeaPage), 'listIdeas()');
      ensure(firstPage.nextCursor !== null, 'expected a next page after 2 of 3 ideas');
      const secondPage = await reader.listIdeas!({ limit: 2, cursor: firstPage.nextCursor });
      expectEqual([...firstPage.items, ...secondPage.items].map((idea) => idea.id), [products, care, network], 'ideas over two pages');
    },
  },
  {
    rule: 'ideas: listIdeas with a search lists the ideas having any of its words (similar ideas); a blank search lists all',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'] });
      if (c === null) return;
      const network = await submit(c, 'member', coverage);
      const products = await submit(c, 'asker', roaming);
      await submit(c, 'member', chat);
      const reader = await c.as(null);
      expectEqual(await listedIdeaIds(reader, { search: 'coverage map' }), [network], 'ideas found by "coverage map"');
      expectEqual(await listedIdeaIds(reader, { search: 'roamingbundel zomer' }), [products], 'ideas found by "roamingbundel zomer"');
      expectEqual((await listedIdeaIds(reader, { search: '   ' })).length, 3, 'how many ideas a blank search lists');
      ensure(!(await listedIdeaIds(reader, { search: 'voicemail' })).includes(network), 'expected a search to leave out ideas without its words');
    },
  },
  {
    rule: `ideas: trending orders by kudos of the last 7 days (recentVoteCount)`,
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'], clock: true });
      if (c === null) return;
      const old = await submit(c, 'member', coverage);
      for (const voter of ['other', 'expert', 'asker']) await (await c.as(voter)).vote({ target: 'question', id: old, voted: true });
      c.advance(8 * 24 * 60);
      const fresh = await submit(c, 'member', chat);
      await (await c.as('other')).vote({ target: 'question', id: fresh, voted: true });
      const reader = await c.as(null);
      expectEqual(await listedIdeaIds(reader), [old, fresh], 'ideas by most kudos');
      expectEqual(await listedIdeaIds(reader, { sort: 'trending' }), [fresh, old], 'ideas by trending');
      const items = (await reader.listIdeas!({ sort: 'trending' })).items;
      expectEqual(items.map((idea) => idea.recentVoteCount), [1, 0], 'recentVoteCount of the trending ideas');
    },
  },
  {
    rule: 'ideas: listIdeas sorted by evaluation lists the highest mean of the criteria averages first, ties by kudos then newest, ideas not evaluated last; it pages; evaluated filters',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['ideas'], clock: true });
      if (c === null) return;
      const fair = await submit(c, 'member', coverage);
      c.advance(1);
      const liked = await submit(c, 'asker', roaming);
      c.advance(1);
      const best = await submit(c, 'member', chat);
      c.advance(1);
      const older = await submit(c, 'other', invoice);
      c.advance(1);
      const newer = await submit(c, 'asker', { ...coverage, title: 'Wifi calling on every phone we sell, please' });
      await (await c.as('staff')).evaluateIdea!({ ideaId: fair, ...scores(4) });
      await (await c.as('staff')).evaluateIdea!({ ideaId: liked, constructive: 5, creative: 3, feasible: 4, effective: 4 });
      await (await c.as('staff')).evaluateIdea!({ ideaId: best, ...scores(5) });
      await (await c.as('moderator')).evaluateIdea!({ ideaId: best, ...scores(4) });
      await (await c.as('other')).vote({ target: 'question', id: liked, voted: true });
      for (const voter of ['member', 'expert']) await (await c.as(voter)).vote({ target: 'question', id: older, voted: true });
      await (await c.as('member')).vote({ target: 'question', id: newer, voted: true });
      await (await c.as('expert')).vote({ target: 'question', id: newer, voted: true });
      const reader = await c.as(null);
      const expected = [best, liked, fair, newer, older];
      expectEqual(await listedIdeaIds(reader, { sort: 'evaluation' }), expected, 'ideas by evaluation', '(4.5; 4 with a kudos; 4; then not evaluated: 2 kudos each, newest first)');
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<NonNullable<Adapter['listIdeas']>>> = await reader.listIdeas!({ sort: 'evaluation', limit: 2, cursor });
        paged.push(...page.items.map((idea) => idea.id));
        cursor = page.nextCursor;
      } while (cursor !== null && paged.length < 10);
      expectEqual(paged, expected, 'ideas by evaluation over pages of 2');
      expectEqual(await listedIdeaIds(await c.as('staff'), { sort: 'evaluation', evaluated: true }), [best, liked, fair], 'evaluated ideas by evaluation');
      expectEqual(await listedIdeaIds(await c.as('staff'), { evaluated: false, sort: 'newest' }), [newer, older], 'ideas not evaluated yet, newest first');
      expectEqual(await listedIdeaIds(reader, { evaluated: false, topic: 'products' }), [older], 'ideas of topic products not evaluated yet');
      await expectInvalid(reader.listIdeas!({ evaluated: 'yes' } as never), 'evaluated', 'a list with evaluated "yes"');
    },
  },
];
