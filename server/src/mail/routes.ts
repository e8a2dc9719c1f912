import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { OutboxMailer } from './mailer.js';
import { unsubscribePage } from './messages.js';
import { unsubscribe } from './unsubscribe.js';

/**
 * `GET|POST <base>/unsubscribe?token=…`: the mails' one-click unsubscribe (RFC 8058: mail clients POST
 * `List-Unsubscribe=One-Click`), no sign-in needed; a small page in the member's language answers. And in
 * development with the outbox mailer, `GET <base>/dev/outbox`: the mails written so far.
 */
export async function registerMailRoutes(app: FastifyInstance, db: Database, config: Config, outbox: OutboxMailer | null): Promise<void> {
  const fallback = config.mail?.language ?? 'en';
  const handler = async (request: { query: unknown }, reply: { code(status: number): { type(type: string): { send(body: string): unknown } } }) => {
    const token = (request.query as { token?: unknown } | null)?.token;
    const done = typeof token === 'string' && token !== '' ? await unsubscribe(db, token, config.tokenSecret) : null;
    return reply.code(done === null ? 400 : 200).type('text/html; charset=utf-8').send(unsubscribePage(done?.language ?? fallback, done !== null));
  };
  const url = `${config.basePath}/unsubscribe`;
  // Mail clients send the one-click POST as a form (`List-Unsubscribe=One-Click`): read here only, and ignored.
  await app.register((scope, _options, done) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, parsed) => parsed(null, body));
    scope.get(url, handler);
    scope.post(url, handler);
    done();
  });
  if (outbox !== null && config.devLogin && !config.production) {
    app.get(`${config.basePath}/dev/outbox`, async () => ({ items: await outbox.list() }));
  }
}
