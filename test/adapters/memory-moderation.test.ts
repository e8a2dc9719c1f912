import { expect, loadDemoSeed } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceSeed } from '../../src/testing/conformance.js';

/** The conformance community with moderation records of its own. */
function seed(extra: Partial<CommunitySeed> = {}): CommunitySeed {
  return { ...structuredClone(conformanceSeed), ...structuredClone(extra) };
}

async function rejection(promise: Promise<unknown>): Promise<MajlisError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(MajlisError);
    return error as MajlisError;
  }
  throw new Error('expected a rejection');
}

describe('MemoryAdapter moderation', () => {
  it('refuses bad moderation settings when it is created, naming the setting', () => {
    expect(() => new MemoryAdapter({ seed: seed(), moderation: { flagThreshold: 0 } })).to.throw(/flagThreshold must be a whole number ≥ 1/);
    expect(() => new MemoryAdapter({ seed: seed(), moderation: { flood: { postsPerHour: -1 } } })).to.throw(/flood\.postsPerHour/);
  });

  it('loads moderation records from a seed, and names the bad record', () => {
    const adapter = new MemoryAdapter({
      seed: seed({
        flags: [{ userId: 'member', target: 'answer', targetId: 'a-open-expert', reason: 'spam', createdAt: '2024-05-02T10:00:00Z' }],
        suspensions: [{ userId: 'other', until: null, reason: 'Spam', byId: 'moderator' }],
        audit: [{ id: 'audit-1', actorId: 'moderator', action: 'suspend', target: 'user', targetId: 'other', reason: 'Spam', createdAt: '2024-05-03T10:00:00Z' }],
      }),
      viewerId: 'moderator',
    });
    return Promise.all([adapter.getAnswer('a-open-expert'), adapter.getUser('other'), adapter.listAuditLog()]).then(([answer, user, log]) => {
      expect(answer.flagCount).to.equal(1);
      expect(user.suspension).to.deep.equal({ until: null, reason: 'Spam' });
      expect(log.items.map((entry) => entry.id)).to.deep.equal(['audit-1']);
      const bad: [Partial<CommunitySeed>, RegExp][] = [
        [{ flags: [{ userId: 'expert', target: 'answer', targetId: 'a-open-expert', reason: 'spam', createdAt: '2024-05-02T10:00:00Z' }] }, /flags\[0\] flags the member's own answer/],
        [{ flags: [{ userId: 'member', target: 'answer', targetId: 'a-open-expert', reason: 'other', createdAt: '2024-05-02T10:00:00Z' }] }, /flags\[0\] has reason "other" without a note/],
        [{ revisions: [{ target: 'answer', targetId: 'a-open-expert', number: 2, body: 'x', editedById: 'expert', createdAt: '2024-05-02T10:00:00Z' }] }, /revisions\[0\] has number 2/],
        [{ revisions: [{ target: 'answer', targetId: 'a-open-expert', number: 1, body: 'Something else', editedById: 'expert', createdAt: '2024-05-02T10:00:00Z' }] }, /the last revision of answer "a-open-expert" differs/],
        [{ suspensions: [{ userId: 'nobody' }] }, /suspensions\[0\] has an unknown userId "nobody"/],
        [{ audit: [{ id: 'audit-1', actorId: null, action: 'vanish' as never, target: 'user', targetId: 'other', createdAt: '2024-05-03T10:00:00Z' }] }, /audit\[0\] \(id "audit-1"\) has an unknown action "vanish"/],
      ];
      for (const [extra, message] of bad) expect(() => new MemoryAdapter({ seed: seed(extra) })).to.throw(message);
      const withState = seed();
      withState.answers[0] = { ...withState.answers[0], state: 'gone' as never };
      expect(() => new MemoryAdapter({ seed: withState })).to.throw(/answers\[0\] \(id "a-open-expert"\) has an unknown state "gone"/);
    });
  });

  it("the demo seed starts with a realistic queue: reported, pending and hidden posts, an edited answer, a suspension", async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: 'u-sophie' });
    const ids = async (tab: 'reported' | 'pending' | 'hidden') =>
      (await adapter.listModerationQueue({ tab })).items.map((item) => item.answer?.id ?? item.question.id);
    expect(await ids('reported')).to.deep.equal(['a-86', 'a-87', 'a-88', 'q-33']);
    expect(await ids('pending')).to.deep.equal(['q-36', 'a-89', 'q-37']);
    expect(await ids('hidden')).to.deep.equal(['a-90']);
    expect((await adapter.getAnswer('a-85')).revisionCount).to.equal(2);
    expect((await adapter.listRevisions('answer', 'a-85')).map((revision) => revision.editedBy.id)).to.deep.equal(['u-pieter', 'u-pieter', 'u-sophie']);
    expect((await adapter.getUser('u-bram')).suspension?.until).to.equal('2027-01-15T00:00:00.000Z');
    expect((await adapter.listAuditLog()).items.map((entry) => entry.id)).to.deep.equal(['audit-4', 'audit-3', 'audit-2', 'audit-1', 'audit-5']);
    adapter.setViewer(null);
    expect((await adapter.listQuestions({ limit: 100 })).total).to.equal(35);
    const hidden = await adapter.getAnswer('a-90');
    expect([hidden.state, hidden.body, hidden.moderation?.by?.name]).to.deep.equal(['hidden', '', 'Sophie Lambert']);
    expect((await rejection(adapter.getQuestion('q-36'))).code).to.equal('not-found');
  });

  it("keeps flags, revisions, suspensions, the audit log and posts' states across page loads", async () => {
    const storageKey = `moderation-${Math.random()}`;
    const options = { seed: seed(), persist: 'local-storage' as const, storageKey, moderation: { flagThreshold: 1, editWindowMinutes: null } };
    try {
      const first = new MemoryAdapter({ ...options, viewerId: 'member' });
      await first.flag({ target: 'answer', id: 'a-open-expert', reason: 'spam' });
      await first.editPost({ target: 'answer', id: 'a-open-member', body: 'Forcing 4G only helped; so did VoLTE.' });
      first.setViewer('moderator');
      await first.moderate({ action: 'suspend', target: 'user', id: 'other', reason: 'Spam links', until: null });
      await first.moderate({ action: 'pin', target: 'question', id: 'q-esim' });
      const second = new MemoryAdapter({ ...options, viewerId: 'moderator' });
      expect((await second.getAnswer('a-open-expert')).state).to.equal('hidden');
      expect((await second.listRevisions('answer', 'a-open-member')).length).to.equal(2);
      expect((await second.getUser('other')).suspension?.reason).to.equal('Spam links');
      expect((await second.getQuestion('q-esim')).pinned).to.equal(true);
      expect((await second.listAuditLog()).items.map((entry) => entry.action)).to.deep.equal(['pin', 'suspend', 'edit', 'auto-hide']);
      second.setViewer('member');
      expect((await second.getAnswer('a-open-expert')).viewerHasFlagged).to.equal(true);
    } finally {
      localStorage.removeItem(`majlis:memory:${storageKey}`);
    }
  });

  it('simulates failures of the moderation calls like the others', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), viewerId: 'moderator', simulate: { failures: { moderate: 'network', listAuditLog: 'unavailable' } } });
    expect((await rejection(adapter.moderate({ action: 'lock', target: 'question', id: 'q-open' }))).code).to.equal('network');
    expect((await rejection(adapter.listAuditLog())).code).to.equal('unavailable');
    expect((await adapter.getQuestion('q-open')).status).to.equal('open');
  });
});
