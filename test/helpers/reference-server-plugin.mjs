// A web-test-runner plugin that gives browser tests the real reference server (server/, on PGlite in memory,
// seeded with demo/seed.json). Each browser session gets its own server process, so engines running in
// parallel never see each other's votes. Commands (from `executeServerCommand`):
//   'majlis-server-start' → { endpoint }   starts (or returns) this session's server; { starting: true } if
//                                         it is still starting after 15 s: ask again
//   'majlis-server-stop'  → true           stops it gracefully, so its endpoint is a server that is down
import { startReferenceServer } from '../../scripts/reference-server.mjs';

export function referenceServerPlugin() {
  /** @type {Map<string, ReturnType<typeof startReferenceServer>>} */
  const servers = new Map();
  return {
    name: 'majlis-reference-server',
    async executeCommand({ command, session }) {
      if (command === 'majlis-server-start') {
        if (!servers.has(session.id)) servers.set(session.id, startReferenceServer());
        // The runner gives a command 20 s; on a loaded machine the server may take longer to start, so answer
        // `{ starting: true }` after 15 s and let the page ask again.
        const started = servers.get(session.id).then(({ endpoint }) => ({ endpoint }));
        return Promise.race([started, new Promise((resolve) => setTimeout(() => resolve({ starting: true }), 15_000))]);
      }
      if (command === 'majlis-server-stop') {
        const server = servers.get(session.id);
        servers.delete(session.id);
        if (server) await (await server).stop();
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map(async (server) => (await server).stop()));
    },
  };
}
