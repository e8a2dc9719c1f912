// npm run demo:server — the reference server (PGlite in server/.data, demo seed, development login) on
// 127.0.0.1:8787 and the demo page on it at http://127.0.0.1:5173, in one command. Ctrl+C stops both.
import { spawn } from 'node:child_process';

const api = 'http://127.0.0.1:8787';
const children = [];
const stopAll = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const root = new URL('..', import.meta.url);

function run(command, args, env, cwd = root) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => stopAll(code ?? 1));
  children.push(child);
  return child;
}

// Node itself for both (not npm/npx wrappers), so a stop signal reaches the processes that do the work. The server
// runs from server/, so tsx reads server/tsconfig.json and its `#majlis/*` path alias.
run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  PORT: '8787',
  HOST: '127.0.0.1',
  MAJLIS_DEV_LOGIN: '1',
  MAJLIS_ALLOWED_ORIGINS: 'http://127.0.0.1:5173,http://localhost:5173',
}, new URL('server/', root));
for (let up = false; !up; ) {
  up = await fetch(`${api}/openapi.json`).then((response) => response.ok, () => false);
  if (!up) await new Promise((resolve) => setTimeout(resolve, 200));
}
run(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort'], { VITE_MAJLIS_ENDPOINT: `${api}/api` });
