// The baseline of npm run bench:server: Fastify's hello-world with its logger on (pino at info, one line per
// request in and out, as the reference server logs), in a process of its own on 127.0.0.1:$PORT.
import Fastify from 'fastify';

const app = Fastify({ logger: { level: 'info' } });
app.get('/', () => Promise.resolve({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
