import type { FastifyInstance } from 'fastify';
import { MajlisError } from '#majlis/core/adapter.js';
import { matchesTopic, parseTopic } from '#majlis/core/contract/live.js';
import type { LiveEvent, LiveTopic } from '#majlis/core/contract/live.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ReadCache } from '../read-cache.js';
import { eventsOf } from './events.js';
import type { Mutation } from './events.js';
import { LiveHub } from './hub.js';

/** The most topics one connection may listen to. */
export const MAX_TOPICS = 20;

export interface Live {
  hub: LiveHub;
  /** Logs and announces the live events of a mutation that succeeded; a failure is logged, never the caller's. */
  published(mutation: Mutation): Promise<void>;
}

function readTopics(text: string): LiveTopic[] {
  const keys = text.split(',').filter((key) => key !== '');
  const topics = keys.map(parseTopic);
  if (keys.length === 0 || keys.length > MAX_TOPICS || topics.includes(null)) {
    throw new MajlisError('invalid', `topics: 1 to ${MAX_TOPICS} of question:<id>, questions, questions:<categoryId>, comma separated`, { field: 'topics' });
  }
  return topics as LiveTopic[];
}

const frame = (event: LiveEvent) => `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Live updates over Server-Sent Events: `GET <base>/live?topics=question:q-1,questions:billing`. A reconnecting
 * client sends `Last-Event-ID` (a header, or the `lastEventId` query parameter) and is first replayed what it
 * missed from the log, or sent a `reset` when that is no longer kept. Every event is public (ids and counters), so
 * the stream is the same for every viewer; a bearer token is accepted like on any route. Comment lines keep the
 * connection open through proxies; one instance holds at most `liveMaxClients` connections (then 503 and
 * Retry-After, so the client retries, maybe on another instance).
 */
export function registerLive(app: FastifyInstance, database: Database, config: Config, cache: ReadCache): Live {
  const hub = new LiveHub(database, { retentionMs: config.liveRetentionMs, onRemoteWrite: () => cache.invalidate() });
  // When the server starts to listen (`main.ts` builds the app before it migrates the database). A database that
  // cannot listen yet does not keep the API from answering: live updates start once it can (tried every 5 s).
  let retry: ReturnType<typeof setTimeout> | undefined;
  const start = async (): Promise<void> => {
    try {
      await hub.start();
    } catch (error) {
      app.log.error({ err: error }, 'live updates not started yet; trying again in 5 s');
      retry = setTimeout(() => void start(), 5_000);
      retry.unref();
    }
  };
  app.addHook('onReady', start);
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    clearTimeout(retry);
    for (const end of [...open]) end();
    await hub.close();
  });

  app.get(
    `${config.basePath}/live`,
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { topics: { type: 'string', maxLength: 4_000 }, lastEventId: { type: 'string', maxLength: 20 } },
          required: ['topics'],
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const query = request.query as { topics: string; lastEventId?: string };
      const topics = readTopics(query.topics);
      if (hub.clientCount >= config.liveMaxClients) {
        throw new MajlisError('unavailable', 'This server holds as many live connections as it may: try again soon', { retryAfter: 5 });
      }
      const header = request.headers['last-event-id'];
      const lastEventId = (Array.isArray(header) ? header[0] : header) ?? query.lastEventId ?? null;
      const heard = (event: LiveEvent) => event.type === 'reset' || topics.some((topic) => matchesTopic(topic, event));

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // nginx: do not buffer this response.
        'X-Accel-Buffering': 'no',
      });
      let replaying = true;
      let last = 0n;
      const buffered: LiveEvent[] = [];
      const write = (event: LiveEvent) => {
        if (event.id !== '' && BigInt(event.id) <= last) return;
        if (event.id !== '') last = BigInt(event.id);
        raw.write(frame(event));
      };
      const remove = hub.add({
        topics,
        send: (event) => (replaying ? buffered.push(event) : write(event)),
      });
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), config.liveHeartbeatMs);
      const end = () => {
        clearInterval(heartbeat);
        remove();
        open.delete(end);
        if (!raw.writableEnded) raw.end();
      };
      open.add(end);
      raw.on('close', end);
      try {
        if (lastEventId === null) {
          // Where this stream starts: the client reconnects from here and misses nothing in between.
          const head = await hub.head();
          raw.write(`id: ${head}\n\n`);
          last = BigInt(head);
        } else {
          if (/^\d{1,18}$/.test(lastEventId)) last = BigInt(lastEventId);
          const missed = await hub.replay(lastEventId);
          if (missed === null) write({ type: 'reset', id: await hub.head(), questionId: '', categoryId: '' });
          else missed.filter(heard).forEach(write);
        }
      } catch (error) {
        request.log.error({ err: error }, 'live replay failed');
        end();
        return;
      }
      replaying = false;
      buffered.forEach(write);
    },
  );

  return {
    hub,
    published: async (mutation) => {
      try {
        await hub.publish(await eventsOf(database, mutation));
      } catch (error) {
        app.log.error({ err: error, operationId: mutation.operationId }, 'live events not published');
      }
    },
  };
}

/** `GET /live` in the OpenAPI document (the route streams, so it is not one of `schemas.ts`'s JSON endpoints). */
export const liveOperation = {
  get: {
    operationId: 'live',
    tags: ['community'],
    summary: 'Live updates of questions and threads (Server-Sent Events)',
    description:
      'An endless `text/event-stream`. The first block is `id: <n>` alone: where the stream starts. Then each event is ' +
      '`id: <n>` and `data: <LiveEvent JSON>` (src/core/contract/live.ts: ids and counters, never content, and only of ' +
      'what every reader may see); lines starting with `:` are heartbeats. Reconnect with `lastEventId` (or the ' +
      '`Last-Event-ID` header) to be replayed what was missed, or sent a `reset` event when it is past the retention window.',
    parameters: [
      {
        name: 'topics',
        in: 'query',
        required: true,
        description: `1 to ${MAX_TOPICS} of \`question:<id>\`, \`questions\`, \`questions:<categoryId>\`, comma separated.`,
        schema: { type: 'string', maxLength: 4000 },
      },
      { name: 'lastEventId', in: 'query', required: false, schema: { type: 'string', maxLength: 20 } },
      { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string', maxLength: 20 } },
    ],
    responses: {
      200: { description: 'The event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } },
      400: { description: 'Unknown topics (`invalid`, field `topics`).' },
      503: { description: 'This instance holds as many live connections as it may (`Retry-After`).' },
    },
  },
};
