import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceIdeas, conformanceSeed } from '../../src/testing/conformance.js';
import { runCapabilityConformance } from '../helpers/capability-conformance.js';

runCapabilityConformance('ideas', 'ideas:');

const seedWith = (ideas: CommunitySeed['ideas']): CommunitySeed => ({ ...structuredClone(conformanceSeed), ideas: structuredClone(ideas) });

describe('MemoryAdapter ideas', () => {
  it('loads seeded ideas with their status, evaluations and wins, and awards the winner badge', async () => {
    const adapter = new MemoryAdapter({ seed: seedWith([...conformanceIdeas]) });
    const idea = await adapter.getIdea('q-esim');
    expect([idea.status, idea.statusNote, idea.statusChangedBy?.id]).to.deep.equal(['planned', 'eSIM for smartwatches comes in spring.', 'staff']);
    expect(idea.evaluation).to.deep.equal({ constructive: 4.5, creative: 3.5, feasible: 4.5, effective: 4, evaluators: 2 });
    expect(idea.winnerOf).to.deep.equal(['2026-01']);
    const author = (await adapter.getQuestion('q-esim')).author.id;
    expect((await adapter.getUser(author)).badges?.map((badge) => badge.id)).to.include('idea-of-the-month');
    expect((await adapter.listQuestions({ limit: 100 })).items.map((question) => question.id)).not.to.include.members(['q-esim', 'q-nl']);
    expect((await adapter.listIdeas({ status: 'duplicate' })).items.map((each) => each.mergedInto)).to.deep.equal(['q-nl']);
  });

  it('refuses a seeded idea of an unknown question, a duplicate without mergedInto and a bad score, naming the record', () => {
    expect(() => new MemoryAdapter({ seed: seedWith([{ questionId: 'q-nowhere', topic: 'care' }]) })).to.throw(/ideas\[0\]/);
    expect(() => new MemoryAdapter({ seed: seedWith([{ questionId: 'q-nl', topic: 'care', status: 'duplicate' }]) })).to.throw(/mergedInto/);
    const badScore = seedWith([
      { questionId: 'q-nl', topic: 'care', evaluations: [{ userId: 'staff', constructive: 9, creative: 1, feasible: 1, effective: 1 }] },
    ]);
    expect(() => new MemoryAdapter({ seed: badScore })).to.throw(/constructive/);
  });

  it('keeps ideas across page loads with local-storage persistence', async () => {
    const storageKey = `ideas-${Math.random()}`;
    const first = new MemoryAdapter({ seed: conformanceSeed, viewerId: 'member', persist: 'local-storage', storageKey });
    const idea = await first.submitIdea({
      title: 'Family plan with shared data for four',
      body: 'One bundle of data for the whole family, shared between four SIM cards.',
      categoryId: 'billing',
      language: 'en',
      topic: 'products',
    });
    const second = new MemoryAdapter({ seed: conformanceSeed, persist: 'local-storage', storageKey });
    expect((await second.getIdea(idea.id)).topic).to.equal('products');
    second.reset();
  });
});
