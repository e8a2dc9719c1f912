import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { AcceptResult, Answer, Page, Question, User, UserProfile, VoteInput } from '../../src/core/types.js';

const layla: User = { id: 'u-layla', name: 'Layla (Nuvo Support)', role: 'staff', reputation: 1200, joinedAt: '2021-03-01T00:00:00Z' };
const sam: User = { id: 'u-sam', name: 'Sam Peeters', role: 'member', reputation: 40, joinedAt: '2024-05-10T00:00:00Z' };
const noViewerCan = { vote: true, edit: false, moderate: false };

export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    type: 'question',
    id: 'q-1',
    title: 'Mobile data stopped working after roaming in France',
    body: 'Since I came back from Paris my **4G** does not connect.',
    author: sam,
    language: 'en',
    createdAt: '2026-11-01T09:00:00Z',
    editedAt: null,
    voteCount: 3,
    viewerHasVoted: false,
    categoryId: 'network-quality',
    tags: ['roaming', 'apn'],
    answerCount: 2,
    acceptedAnswerId: null,
    status: 'open',
    lastActivityAt: '2026-11-02T09:00:00Z',
    viewerCan: { ...noViewerCan, answer: true },
    ...overrides,
  };
}

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    type: 'answer',
    id: 'a-1',
    questionId: 'q-1',
    body: 'Switch **Data roaming** off and reset the APN to `internet.nuvo`.',
    author: layla,
    language: 'en',
    createdAt: '2026-11-01T10:00:00Z',
    editedAt: null,
    voteCount: 5,
    viewerHasVoted: false,
    accepted: false,
    acceptedBy: null,
    acceptedAt: null,
    viewerCan: { ...noViewerCan, accept: true },
    ...overrides,
  };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A hand-driven adapter for store and element tests: reads answer from fixed data, every call is recorded,
 * and mutations wait on `gate()` unless `autoResolve` is set, so a test can look at the optimistic state.
 */
export class FakeAdapter implements CommunityAdapter {
  calls: { method: string; args: unknown[] }[] = [];
  question = makeQuestion();
  answers = [makeAnswer(), makeAnswer({ id: 'a-2', author: sam, voteCount: 1, viewerCan: { ...noViewerCan, vote: false, accept: true } })];
  viewer: User | null = { ...sam, id: 'u-viewer', name: 'Viewer' };
  autoResolve = true;
  failWith: MajlisError | null = null;
  private gates: Deferred<void>[] = [];

  /** Resolves (or rejects) the oldest mutation waiting on its gate. */
  release(error?: unknown): void {
    const gate = this.gates.shift();
    if (!gate) throw new Error('no mutation is waiting');
    if (error) gate.reject(error);
    else gate.resolve();
  }

  get waiting(): number {
    return this.gates.length;
  }

  private record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private async mutation(): Promise<void> {
    if (!this.autoResolve) {
      const gate = deferred<void>();
      this.gates.push(gate);
      await gate.promise;
    }
    if (this.failWith) throw this.failWith;
  }

  getViewer() {
    this.record('getViewer', []);
    return Promise.resolve({ user: this.viewer });
  }
  listCategories() {
    this.record('listCategories', []);
    return Promise.resolve([{ id: 'network-quality', name: 'Network quality' }]);
  }
  listQuestions(): Promise<Page<Question>> {
    this.record('listQuestions', []);
    return Promise.resolve({ items: [structuredClone(this.question)], nextCursor: null, total: 1 });
  }
  getQuestion(id: string) {
    this.record('getQuestion', [id]);
    if (id !== this.question.id) return Promise.reject(new MajlisError('not-found', `No question ${id}`));
    return Promise.resolve(structuredClone(this.question));
  }
  listAnswers(questionId: string): Promise<Page<Answer>> {
    this.record('listAnswers', [questionId]);
    return Promise.resolve({ items: structuredClone(this.answers), nextCursor: null, total: this.answers.length });
  }
  getAnswer(id: string): Promise<Answer> {
    this.record('getAnswer', [id]);
    const answer = this.answers.find((a) => a.id === id);
    if (!answer) return Promise.reject(new MajlisError('not-found', `No answer ${id}`));
    return Promise.resolve(structuredClone(answer));
  }
  getUser(id: string): Promise<UserProfile> {
    this.record('getUser', [id]);
    const user = [layla, sam].find((u) => u.id === id);
    if (!user) return Promise.reject(new MajlisError('not-found', `No user ${id}`));
    return Promise.resolve({ ...user, rank: 1, stats: { questions: 1, answers: 2, acceptedAnswers: 1, kudosReceived: 9 } });
  }
  async askQuestion(input: { title: string; body: string; categoryId: string; language: string }) {
    this.record('askQuestion', [input]);
    await this.mutation();
    return makeQuestion({ id: 'q-new', ...input, answerCount: 0, voteCount: 0 });
  }
  async postAnswer(input: { questionId: string; body: string; language: string }) {
    this.record('postAnswer', [input]);
    await this.mutation();
    const answer = makeAnswer({ id: `a-${this.answers.length + 1}`, ...input, voteCount: 0, createdAt: '2026-11-03T08:00:00Z' });
    this.answers.push(answer);
    return structuredClone(answer);
  }
  async vote(input: VoteInput) {
    this.record('vote', [input]);
    await this.mutation();
    const post = input.target === 'question' ? this.question : this.answers.find((a) => a.id === input.id);
    if (!post) throw new MajlisError('not-found', `No ${input.target} ${input.id}`);
    if (post.viewerHasVoted !== input.voted) {
      post.viewerHasVoted = input.voted;
      post.voteCount += input.voted ? 1 : -1;
    }
    return structuredClone(post);
  }
  async acceptAnswer(input: { answerId: string; accepted: boolean }): Promise<AcceptResult> {
    this.record('acceptAnswer', [input]);
    await this.mutation();
    const answer = this.answers.find((a) => a.id === input.answerId);
    if (!answer) throw new MajlisError('not-found', `No answer ${input.answerId}`);
    const previous = input.accepted ? this.answers.find((a) => a.accepted && a.id !== answer.id) ?? null : null;
    if (previous) Object.assign(previous, { accepted: false, acceptedBy: null, acceptedAt: null });
    Object.assign(answer, { accepted: input.accepted, acceptedBy: input.accepted ? this.viewer : null, acceptedAt: input.accepted ? '2026-11-03T09:00:00Z' : null });
    this.question.acceptedAnswerId = input.accepted ? answer.id : null;
    return structuredClone({ question: this.question, answer, previous });
  }
}
