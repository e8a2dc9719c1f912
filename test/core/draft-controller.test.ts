import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { aTimeout, expect } from '../helpers/fixture.js';
import { DRAFT_KEY_PREFIX, DraftController } from '../../src/core/controllers/draft-controller.js';
import type { DraftOptions } from '../../src/core/controllers/draft-controller.js';

interface Draft {
  body: string;
}

const toDraft = (stored: unknown): Draft | undefined =>
  typeof stored === 'object' && stored !== null && typeof (stored as Draft).body === 'string'
    ? { body: (stored as Draft).body }
    : undefined;

/** A bare controller host: the controller needs no rendering, only connect/disconnect. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  connect(): void {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect(): void {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

function create(options: Partial<DraftOptions<Draft>> = {}): { host: Host; draft: DraftController<Draft> } {
  const host = new Host();
  const draft = new DraftController<Draft>(host, { parse: toDraft, delay: 30, ...options });
  host.connect();
  return { host, draft };
}

const stored = (name: string): unknown => {
  const raw = localStorage.getItem(DRAFT_KEY_PREFIX + name);
  return raw === null ? null : (JSON.parse(raw) as { value: unknown }).value;
};

/** A Storage whose every method throws, like Safari with storage blocked. */
const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** A Storage that reads fine but is full. */
function fullStorage(): Storage {
  return {
    get length() {
      return localStorage.length;
    },
    key: (index) => localStorage.key(index),
    getItem: (key) => localStorage.getItem(key),
    removeItem: (key) => localStorage.removeItem(key),
    clear: () => localStorage.clear(),
    setItem: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
  };
}

describe('DraftController', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('saves after a quiet delay, not on every keystroke', async () => {
    const { draft } = create({ delay: 60 });
    draft.open('answer:q-1');
    draft.save({ body: 'Restart' });
    await aTimeout(30);
    draft.save({ body: 'Restart the phone' });
    await aTimeout(30);
    expect(stored('answer:q-1')).to.equal(null);
    await aTimeout(60);
    expect(stored('answer:q-1')).to.deep.equal({ body: 'Restart the phone' });
  });

  it('hands the draft back to a new controller, as after a reload', async () => {
    const first = create();
    first.draft.open('answer:q-1');
    first.draft.save({ body: 'Zet roaming uit' });
    await aTimeout(60);
    first.host.disconnect();
    expect(create().draft.open('answer:q-1')).to.deep.equal({ body: 'Zet roaming uit' });
  });

  it('writes at once when the page is hidden or the host disconnects', () => {
    const { host, draft } = create({ delay: 10_000 });
    draft.open('answer:q-1');
    draft.save({ body: 'first' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored('answer:q-1')).to.deep.equal({ body: 'first' });
    draft.save({ body: 'second' });
    host.disconnect();
    expect(stored('answer:q-1')).to.deep.equal({ body: 'second' });
  });

  it('stops listening for pagehide once disconnected', () => {
    const { host, draft } = create({ delay: 10_000 });
    draft.open('answer:q-1');
    host.disconnect();
    localStorage.clear();
    draft.save({ body: 'late' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored('answer:q-1')).to.equal(null);
    draft.flush();
  });

  it('keeps drafts apart by name and writes the old one before switching', () => {
    const { draft } = create({ delay: 10_000 });
    draft.open('answer:q-1');
    draft.save({ body: 'for q-1' });
    expect(draft.open('answer:q-2')).to.equal(undefined);
    expect(stored('answer:q-1')).to.deep.equal({ body: 'for q-1' });
    draft.save({ body: 'for q-2' });
    expect(draft.open('answer:q-1')).to.deep.equal({ body: 'for q-1' });
    expect(stored('answer:q-2')).to.deep.equal({ body: 'for q-2' });
    expect(draft.name).to.equal('answer:q-1');
  });

  it('removes a draft saved as null (nothing left to keep)', async () => {
    const { draft } = create();
    draft.open('answer:q-1');
    draft.save({ body: 'x' });
    draft.flush();
    draft.save(null);
    await aTimeout(60);
    expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}answer:q-1`)).to.equal(null);
  });

  it('clear() removes the draft and drops a waiting save', async () => {
    const { draft } = create();
    draft.open('answer:q-1');
    draft.save({ body: 'posted' });
    draft.flush();
    draft.save({ body: 'posted!' });
    draft.clear();
    await aTimeout(60);
    expect(localStorage.getItem(`${DRAFT_KEY_PREFIX}answer:q-1`)).to.equal(null);
  });

  it('clear(name) leaves the open draft’s waiting save alone', async () => {
    const { draft } = create();
    draft.open('answer:q-1');
    draft.save({ body: 'q-1' });
    draft.flush();
    draft.open('answer:q-2');
    draft.save({ body: 'q-2' });
    draft.clear('answer:q-1');
    await aTimeout(60);
    expect(stored('answer:q-1')).to.equal(null);
    expect(stored('answer:q-2')).to.deep.equal({ body: 'q-2' });
  });

  it('ignores corrupt, foreign and stale stored values', () => {
    const key = `${DRAFT_KEY_PREFIX}answer:q-1`;
    const { draft } = create({ maxAge: 1000 });
    localStorage.setItem(key, '{not json');
    expect(draft.open('answer:q-1')).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value: { body: 42 } }));
    expect(draft.open('answer:q-1')).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now() - 5000, value: { body: 'old' } }));
    expect(draft.open('answer:q-1')).to.equal(undefined);
    expect(localStorage.getItem(key), 'a stale draft is removed').to.equal(null);
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value: { body: 'fresh' } }));
    expect(draft.open('answer:q-1')).to.deep.equal({ body: 'fresh' });
  });

  it('works without storage, keeping drafts in memory for the page', () => {
    const first = create({ storage: blocked });
    expect(first.draft.open('answer:blocked')).to.equal(undefined);
    first.draft.save({ body: 'offline draft' });
    expect(() => first.host.disconnect()).not.to.throw();
    const second = create({ storage: blocked });
    expect(second.draft.open('answer:blocked')).to.deep.equal({ body: 'offline draft' });
    second.draft.clear();
    expect(create({ storage: blocked }).draft.open('answer:blocked')).to.equal(undefined);
  });

  it('survives a full storage, and the newest text wins over the older stored copy', () => {
    const key = `${DRAFT_KEY_PREFIX}answer:full`;
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value: { body: 'older' } }));
    const { host, draft } = create({ storage: fullStorage });
    expect(draft.open('answer:full')).to.deep.equal({ body: 'older' });
    draft.save({ body: 'newer' });
    host.disconnect();
    expect(create({ storage: fullStorage }).draft.open('answer:full')).to.deep.equal({ body: 'newer' });
    create().draft.clear('answer:full');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(create().draft.open('answer:full')).to.equal(undefined);
  });
});
