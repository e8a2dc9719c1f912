import { endpoints, namedSchemas } from './schemas.js';
import type { Endpoint, JsonSchema } from './schemas.js';
import { liveOperation } from './live/routes.js';
import { threadPageOperation } from './thread-page.js';

/**
 * The OpenAPI 3.1 document of the API, assembled from the route schemas of `schemas.ts` (the ones Fastify
 * validates and serializes with). Each named schema becomes `#/components/schemas/<Name>` where it is used.
 */

const names = new Map<object, string>(Object.entries(namedSchemas).map(([name, schema]) => [schema, name]));

/** `schema` with every named schema inside it replaced by a `$ref` (the root itself stays when `keepRoot`). */
function withRefs(schema: unknown, keepRoot = false): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const name = names.get(schema);
  if (name !== undefined && !keepRoot) return { $ref: `#/components/schemas/${name}` };
  if (Array.isArray(schema)) return schema.map((item) => withRefs(item));
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, withRefs(value)]));
}

const errorResponses = {
  400: ['Invalid', 'The request is malformed or a field is invalid (`invalid`, with `field`).'],
  401: ['Unauthenticated', 'No member is signed in, or the bearer token is invalid or expired (`unauthenticated`).'],
  403: ['Forbidden', 'The member may not do this (`forbidden`).'],
  404: ['NotFound', 'No such id (`not-found`).'],
  409: ['Conflict', 'The current state does not allow it, e.g. a locked question (`conflict`).'],
  429: ['RateLimited', 'Too many changes: wait `Retry-After` seconds (`rate-limited`).'],
  503: ['Unavailable', 'The server failed or is shutting down (`unavailable`); any 5xx has this body.'],
} as const;

type ErrorStatus = keyof typeof errorResponses;

function errorResponse(status: ErrorStatus): JsonSchema {
  const [, description] = errorResponses[status];
  return {
    description,
    ...(status === 429
      ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } } } }
      : {}),
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

function parameters(endpoint: Endpoint): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [location, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.querystring],
  ] as const) {
    const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
    const required = (schema?.required ?? []) as string[];
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      list.push({
        name,
        in: location,
        required: location === 'path' || required.includes(name),
        ...(description === undefined ? {} : { description }),
        schema: withRefs(rest),
      });
    }
  }
  return list;
}

function operation(endpoint: Endpoint): JsonSchema {
  const statuses: ErrorStatus[] = [400, ...endpoint.errors, 503];
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [endpoint.access === 'development' ? 'development' : 'community'],
    ...(endpoint.access === 'member' ? { security: [{ bearer: [] }] } : {}),
    parameters: parameters(endpoint),
    ...(endpoint.body === undefined
      ? {}
      : { requestBody: { required: true, content: { 'application/json': { schema: withRefs(endpoint.body) } } } }),
    responses: {
      [endpoint.status]: {
        description: endpoint.status === 201 ? 'Created' : 'OK',
        content: { 'application/json': { schema: withRefs(endpoint.response) } },
      },
      ...Object.fromEntries(
        statuses.map((status) => [status, { $ref: `#/components/responses/${errorResponses[status][0]}` }]),
      ),
    },
  };
}

/** The OpenAPI document for an API served under `basePath`. */
export function openApiDocument(basePath = '/api'): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of endpoints) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  paths['/live'] = liveOperation;
  paths['/questions/{id}/page'] = threadPageOperation;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Majlis community API',
      version: '0.1.0',
      description:
        'The REST contract of the Majlis RestAdapter (src/adapters/rest.ts), served by the reference server. ' +
        'Reads are public (a bearer token only personalizes `viewerHasVoted` and `viewerCan`); ' +
        'changes need a member. ' +
        'Every failure answers with the Error body. The development endpoints exist only when dev login is enabled.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: basePath === '' ? '/' : basePath }],
    tags: [
      { name: 'community', description: 'Questions, answers, kudos, accepted answers, members.' },
      { name: 'development', description: 'Sign-in helpers for development; disabled in production.' },
    ],
    security: [{}, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'HS256 JSON Web Token from the host site: claims `sub`, `name`, `role`, `exp`.',
        },
      },
      schemas: Object.fromEntries(Object.entries(namedSchemas).map(([name, schema]) => [name, withRefs(schema, true)])),
      responses: Object.fromEntries(
        Object.entries(errorResponses).map(([status, [name]]) => [name, errorResponse(Number(status) as ErrorStatus)]),
      ),
    },
  };
}
