// npm run bench:leaderboard — the leaderboard's query time on the reference server's database with 100,000 kudos
// (and their ledger rows) inserted in bulk: median and p95 of each board, on PGlite (always) and on PostgreSQL when
// MAJLIS_BENCH_DATABASE_URL (or MAJLIS_TEST_DATABASE_URL) names a database (a schema of its own is created there
// and dropped). Numbers, not a test; every loop is bounded.
//   BENCH_VOTES (default 100000)  BENCH_ROUNDS (default 30 per board)  BENCH_KINDS (default pglite,postgres)
import { performance } from 'node:perf_hooks';
import { recognitionRules } from '../src/core/recognition.ts';
import { leaderboard } from '../server/src/repository/recognition.ts';
import { resetToSeed } from '../server/src/repository/seed.ts';
import { conformanceSeed } from '../src/testing/conformance/seed.ts';
import { createTestDatabase } from '../server/test/testing.ts';

const VOTES = Number(process.env.BENCH_VOTES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const MEMBERS = 1_000;
const ANSWERS = 2_000;
const NOW = new Date('2026-12-02T12:00:00.000Z');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The conformance community plus MEMBERS members, ANSWERS answers and VOTES kudos over the last 90 days. */
async function fill(db) {
  await resetToSeed(db, JSON.parse(JSON.stringify(conformanceSeed)));
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO users (id, name, role, joined_at)
       SELECT 'm-' || i, 'Member ' || i, 'member', '2024-01-01' FROM generate_series(0, $1 - 1) AS i`,
      [MEMBERS],
    );
    await tx.query(
      `INSERT INTO answers (id, question_id, author_id, body, language, created_at)
       SELECT 'b-' || i, (ARRAY['q-open', 'q-solved', 'q-nl', 'q-ar', 'q-vi', 'q-esim'])[1 + i % 6], 'm-' || (i % $2),
         'A benchmark answer ' || i, (ARRAY['en', 'ar', 'fr', 'nl-BE', 'vi'])[1 + i % 5], $3::timestamptz - interval '100 days'
       FROM generate_series(0, $1 - 1) AS i`,
      [ANSWERS, MEMBERS, NOW],
    );
    // In bulk: the triggers are off while the kudos go in, then counters and the ledger are computed in one pass.
    await tx.query('ALTER TABLE answer_votes DISABLE TRIGGER answer_vote_counted');
    await tx.query(
      `INSERT INTO answer_votes (post_id, user_id, author_id, created_at)
       SELECT 'b-' || a, 'm-' || ((a + 1 + k) % $3), 'm-' || (a % $3),
         $4::timestamptz - (((n::bigint * 7919) % 7776000) || ' seconds')::interval
       FROM generate_series(0, $1 - 1) AS n, LATERAL (SELECT n % $2 AS a, n / $2 AS k) AS pick`,
      [VOTES, ANSWERS, MEMBERS, NOW],
    );
    await tx.query('ALTER TABLE answer_votes ENABLE TRIGGER answer_vote_counted');
    await tx.query(
      `UPDATE answers a SET vote_count = v.count FROM (SELECT post_id, count(*)::int AS count FROM answer_votes GROUP BY post_id) v
        WHERE v.post_id = a.id`,
    );
    await tx.query('SELECT majlis_rebuild_ledger()');
    await tx.query('ANALYZE');
  });
  const [{ votes, events }] = await db.query(
    'SELECT (SELECT count(*)::int FROM answer_votes) AS votes, (SELECT count(*)::int FROM reputation_events) AS events',
  );
  return { votes, events, seconds: (performance.now() - started) / 1000 };
}

const boards = [
  ['members, month, reputation', {}],
  ['members, week, kudos, Europe/Brussels', { period: 'week', metric: 'kudos', timeZone: 'Europe/Brussels' }],
  ['members, all time, solutions', { period: 'all', metric: 'solutions' }],
  ['members, month, language ar', { language: 'ar' }],
  ['members, all time, category network', { period: 'all', categoryId: 'network' }],
  ['answers, month', { mode: 'answers' }],
  ['answers, all time, limit 50', { mode: 'answers', period: 'all', limit: 50 }],
];

async function bench(kind) {
  const { db, dispose } = await createTestDatabase(kind);
  try {
    const filled = await fill(db);
    console.log(`\n${kind}: ${filled.votes} kudos, ${filled.events} ledger rows, inserted in ${filled.seconds.toFixed(1)} s`);
    const rules = recognitionRules();
    for (const [name, query] of boards) {
      await leaderboard(db, rules, query, NOW); // warm-up
      const times = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        await leaderboard(db, rules, query, NOW);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(40)} median ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
    }
  } finally {
    await dispose();
  }
}

const url = process.env.MAJLIS_BENCH_DATABASE_URL ?? process.env.MAJLIS_TEST_DATABASE_URL;
const kinds = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
if (kinds.includes('pglite')) await bench('pglite');
if (!kinds.includes('postgres')) {
  // PGlite only, as asked.
} else if (url) {
  process.env.MAJLIS_TEST_DATABASE_URL = url;
  await bench('postgres');
} else {
  console.log('\n(PostgreSQL: set MAJLIS_BENCH_DATABASE_URL or MAJLIS_TEST_DATABASE_URL to measure it too)');
}
