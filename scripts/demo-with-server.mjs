// npm run demo:server — the reference server (PGlite in server/.data, demo seed, development login) and the demo
// page using it, in one command. Ctrl+C stops both.
//
//   npm run demo:server                       # page on http://127.0.0.1:5173, API on http://127.0.0.1:8787/api
//   npm run demo:server -- --port 3000        # the page on another port (or PORT=3000); --api-port (API_PORT) for the API
//   npm run demo:server -- --reset            # start over from demo/seed.json (deletes server/.data first)
//
// A busy port stops it before anything starts, with a message naming the port and the option that changes it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';
const usage = 'usage: npm run demo:server -- [--port <page port>] [--api-port <API port>] [--reset]';

let options;
try {
  ({ values: options } = parseArgs({
    options: { port: { type: 'string' }, 'api-port': { type: 'string' }, reset: { type: 'boolean' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  console.error(`demo:server: ${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

function port(value, fallback, name) {
  const text = value ?? fallback;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1 || number > 65535) {
    console.error(`demo:server: ${name} must be a port number from 1 to 65535, not "${text}"\n${usage}`);
    process.exit(2);
  }
  return number;
}
const pagePort = port(options.port, process.env.PORT ?? '5173', '--port (PORT)');
const apiPort = port(options['api-port'], process.env.API_PORT ?? '8787', '--api-port (API_PORT)');
if (pagePort === apiPort) {
  console.error(`demo:server: the page and the API need two ports; both are ${pagePort}\n${usage}`);
  process.exit(2);
}

/** Whether something already listens on `port` (we cannot bind it). */
const busy = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, HOST);
  });
for (const [number, what, option] of [
  [pagePort, 'the demo page', '--port <n> (or PORT=<n>)'],
  [apiPort, 'the reference server', '--api-port <n> (or API_PORT=<n>)'],
]) {
  if (await busy(number)) {
    console.error(
      `demo:server: port ${number} on ${HOST}, for ${what}, is already in use (another demo or server still running?).\n` +
        `Stop it, or choose another port: npm run demo:server -- ${option}`,
    );
    process.exit(1);
  }
}

const root = new URL('..', import.meta.url);
if (options.reset) {
  // The server seeds an empty database from demo/seed.json when it starts.
  rmSync(new URL('server/.data/', root), { recursive: true, force: true });
  console.log('demo:server: demo data reset (server/.data deleted); the server seeds it again from demo/seed.json');
}

const api = `http://${HOST}:${apiPort}`;
const children = [];
let stopping = false;
/** Stops every child; the first failure's exit code is the script's, so a child that fails makes it fail. */
const stopAll = (code) => {
  if (!stopping) process.exitCode = code;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function run(command, args, env, cwd = root) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => stopAll(code ?? 1));
  children.push(child);
  return child;
}

// Node itself for both (not npm/npx wrappers), so a stop signal reaches the processes that do the work. The server
// runs from server/, so tsx reads server/tsconfig.json and its `#majlis/*` path alias.
const server = run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  PORT: String(apiPort),
  HOST,
  MAJLIS_DEV_LOGIN: '1',
  MAJLIS_ALLOWED_ORIGINS: `http://${HOST}:${pagePort},http://localhost:${pagePort}`,
}, new URL('server/', root));
for (let up = false; !up && !stopping && server.exitCode === null; ) {
  up = await fetch(`${api}/openapi.json`).then((response) => response.ok, () => false);
  if (!up) await new Promise((resolve) => setTimeout(resolve, 200));
}
if (!stopping) {
  run(process.execPath, ['node_modules/vite/bin/vite.js', '--host', HOST, '--port', String(pagePort), '--strictPort'], {
    VITE_MAJLIS_ENDPOINT: `${api}/api`,
  });
}
