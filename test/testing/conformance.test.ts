import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { isMajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import type {
  AcceptInput,
  AcceptResult,
  Answer,
  CallOptions,
  ModerationSettings,
  Page,
  Question,
  QuestionQuery,
  VoteInput,
} from '../../src/core/types.js';
import {
  checkAdapterConformance,
  conformanceChecks,
  conformanceSeed,
  runAdapterConformance,
} from '../../src/testing/conformance.js';
import type { ConformanceReport } from '../../src/testing/conformance.js';

type AdapterClass = new (options: {
  seed: CommunitySeed;
  viewerId: string | null;
  moderation?: ModerationSettings;
}) => CommunityAdapter;

/** The suite over `adapterClass`, which applies the moderation settings each check asks for. */
function check(adapterClass: AdapterClass, name = adapterClass.name): Promise<ConformanceReport> {
  return checkAdapterConformance({
    name,
    create: ({ seed, viewerId, moderation }) => new adapterClass({ seed, viewerId, moderation }),
    moderationSettings: true,
  });
}

function failedRules(report: ConformanceReport): string[] {
  return report.results.filter((result) => !result.ok).map((result) => result.rule);
}

function messageOf(report: ConformanceReport, rule: string): string | undefined {
  return report.results.find((result) => result.rule === rule)?.error?.message;
}

function isForbidden(error: unknown): boolean {
  return isMajlisError(error) && error.code === 'forbidden';
}

/** Broken on purpose: members may give kudos to their own posts. */
class SelfVotingAdapter extends MemoryAdapter {
  override async vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    try {
      return await super.vote(input, options);
    } catch (error) {
      if (!isForbidden(error)) throw error;
      const post = input.target === 'question' ? await this.getQuestion(input.id) : await this.getAnswer(input.id);
      return { ...post, voteCount: post.voteCount + 1, viewerHasVoted: true };
    }
  }
}

/** Broken on purpose: a repeated vote by the same member counts again. */
class DoubleCountingAdapter extends MemoryAdapter {
  override async vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    const alreadyVoted = input.target === 'question' && (await this.getQuestion(input.id)).viewerHasVoted;
    const post = await super.vote(input, options);
    return input.voted && alreadyVoted ? { ...post, voteCount: post.voteCount + 1 } : post;
  }
}

/** Broken on purpose: lists vote counts as strings, as a careless JSON backend might. */
class JunkShapeAdapter extends MemoryAdapter {
  override async listQuestions(query?: QuestionQuery, options?: CallOptions): Promise<Page<Question>> {
    const page = await super.listQuestions(query, options);
    const items = page.items.map((question) => ({
      ...question,
      voteCount: String(question.voteCount) as unknown as number,
    }));
    return { ...page, items };
  }
}

/** Broken on purpose: any signed-in member may accept any answer. */
class AnyoneAcceptsAdapter extends MemoryAdapter {
  override async acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult> {
    try {
      return await super.acceptAnswer(input, options);
    } catch (error) {
      if (!isForbidden(error)) throw error;
      const answer = await this.getAnswer(input.answerId);
      const question = await this.getQuestion(answer.questionId);
      return {
        question: { ...question, acceptedAnswerId: input.accepted ? answer.id : null },
        answer: { ...answer, accepted: input.accepted },
        previous: null,
      };
    }
  }
}

describe('checkAdapterConformance', () => {
  it('passes every rule on MemoryAdapter', async () => {
    const report = await check(MemoryAdapter);
    const failures = report.results.filter((result) => !result.ok).map((result) => result.error?.message);
    expect(failures).to.deep.equal([]);
    expect(report).to.include({ name: 'MemoryAdapter', failed: 0, passed: conformanceChecks.length });
  });

  it('names the self-vote rule when an adapter lets members like their own posts', async () => {
    const rule = 'members cannot give kudos to their own posts (forbidden)';
    const report = await check(SelfVotingAdapter);
    expect(failedRules(report)).to.deep.equal([rule, 'failures are MajlisErrors with a known code and a message']);
    expect(messageOf(report, rule)).to.equal(
      `${rule}: expected kudos on their own question to fail with "forbidden", but it succeeded`,
    );
  });

  it('names the idempotency rule and both counts when a repeated vote counts twice', async () => {
    const rule = 'giving kudos twice counts once; taking it back twice is harmless';
    const report = await check(DoubleCountingAdapter);
    expect(failedRules(report)).to.deep.equal([rule]);
    expect(messageOf(report, rule)).to.equal(
      `${rule}: expected voteCount 3 after a second vote by the same user, got 4`,
    );
  });

  it('names the field path and the wrong type when an adapter returns junk shapes', async () => {
    const rule = 'listQuestions returns a well-formed page of questions';
    const report = await check(JunkShapeAdapter);
    expect(failedRules(report)).to.deep.equal([rule]);
    expect(messageOf(report, rule)).to.equal(
      `${rule}: listQuestions().items[0].voteCount: expected a non-negative integer, got "2"`,
    );
  });

  it('names the accept permission rule when any member may accept', async () => {
    const rule = 'only the asker, staff and moderators may accept (forbidden for other members)';
    const report = await check(AnyoneAcceptsAdapter);
    expect(failedRules(report)).to.deep.equal([rule]);
    expect(messageOf(report, rule)).to.equal(
      `${rule}: expected acceptAnswer by member, who did not ask the question to fail with "forbidden", but it succeeded`,
    );
  });

  it('reports a crashing create() as failures of every rule instead of throwing', async () => {
    const report = await checkAdapterConformance({
      name: 'Unreachable backend',
      create: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(report).to.include({ passed: 0, failed: conformanceChecks.length });
    expect(report.results[0].error!.message).to.equal(
      `${conformanceChecks[0].rule}: unexpected TypeError: Failed to fetch`,
    );
  });

  it('creates each adapter from a fresh copy of the seed and disposes every one', async () => {
    const created: CommunityAdapter[] = [];
    const disposed: CommunityAdapter[] = [];
    const seeds = new Set<CommunitySeed>();
    await checkAdapterConformance({
      name: 'MemoryAdapter',
      create: ({ seed, viewerId, moderation }) => {
        seeds.add(seed);
        created.push(new MemoryAdapter({ seed, viewerId, moderation }));
        return created.at(-1)!;
      },
      dispose: (adapter) => {
        disposed.push(adapter);
      },
    });
    expect(seeds.size).to.equal(created.length);
    expect(seeds.has(conformanceSeed)).to.equal(false);
    expect(disposed).to.have.members(created);
  });
});

describe('runAdapterConformance', () => {
  it('explains what to do when no test framework globals exist', () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    const { describe: savedDescribe, it: savedIt } = globals;
    globals.describe = undefined;
    globals.it = undefined;
    try {
      expect(() => runAdapterConformance({ name: 'X', create: ({ seed }) => new MemoryAdapter({ seed }) })).to.throw(
        /describe\(\) and it\(\) globals.*checkAdapterConformance\(\)/,
      );
    } finally {
      globals.describe = savedDescribe;
      globals.it = savedIt;
    }
  });
});
