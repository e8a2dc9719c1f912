import { expect } from '../helpers/fixture.js';
import { MajlisError } from '../../src/core/adapter.js';
import {
  DEFAULT_MODERATION,
  countLinks,
  editWindowOpen,
  floodViolation,
  needsApproval,
  premoderationFor,
  readFlagFields,
  readModerationInput,
  resolveModerationSettings,
  suspensionInForce,
  validateModerationSettings,
} from '../../src/core/moderation.js';

const now = new Date('2026-12-06T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

function invalidField(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(MajlisError);
    expect((error as MajlisError).code).to.equal('invalid');
    return (error as MajlisError).field;
  }
  throw new Error('expected the call to throw');
}

describe('moderation rules (src/core/moderation.ts)', () => {
  describe('validateModerationSettings / resolveModerationSettings', () => {
    it('accepts the defaults and fills in what an operator leaves out', () => {
      expect(validateModerationSettings(structuredClone(DEFAULT_MODERATION))).to.deep.equal(DEFAULT_MODERATION);
      const settings = resolveModerationSettings({ flagThreshold: 5, flood: { postsPerHour: 4 }, premoderationByCategory: { billing: 'links' } });
      expect(settings.flagThreshold).to.equal(5);
      expect(settings.flood).to.deep.equal({ ...DEFAULT_MODERATION.flood, postsPerHour: 4 });
      expect(premoderationFor(settings, 'billing')).to.equal('links');
      expect(premoderationFor(settings, 'network')).to.equal('off');
      expect(resolveModerationSettings()).to.deep.equal(DEFAULT_MODERATION);
      expect(resolveModerationSettings().flood).not.to.equal(DEFAULT_MODERATION.flood);
    });

    it('names the setting at fault', () => {
      const cases: [unknown, RegExp][] = [
        [{ flagThreshold: 0 }, /flagThreshold must be a whole number ≥ 1, got 0/],
        [{ premoderation: 'sometimes' }, /premoderation must be one of off, first-posts, links, all/],
        [{ premoderationByCategory: { billing: 'never' } }, /premoderationByCategory\.billing must be one of/],
        [{ firstPosts: 1.5 }, /firstPosts must be a whole number/],
        [{ editWindowMinutes: -1 }, /editWindowMinutes must be a whole number ≥ 0 \(0: never\) or null/],
        [{ flood: { postsPerHour: 0 } }, /flood\.postsPerHour must be a whole number ≥ 1/],
        [{ flood: { duplicateWindowMinutes: '60' } }, /flood\.duplicateWindowMinutes must be a whole number ≥ 0/],
        [{ flood: { perMinute: 3 } }, /flood has unknown settings perMinute/],
        [{ flagTreshold: 3 }, /the settings has unknown settings flagTreshold/],
        [{ flood: 10 }, /flood must be an object/],
      ];
      for (const [options, message] of cases) {
        expect(() => resolveModerationSettings(options as never), JSON.stringify(options)).to.throw(/^Invalid moderation settings: /);
        expect(() => resolveModerationSettings(options as never), JSON.stringify(options)).to.throw(message);
      }
      expect(() => validateModerationSettings(null)).to.throw(/expected an object/);
    });
  });

  describe('countLinks', () => {
    it('counts inline links, images, reference definitions, autolinks and bare URLs once each', () => {
      expect(countLinks('No link here, just 4G.')).to.equal(0);
      expect(countLinks('See [the map](https://coverage.example.com/map "Coverage").')).to.equal(1);
      expect(countLinks('![speed test](https://example.com/s.png) and https://status.example.com')).to.equal(2);
      expect(countLinks('<https://example.com> or <help@operator.example>')).to.equal(2);
      expect(countLinks('Go to www.example.be now')).to.equal(1);
      expect(countLinks('[guide][1]\n\n[1]: https://example.com/apn')).to.equal(1);
      expect(countLinks('رابط: https://example.com/ar و www.example.com')).to.equal(2);
    });
  });

  describe('needsApproval', () => {
    const settings = resolveModerationSettings({ premoderationByCategory: { billing: 'first-posts', roaming: 'links', network: 'all' }, firstPosts: 2 });
    const post = { categoryId: 'billing', role: 'member' as const, publishedPosts: 0, body: 'My invoice is wrong.' };

    it('follows the mode of the category', () => {
      expect(needsApproval(settings, post)).to.equal(true);
      expect(needsApproval(settings, { ...post, publishedPosts: 2 })).to.equal(false);
      expect(needsApproval(settings, { ...post, categoryId: 'roaming' })).to.equal(false);
      expect(needsApproval(settings, { ...post, categoryId: 'roaming', body: 'See https://example.com' })).to.equal(true);
      expect(needsApproval(settings, { ...post, categoryId: 'network', publishedPosts: 100 })).to.equal(true);
      expect(needsApproval(settings, { ...post, categoryId: 'tv' })).to.equal(false);
    });

    it('never holds moderators or staff', () => {
      for (const role of ['moderator', 'staff'] as const) expect(needsApproval(settings, { ...post, categoryId: 'network', role })).to.equal(false);
      expect(needsApproval(settings, { ...post, categoryId: 'network', role: 'expert' })).to.equal(true);
    });
  });

  it('editWindowOpen: null is always, 0 never, else minutes after creation', () => {
    const window = (editWindowMinutes: number | null) => resolveModerationSettings({ editWindowMinutes });
    expect(editWindowOpen(window(null), '2020-01-01T00:00:00.000Z', now)).to.equal(true);
    expect(editWindowOpen(window(0), minutesAgo(0), now)).to.equal(false);
    expect(editWindowOpen(window(30), minutesAgo(29), now)).to.equal(true);
    expect(editWindowOpen(window(30), minutesAgo(30), now)).to.equal(false);
  });

  describe('floodViolation', () => {
    const settings = resolveModerationSettings({ flood: { postsPerHour: 2, newMemberLinks: 1, newMemberReputation: 50, duplicateWindowMinutes: 60 } });
    const member = { role: 'member' as const, reputation: 10 };

    it('limits posts an hour, with retryAfter until the oldest leaves the hour', () => {
      const recent = [
        { body: 'first', createdAt: minutesAgo(50) },
        { body: 'second', createdAt: minutesAgo(10) },
        { body: 'old', createdAt: minutesAgo(61) },
      ];
      const error = floodViolation(settings, member, 'third', recent, now);
      expect([error?.code, error?.retryAfter]).to.deep.equal(['rate-limited', 600]);
      expect(floodViolation(settings, member, 'third', recent.slice(1), now)).to.equal(null);
      expect(floodViolation(settings, { role: 'staff', reputation: 0 }, 'third', recent, now)).to.equal(null);
    });

    it('limits the links of new members, naming the body', () => {
      const error = floodViolation(settings, member, 'https://a.example and https://b.example', [], now);
      expect([error?.code, error?.field, error?.reason]).to.deep.equal(['invalid', 'body', 'too-many-links']);
      expect(floodViolation(settings, { ...member, reputation: 50 }, 'https://a.example and https://b.example', [], now)).to.equal(null);
    });

    it('refuses the same text within the window, ignoring case and spaces', () => {
      const recent = [{ body: 'Restart the  router.', createdAt: minutesAgo(59) }];
      const error = floodViolation(settings, member, ' restart the router. ', recent, now);
      expect([error?.code, error?.reason]).to.deep.equal(['conflict', 'duplicate']);
      expect(floodViolation(settings, member, 'restart the router.', [{ ...recent[0], createdAt: minutesAgo(61) }], now)).to.equal(null);
    });
  });

  it('readFlagFields: known reasons, a note for "other", at most 500 characters', () => {
    expect(readFlagFields('spam', undefined)).to.deep.equal({ reason: 'spam', note: null });
    expect(readFlagFields('other', '  Phone number in the post  ')).to.deep.equal({ reason: 'other', note: 'Phone number in the post' });
    expect(invalidField(() => readFlagFields('rude', null))).to.equal('reason');
    expect(invalidField(() => readFlagFields('other', ' '))).to.equal('note');
    expect(invalidField(() => readFlagFields('spam', 'x'.repeat(501)))).to.equal('note');
    expect(invalidField(() => readFlagFields('spam', 'bad\u0000note'))).to.equal('note');
  });

  describe('readModerationInput', () => {
    it('checks each action against its target and what it needs', () => {
      expect(readModerationInput({ action: 'hide', target: 'answer', id: 'a-1', reason: ' Spam link ' }, now)).to.deep.equal({
        action: 'hide',
        target: 'answer',
        id: 'a-1',
        reason: 'Spam link',
      });
      expect(readModerationInput({ action: 'move', target: 'question', id: 'q-1', categoryId: 'billing' }, now).categoryId).to.equal('billing');
      expect(readModerationInput({ action: 'suspend', target: 'user', id: 'u-1', reason: 'Insults' }, now).until).to.equal(null);
      expect(readModerationInput({ action: 'suspend', target: 'user', id: 'u-1', reason: 'Insults', until: '2026-12-13T12:00:00+01:00' }, now).until).to.equal('2026-12-13T11:00:00.000Z');
      const cases: [unknown, string][] = [
        [{ action: 'ban', target: 'user', id: 'u-1' }, 'action'],
        [{ action: 'lock', target: 'answer', id: 'a-1' }, 'target'],
        [{ action: 'approve', target: 'user', id: 'u-1' }, 'target'],
        [{ action: 'unsuspend', target: 'question', id: 'q-1' }, 'target'],
        [{ action: 'lock', target: 'question' }, 'id'],
        [{ action: 'delete', target: 'question', id: 'q-1' }, 'reason'],
        [{ action: 'hide', target: 'question', id: 'q-1', reason: 'x'.repeat(501) }, 'reason'],
        [{ action: 'move', target: 'question', id: 'q-1' }, 'categoryId'],
        [{ action: 'mark-duplicate', target: 'question', id: 'q-1', duplicateOf: '' }, 'duplicateOf'],
        [{ action: 'suspend', target: 'user', id: 'u-1', reason: 'x', until: minutesAgo(1) }, 'until'],
        [{ action: 'suspend', target: 'user', id: 'u-1', reason: 'x', until: 42 }, 'until'],
      ];
      for (const [input, field] of cases) expect(invalidField(() => readModerationInput(input, now)), JSON.stringify(input)).to.equal(field);
      expect(() => readModerationInput('lock')).to.throw(MajlisError);
    });
  });

  it('suspensionInForce: until a future time, or indefinitely', () => {
    expect(suspensionInForce(null, now)).to.equal(false);
    expect(suspensionInForce({ until: null }, now)).to.equal(true);
    expect(suspensionInForce({ until: minutesAgo(-1) }, now)).to.equal(true);
    expect(suspensionInForce({ until: minutesAgo(1) }, now)).to.equal(false);
  });
});
