/** The mail settings of the server (environment variables `MAJLIS_MAIL*`, `MAJLIS_SMTP_URL`, `MAJLIS_*_URL`). */
export interface MailConfig {
  /** `smtp` (MAJLIS_SMTP_URL), `outbox` (JSON files in `outboxDir`, development), or `off`. */
  transport: 'smtp' | 'outbox' | 'off';
  smtpUrl: string | null;
  outboxDir: string;
  from: string;
  /** The mails' language for members who chose none. */
  language: string;
  /** The community page, for question links (`<siteUrl>#/questions/<id>`). */
  siteUrl: string;
  /** Where an idea's page is, `{id}` standing for its id (MAJLIS_IDEA_URL); null: its thread, `<siteUrl>#/questions/<id>`. */
  ideaUrl?: string | null;
  /** The API as the world reaches it, for the unsubscribe links (`<apiUrl>/unsubscribe?token=…`). */
  apiUrl: string;
  /** How often the worker looks for due mails. */
  intervalMs: number;
  maxAttempts: number;
  /** The first wait after a failed send, doubled for each further one. */
  backoffMs: number;
}
