// npm run bench:live — how many live-update (SSE) clients one server instance holds while delivering events with a
// p99 under 1 s, on this machine. Starts the reference server in a child process (PGlite in memory, the demo's
// seed), then ramps up: at each step it opens more `GET /api/live?topics=question:q-1` streams (every client on the
// same thread: the widest fan-out), gives kudos to one of that thread's answers EVENTS times, one after the other,
// and measures, for every client and event, the time from the kudos request being sent to the event arriving (so the
// write, the event log, NOTIFY and the fan-out are all in it). It stops at the first step whose p99 is over 1 s, or
// where connections fail, or at BENCH_MAX. Numbers, not a test; every wait is bounded.
//   BENCH_STEPS (default 100,250,500,1000,2000,4000)  BENCH_MAX (default 4000)  BENCH_EVENTS (default 20 per step)
import { spawn } from 'node:child_process';
import http from 'node:http';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const STEPS = (process.env.BENCH_STEPS ?? '100,250,500,1000,2000,4000').split(',').map(Number);
const MAX = Number(process.env.BENCH_MAX ?? 4000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const TARGET_P99_MS = 1_000;
const WAIT_MS = 10_000;
const SERVER_DIR = fileURLToPath(new URL('../server/', import.meta.url));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      MAJLIS_DEV_LOGIN: '1',
      MAJLIS_RATE_LIMIT: '1000000',
      MAJLIS_LIVE_MAX_CLIENTS: String(MAX + 10),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 120_000);
    const read = (chunk) => {
      output += chunk;
      const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}/api` };
}

/** One SSE client: counts the events it receives and when. */
function openClient(base, clients) {
  return new Promise((resolve) => {
    const client = { arrivals: [], request: null, failed: false };
    const request = http.get(`${base}/live?topics=question:q-1`, { agent: false, headers: { Accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        client.failed = true;
        response.resume();
        return resolve(client);
      }
      response.setEncoding('utf8');
      let opened = false;
      response.on('data', (chunk) => {
        const now = performance.now();
        if (!opened) {
          opened = true;
          resolve(client);
        }
        for (let i = chunk.indexOf('data: '); i !== -1; i = chunk.indexOf('data: ', i + 1)) client.arrivals.push(now);
      });
    });
    request.on('error', () => {
      client.failed = true;
      resolve(client);
    });
    client.request = request;
    clients.push(client);
  });
}

async function call(base, method, path, token, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const { child, base } = await startServer();
const clients = [];
const rows = [];
try {
  const { token } = await call(base, 'POST', '/dev/login', null, { userId: 'u-fatima' });
  const answers = await call(base, 'GET', '/questions/q-1/answers', null);
  const target = answers.items.find((answer) => answer.author.id !== 'u-fatima');
  let voted = target.viewerHasVoted ?? false;
  for (const step of STEPS.filter((n) => n <= MAX)) {
    const opening = [];
    while (clients.length < step) opening.push(openClient(base, clients));
    await Promise.race([Promise.all(opening), new Promise((resolve) => setTimeout(resolve, 60_000))]);
    const failed = clients.filter((client) => client.failed).length;
    const live = clients.filter((client) => !client.failed);
    const latencies = [];
    let missing = 0;
    for (let k = 0; k < EVENTS; k++) {
      const expected = live.map((client) => client.arrivals.length + 1);
      voted = !voted;
      const sent = performance.now();
      await call(base, 'PUT', `/answers/${target.id}/vote`, token, { voted });
      const deadline = sent + WAIT_MS;
      while (live.some((client, i) => client.arrivals.length < expected[i]) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      live.forEach((client, i) => {
        const arrival = client.arrivals[expected[i] - 1];
        if (arrival === undefined) missing++;
        else latencies.push(arrival - sent);
      });
    }
    latencies.sort((a, b) => a - b);
    const row = {
      clients: live.length,
      failed,
      deliveries: latencies.length,
      missing,
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(latencies.at(-1) ?? 0),
    };
    rows.push(row);
    console.log(
      `${String(row.clients).padStart(5)} clients: p50 ${row.p50} ms, p99 ${row.p99} ms, max ${row.max} ms` +
        ` (${row.deliveries} deliveries, ${row.missing} missing, ${row.failed} connections refused)`,
    );
    if (row.p99 > TARGET_P99_MS || row.missing > 0 || failed > 0) break;
  }
} finally {
  for (const client of clients) client.request?.destroy();
  child.kill('SIGTERM');
  await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 12_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
const held = rows.filter((row) => row.p99 <= TARGET_P99_MS && row.missing === 0 && row.failed === 0).at(-1);
console.log(
  held
    ? `\nOne instance held ${held.clients} SSE clients with p99 delivery ${held.p99} ms (< ${TARGET_P99_MS} ms)` +
        `${held === rows.at(-1) && rows.at(-1).clients >= MAX ? ` (BENCH_MAX reached; raise it to go on)` : ''}.`
    : `\nEven the first step (${rows[0]?.clients ?? 0} clients) missed p99 < ${TARGET_P99_MS} ms.`,
);
