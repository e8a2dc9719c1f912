import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { OutboxMailer, smtpMailer } from './mailer.js';
import { MailWorker } from './worker.js';

/** The server's mail worker per `config.mail` (null when mail is off), working the queue in the background. */
export async function startMailWorker(db: Database, config: Config, log: FastifyBaseLogger): Promise<MailWorker | null> {
  const mail = config.mail;
  if (mail === undefined || mail.transport === 'off') return null;
  const mailer = mail.transport === 'smtp' ? await smtpMailer(mail.smtpUrl ?? '') : new OutboxMailer(mail.outboxDir);
  const worker = new MailWorker({
    db,
    mailer,
    secret: config.tokenSecret,
    siteUrl: mail.siteUrl,
    ideaUrl: mail.ideaUrl,
    apiUrl: mail.apiUrl,
    from: mail.from,
    language: mail.language,
    maxAttempts: mail.maxAttempts,
    backoffMs: mail.backoffMs,
    onError: (error) => log.error({ err: error }, 'mail worker failed'),
    // Seeded members have no address: in development their mails still show in the outbox.
    ...(mail.transport === 'outbox' ? { fallbackAddress: (userId: string) => `${userId}@members.invalid` } : {}),
  });
  worker.start(mail.intervalMs);
  log.info({ transport: mail.transport, ...(mail.transport === 'outbox' ? { outbox: mail.outboxDir } : {}) }, 'mail notifications on');
  return worker;
}
