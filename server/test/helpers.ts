import type { TestServer } from './testing.js';

/** A question and an answer every server test can post (the conformance seed has the category `network`). */
export const question = {
  title: 'Voicemail calls me back every night at 2 am',
  body: 'Since Tuesday my phone rings at 2 am and it is the voicemail reminder.',
  categoryId: 'network',
  language: 'en',
  tags: ['voicemail'],
};
export const answer = { body: 'Restarting in flight mode for a minute helped me.', language: 'en' };

export interface HttpResult {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface CallOptions {
  /** A member id (a token is signed for it), a raw token string via `rawToken`, or null. */
  as?: string | null;
  rawToken?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One HTTP call to the test server's API (`path` is relative to the base path). */
export async function call(server: TestServer, method: string, path: string, options: CallOptions = {}): Promise<HttpResult> {
  const headers = new Headers(options.headers);
  const token = options.rawToken ?? server.tokenFor(options.as ?? null);
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${server.endpoint}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** The `error` of an error body. */
export function errorOf(result: HttpResult): { code?: string; message?: string; field?: string } {
  const body = result.body as { error?: { code?: string; message?: string; field?: string } } | null;
  return body?.error ?? {};
}
