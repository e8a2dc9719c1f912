/**
 * Typed JSON Schema builders: each returns a plain JSON Schema object (what Ajv, Fastify and OpenAPI read) that
 * also carries, for TypeScript only, the type of the values it accepts (`Infer<typeof schema>`). The contract's
 * entities are defined once with them (`entities.ts`); the domain types, the response decoder (`../shapes.ts`)
 * and the server's schemas are derived from those definitions.
 */

declare const inferred: unique symbol;

/** A JSON Schema object, as Ajv, Fastify and OpenAPI read it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A JSON Schema that also names, for the type checker only, the type of the values it accepts. */
export type Schema<T> = JsonSchema & { readonly [inferred]?: T };

/** The type of the values `S` accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/**
 * Whether schemas keep their descriptions: on the server (which documents them in OpenAPI), in tests and in
 * development. Production browser builds, which only decode with the schemas, drop them: Vite replaces
 * `import.meta.env.DEV` with false, so `DOCS && 'text'` leaves the text out of the bundle.
 */
export const DOCS: boolean = (import.meta as { env?: { DEV?: boolean } }).env?.DEV ?? true;

/** A description, or false where {@link DOCS} is off. */
export type Description = string | false | undefined;

/** What the OpenAPI document says about a schema. */
export interface Annotations {
  description?: Description;
}

/** The keywords without undefined values and dropped descriptions, so the schemas stay plain JSON. */
/* @__NO_SIDE_EFFECTS__ */
function schema<T>(keywords: Record<string, unknown>): Schema<T> {
  return Object.fromEntries(
    Object.entries(keywords).filter(([key, value]) => value !== undefined && !(key === 'description' && value === false)),
  );
}

export interface StringOptions extends Annotations {
  minLength?: number;
  maxLength?: number;
  /** `date-time`: an ISO-8601 time. */
  format?: 'date-time';
}

/* @__NO_SIDE_EFFECTS__ */
export function string(options: StringOptions = {}): Schema<string> {
  const { description, ...constraints } = options;
  return schema({ type: 'string', ...constraints, description });
}

export interface NumberOptions extends Annotations {
  minimum?: number;
  maximum?: number;
}

/* @__NO_SIDE_EFFECTS__ */
export function integer(options: NumberOptions = {}): Schema<number> {
  const { description, ...constraints } = options;
  return schema({ type: 'integer', ...constraints, description });
}

/* @__NO_SIDE_EFFECTS__ */
export function number(options: NumberOptions = {}): Schema<number> {
  const { description, ...constraints } = options;
  return schema({ type: 'number', ...constraints, description });
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(options: Annotations = {}): Schema<boolean> {
  return schema({ type: 'boolean', description: options.description });
}

/** A schema of one of the strings `V`, which it lists in `enum`. */
export type EnumSchema<V extends readonly string[]> = Schema<V[number]> & { readonly enum: V };

/** One of the listed strings. */
/* @__NO_SIDE_EFFECTS__ */
export function enumOf<const V extends readonly string[]>(values: V, options: Annotations = {}): EnumSchema<V> {
  return schema({ type: 'string', enum: [...values], description: options.description }) as EnumSchema<V>;
}

/**
 * `schema` or null: a scalar gets `"null"` in its `type`; anything else (an object, which may be a named
 * schema the OpenAPI document refers to, or an enum, whose list would refuse null) is wrapped in `anyOf`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function nullable<T>(inner: Schema<T>, options: Annotations = {}): Schema<T | null> {
  const { type, description, ...rest } = inner;
  if (typeof type === 'string' && type !== 'object' && type !== 'array' && !('enum' in rest)) {
    return schema({ type: [type, 'null'], ...rest, description: options.description ?? description });
  }
  return schema({ anyOf: [inner, { type: 'null' }], description: options.description });
}

export interface ArrayOptions extends Annotations {
  maxItems?: number;
}

/* @__NO_SIDE_EFFECTS__ */
export function array<T>(items: Schema<T>, options: ArrayOptions = {}): Schema<T[]> {
  const { description, ...constraints } = options;
  return schema({ type: 'array', items, ...constraints, description });
}

/** An object with any keys, every value matching `values`. */
/* @__NO_SIDE_EFFECTS__ */
export function record<T>(values: Schema<T>, options: Annotations = {}): Schema<Record<string, T>> {
  return schema({ type: 'object', additionalProperties: values, description: options.description });
}

/** A field of an {@link object} that may be absent. */
export class Optional<T> {
  constructor(readonly schema: Schema<T>) {}
}

/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(field: Schema<T>): Optional<T> {
  return new Optional(field);
}

/** The fields of an {@link object}: a schema each, wrapped in {@link optional} when the field may be absent. */
export type Fields = Readonly<Record<string, Schema<unknown> | Optional<unknown>>>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The type of an object with `F`'s fields. */
export type InferFields<F extends Fields> = Simplify<
  { -readonly [K in keyof F as F[K] extends Optional<unknown> ? never : K]: Infer<F[K]> } & {
    -readonly [K in keyof F as F[K] extends Optional<unknown> ? K : never]?: F[K] extends Optional<infer T> ? T : never;
  }
>;

/** An object with exactly these fields (`additionalProperties: false`); the optional ones are not `required`. */
/* @__NO_SIDE_EFFECTS__ */
export function object<F extends Fields>(fields: F, options: Annotations = {}): Schema<InferFields<F>> {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (field instanceof Optional) {
      properties[key] = field.schema;
    } else {
      properties[key] = field;
      required.push(key);
    }
  }
  return schema({ type: 'object', properties, required, additionalProperties: false, description: options.description });
}
