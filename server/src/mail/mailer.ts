import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One mail: plain text and HTML alternatives, and extra headers (List-Unsubscribe …). */
export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Where mails go: SMTP in production, an outbox folder in development, a double in tests. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Development: each mail is a JSON file in `dir` (name: time and a counter), listed by `GET /dev/outbox`. */
export class OutboxMailer implements Mailer {
  private count = 0;
  constructor(readonly dir: string) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++this.count}.json`;
    await writeFile(path.join(this.dir, name), `${JSON.stringify(message, null, 2)}\n`, { flag: 'wx' });
  }

  /** The mails written so far, oldest first. */
  async list(): Promise<(MailMessage & { file: string })[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
    return Promise.all(
      names.map(async (file) => ({ file, ...(JSON.parse(await readFile(path.join(this.dir, file), 'utf8')) as MailMessage) })),
    );
  }
}

/** Production: SMTP through nodemailer (MAJLIS_SMTP_URL, e.g. `smtps://user:pass@smtp.example.com`). */
export async function smtpMailer(url: string): Promise<Mailer> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(url);
  return {
    async send(message) {
      await transport.sendMail(message);
    },
  };
}
