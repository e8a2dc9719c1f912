/** The escalation settings of the server (environment variables `MAJLIS_ESCALATION_*`); absent: escalation is off. */
export interface EscalationConfig {
  /** The care desk's webhook (MAJLIS_ESCALATION_URL). */
  url: string;
  /** The shared secret of the HMAC-SHA256 signature (MAJLIS_ESCALATION_SECRET, at least 16 bytes). */
  secret: string;
  /**
   * Hours without an answer by staff or an expert before a question escalates, by category id, `default` for the
   * others (MAJLIS_ESCALATION_HOURS: `{ "default": 24, "billing": 4 }`); a category without hours (and no default)
   * never escalates.
   */
  hours: Readonly<Record<string, number>>;
  /** Only questions whose hours ran out within this many hours are queued (no flood of old ones at the first start). */
  lookbackHours: number;
  /** The community page, for the question's link in the webhook (`<siteUrl>#/questions/<id>`). */
  siteUrl: string;
  intervalMs: number;
  maxAttempts: number;
  /** The first wait after a failed delivery, doubled for each further one. */
  backoffMs: number;
  /** How long the care desk has to answer one delivery. */
  timeoutMs: number;
}
