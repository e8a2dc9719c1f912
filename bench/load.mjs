// npm run bench:server — load on the reference server over loopback: requests/s and p50/p99 latency for reading
// a thread and for giving/taking back kudos, on PGlite (always) and on PostgreSQL (when MAJLIS_BENCH_DATABASE_URL
// names a database this script may wipe). Bounded in requests and time; numbers, not a test.
//   BENCH_READS (default 3000)  BENCH_VOTES (default 1500)  BENCH_CONCURRENCY (default 16)  BENCH_MAX_SECONDS (20 per scenario)
import { performance } from 'node:perf_hooks';
import { startReferenceServer } from '../scripts/reference-server.mjs';

const READS = Number(process.env.BENCH_READS ?? 3000);
const VOTES = Number(process.env.BENCH_VOTES ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_MS = Number(process.env.BENCH_MAX_SECONDS ?? 20) * 1000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `request(i)` for i = 0…total-1 on `CONCURRENCY` connections until done or out of time. */
async function drive(total, request) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - started < MAX_MS) {
      const i = next++;
      const t0 = performance.now();
      const response = await request(i);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!response.ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}

async function json(response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function scenarios(endpoint) {
  const users = await json(await fetch(`${endpoint}/dev/users`));
  const tokens = new Map();
  for (const user of users) {
    const { token } = await json(
      await fetch(`${endpoint}/dev/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId: user.id }),
      }),
    );
    tokens.set(user.id, token);
  }
  const answers = (await json(await fetch(`${endpoint}/questions/q-1/answers?limit=100`))).items;
  const others = (await json(await fetch(`${endpoint}/questions?limit=20`))).items;
  for (const question of others.slice(0, 5)) {
    answers.push(...(await json(await fetch(`${endpoint}/questions/${question.id}/answers?limit=100`))).items);
  }

  // A reader opening a thread: the question, then its first page of answers.
  const read = await drive(READS, (i) =>
    fetch(i % 2 === 0 ? `${endpoint}/questions/q-1` : `${endpoint}/questions/q-1/answers?limit=20`),
  );

  // Members toggling kudos on answers that are not their own; each (member, answer) pair flips each time.
  const pairs = [];
  for (const answer of answers) {
    for (const user of users) if (user.id !== answer.author.id) pairs.push({ userId: user.id, answerId: answer.id, voted: answer.viewerHasVoted });
  }
  const vote = await drive(VOTES, (i) => {
    const pair = pairs[i % pairs.length];
    pair.voted = !pair.voted;
    return fetch(`${endpoint}/answers/${encodeURIComponent(pair.answerId)}/vote`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.get(pair.userId)}` },
      body: JSON.stringify({ voted: pair.voted }),
    });
  });
  return { read, vote };
}

async function wipe(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

const targets = [{ name: 'PGlite (in memory)', env: {} }];
if (process.env.MAJLIS_BENCH_DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', env: { DATABASE_URL: process.env.MAJLIS_BENCH_DATABASE_URL }, wipe: true });
} else {
  console.log('PostgreSQL: skipped (set MAJLIS_BENCH_DATABASE_URL to a database this script may wipe)\n');
}

console.log(`${CONCURRENCY} concurrent connections over loopback, at most ${MAX_MS / 1000} s per scenario\n`);
console.log(`${'database'.padEnd(20)} ${'scenario'.padEnd(28)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(7)}`);
for (const target of targets) {
  if (target.wipe) await wipe(target.env.DATABASE_URL);
  const server = await startReferenceServer({ ...target.env, MAJLIS_RATE_LIMIT: '1000000000' });
  try {
    const results = await scenarios(server.endpoint);
    for (const [scenario, r] of [
      ['read a thread (GET)', results.read],
      ['give/take back kudos (PUT)', results.vote],
    ]) {
      console.log(
        `${target.name.padEnd(20)} ${scenario.padEnd(28)} ${String(r.requests).padStart(9)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.failures).padStart(7)}`,
      );
    }
  } finally {
    await server.stop();
  }
}
