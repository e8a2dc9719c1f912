// npm run bench:server — load on the reference server over loopback, as ratios to Fastify's hello-world measured
// in the same run (bench/hello-world.mjs, logger on, like the server), so a shared or slow machine still gives
// comparable numbers. Scenarios: the question list, a search, a thread (question + answers), kudos (PUT), on PGlite
// (always) and on PostgreSQL (when MAJLIS_BENCH_DATABASE_URL names a database this script may wipe).
// Only 127.0.0.1 is ever targeted; every scenario is bounded in time. Numbers, not a test.
//   BENCH_SECONDS (default 4 per scenario, after 1 s of warm-up)  BENCH_CONCURRENCY (default 16)
//   BENCH_RUNS (default 1): repeats everything and prints the median and the spread (min–max) of each ratio.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { freePort, startReferenceServer } from '../scripts/reference-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const WARMUP_MS = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const LOOPBACK = 'http://127.0.0.1:';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One request over a kept-alive loopback connection; resolves with the status once the body is read. */
function send(url, { method = 'GET', headers = {}, body } = {}) {
  if (!url.startsWith(LOOPBACK)) throw new Error(`bench:server only targets 127.0.0.1, not ${url}`);
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs `next(i)` on CONCURRENCY connections: a warm-up second, then SECONDS measured. */
async function drive(next) {
  const latencies = [];
  let failures = 0;
  let i = 0;
  const warmEnd = performance.now() + WARMUP_MS;
  const end = warmEnd + SECONDS * 1000;
  const worker = async () => {
    for (let now = performance.now(); now < end; now = performance.now()) {
      const status = await next(i++);
      const done = performance.now();
      if (now >= warmEnd) {
        latencies.push(done - now);
        if (status >= 400) failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures };
}

async function helloWorld() {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL('hello-world.mjs', import.meta.url))], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `${LOOPBACK}${port}/`;
  for (let up = false; !up; ) {
    up = await fetch(url).then((response) => response.ok, () => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await drive(() => send(url));
  } finally {
    child.kill('SIGTERM');
  }
}

async function scenarios(endpoint) {
  const users = await json(`${endpoint}/dev/users`);
  const tokens = new Map();
  for (const user of users) {
    const { token } = await json(`${endpoint}/dev/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: user.id }),
    });
    tokens.set(user.id, token);
  }
  const answers = (await json(`${endpoint}/questions/q-1/answers?limit=100`)).items;
  for (const question of (await json(`${endpoint}/questions?limit=5`)).items) {
    answers.push(...(await json(`${endpoint}/questions/${question.id}/answers?limit=100`)).items);
  }
  const pairs = [];
  for (const answer of answers) {
    for (const user of users) {
      if (user.id !== answer.author.id) pairs.push({ userId: user.id, answerId: answer.id, voted: answer.viewerHasVoted });
    }
  }
  return [
    ['list questions (GET /questions)', () => send(`${endpoint}/questions`)],
    ['search (GET /questions?search)', () => send(`${endpoint}/questions?search=roaming`)],
    [
      'read a thread (question, answers)',
      (i) => send(i % 2 === 0 ? `${endpoint}/questions/q-1` : `${endpoint}/questions/q-1/answers?limit=20`),
    ],
    [
      'give/take back kudos (PUT)',
      (i) => {
        const pair = pairs[i % pairs.length];
        pair.voted = !pair.voted;
        return send(`${endpoint}/answers/${encodeURIComponent(pair.answerId)}/vote`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.get(pair.userId)}` },
          body: JSON.stringify({ voted: pair.voted }),
        });
      },
    ],
  ];
}

async function wipe(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

const targets = [{ name: 'PGlite', env: {} }];
if (process.env.MAJLIS_BENCH_DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', env: { DATABASE_URL: process.env.MAJLIS_BENCH_DATABASE_URL }, wipe: true });
} else {
  console.log('PostgreSQL: skipped (set MAJLIS_BENCH_DATABASE_URL to a database this script may wipe)\n');
}

const columns = (...cells) =>
  cells.map((cell, index) => (index < 2 ? String(cell).padEnd(index === 0 ? 11 : 36) : String(cell).padStart(9))).join(' ');
console.log(
  `${CONCURRENCY} connections over loopback, ${SECONDS} s per scenario after 1 s warm-up, ${RUNS} run(s); ` +
    'logging on (info) in the server and in the hello-world baseline\n',
);
console.log(columns('database', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'failed', 'vs hello'));

/** ratios[target][scenario] = the ratio of each run */
const ratios = new Map();
for (let run = 1; run <= RUNS; run++) {
  for (const target of targets) {
    if (target.wipe) await wipe(target.env.DATABASE_URL);
    const server = await startReferenceServer({
      ...target.env,
      LOG_LEVEL: 'info',
      MAJLIS_RATE_LIMIT: '1000000000',
      MAJLIS_SEARCH_RATE_LIMIT: '1000000000',
    });
    try {
      const list = await scenarios(server.endpoint);
      // The baseline right before this target's scenarios, on the same cores in the same minute.
      const hello = await helloWorld();
      console.log(columns(target.name, 'Fastify hello-world (baseline)', hello.perSecond.toFixed(0), hello.p50.toFixed(1), hello.p99.toFixed(1), hello.failures, '100 %'));
      for (const [scenario, next] of list) {
        const r = await drive(next);
        const ratio = (100 * r.perSecond) / hello.perSecond;
        const key = `${target.name}\u0000${scenario}`;
        ratios.set(key, [...(ratios.get(key) ?? []), { ratio, p99: r.p99 }]);
        console.log(columns(target.name, scenario, r.perSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), r.failures, `${ratio.toFixed(1)} %`));
      }
    } finally {
      await server.stop();
    }
  }
}
agent.destroy();

if (RUNS > 1) {
  console.log(`\nOver ${RUNS} runs: median ratio to hello-world (min–max), median p99`);
  for (const [key, values] of ratios) {
    const [target, scenario] = key.split('\u0000');
    const list = values.map((v) => v.ratio);
    console.log(
      columns(target, scenario, `${median(list).toFixed(1)} %`, `${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}`, `p99 ${median(values.map((v) => v.p99)).toFixed(1)}`),
    );
  }
}
