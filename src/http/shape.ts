/**
 * The shape of an answer, checked where it enters: each provider declares what
 * it reads from an answer with these few readers, and `HttpRequest.shape`
 * applies them to the parsed body. A wrong type, a `null` item or an empty 200
 * becomes a ProviderError naming the field (`results[2].name`), never a
 * TypeError further in. Objects are read by their own properties only, into
 * fresh objects that hold just the declared fields, so `__proto__` or
 * `constructor` keys in an answer are inert.
 */

/** Reads `value` (found at `path`) as a T, or throws ShapeError. */
export type Shape<T> = (value: unknown, path: string) => T;

export type ShapeOf<S> = S extends Shape<infer T> ? T : never;

export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(
      path === ''
        ? `the answer is ${found}; expected ${expected}`
        : `the answer's field '${path}' is ${found}; expected ${expected}`,
    );
  }
}

/** Longest id accepted from an answer: ids end up in paths, outputs and summaries. */
export const MAX_ID_LENGTH = 256;

/** What `value` is, for an error message: never the value itself, which may be secret. */
export function describeType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'not a number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function check<T>(test: (value: unknown) => value is T, expected: string): Shape<T> {
  return (value, path) => {
    if (!test(value)) throw new ShapeError(path, expected, describeType(value));
    return value;
  };
}

export const string: Shape<string> = check(
  (value): value is string => typeof value === 'string',
  'a string',
);

export const number: Shape<number> = check(
  (value): value is number => typeof value === 'number' && Number.isFinite(value),
  'a number',
);

export const boolean: Shape<boolean> = check(
  (value): value is boolean => typeof value === 'boolean',
  'true or false',
);

/** Anything at all: for fields read by code that checks them itself. */
export const unknown: Shape<unknown> = (value) => value;

/** A number, or a string of digits (some answers quote their numbers). */
export const numeric: Shape<number> = (value, path) => {
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return number(value, path);
};

/**
 * An identifier: a string or an integer, as a string of 1 to 256 characters
 * without control characters or white space, and not `.` or `..` (ids go into
 * request paths).
 */
export const id: Shape<string> = (value, path) => {
  const text = Number.isSafeInteger(value) ? String(value) : value;
  if (text === '.' || text === '..') throw new ShapeError(path, 'an id', `'${text}'`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters in ids
  if (typeof text === 'string' && /^[^\s\u0000-\u001f\u007f]+$/.test(text)) {
    if (text.length <= MAX_ID_LENGTH) return text;
    throw new ShapeError(path, `an id of at most ${MAX_ID_LENGTH} characters`, 'longer');
  }
  throw new ShapeError(path, 'an id (a string or a whole number)', describeType(value));
};

/** One of the given words. */
export function word<const W extends string>(words: readonly W[]): Shape<W> {
  return check(
    (value): value is W =>
      typeof value === 'string' && (words as readonly string[]).includes(value),
    `one of ${words.join(', ')}`,
  );
}

/** Absent or null reads as undefined. */
export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value, path) => (value === undefined || value === null ? undefined : shape(value, path));
}

/** Null stays null; absent reads as undefined. */
export function nullable<T>(shape: Shape<T>): Shape<T | null | undefined> {
  return (value, path) => {
    if (value === null) return null;
    return value === undefined ? undefined : shape(value, path);
  };
}

/** A list whose every item has `item`'s shape (a `null` item is an error, named by index). */
export function array<T>(item: Shape<T>): Shape<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'a list', describeType(value));
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

type Fields = Record<string, Shape<unknown>>;
/** Fields whose shape may read undefined (optional, nullable) are optional properties. */
type OptionalKeys<F extends Fields> = {
  [K in keyof F]: undefined extends ShapeOf<F[K]> ? K : never;
}[keyof F];
export type ObjectOf<F extends Fields> = {
  [K in Exclude<keyof F, OptionalKeys<F>>]: ShapeOf<F[K]>;
} & { [K in OptionalKeys<F>]?: ShapeOf<F[K]> };

/** An object: each declared field read from the answer's own properties; others are dropped. */
export function object<F extends Fields>(fields: F): Shape<ObjectOf<F>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ShapeError(path, 'an object', describeType(value));
    }
    const read: Record<string, unknown> = {};
    for (const [name, shape] of Object.entries(fields)) {
      const field = Object.hasOwn(value, name)
        ? (value as Record<string, unknown>)[name]
        : undefined;
      const parsed = shape(field, path === '' ? name : `${path}.${name}`);
      if (parsed !== undefined) read[name] = parsed;
    }
    return read as ObjectOf<F>;
  };
}

/**
 * `first`, else `second`. When neither reads `value`, the error is the one
 * that got deeper into it (the field that is wrong), or both expectations.
 */
export function either<A, B>(first: Shape<A>, second: Shape<B>): Shape<A | B> {
  return (value, path) => {
    let firstError: ShapeError;
    try {
      return first(value, path);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      firstError = error;
    }
    try {
      return second(value, path);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      if (firstError.path.length !== error.path.length) {
        throw firstError.path.length > error.path.length ? firstError : error;
      }
      throw new ShapeError(
        error.path,
        `${firstError.expected} or ${error.expected}`,
        describeType(value),
      );
    }
  };
}

/** `shape`, then `convert` on what it read. */
export function map<A, B>(shape: Shape<A>, convert: (value: A) => B): Shape<B> {
  return (value, path) => convert(shape(value, path));
}

/** Reads a whole answer body; the error names the field from the answer's top. */
export function readShape<T>(shape: Shape<T>, body: unknown): T {
  return shape(body, '');
}

/** `map[key]` when `key` is one of its own keys: a word from an answer never reaches the prototype. */
export function lookup<V>(map: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * `shape`, or `fallback` when the field does not fit: only for fields that
 * must not fail an answer whose main part already counts (the name shown
 * next to a token that was just created and whose secret is in hand).
 */
export function orElse<T, F>(shape: Shape<T>, fallback: F): Shape<T | F> {
  return (value, path) => {
    try {
      return shape(value, path);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return fallback;
    }
  };
}

/** Each of `fields` through `orElse(…, undefined)`. */
export function lenient<F extends Fields>(
  fields: F,
): { [K in keyof F]: Shape<ShapeOf<F[K]> | undefined> } {
  const read: Record<string, Shape<unknown>> = {};
  for (const [name, shape] of Object.entries(fields)) read[name] = orElse(shape, undefined);
  return read as { [K in keyof F]: Shape<ShapeOf<F[K]> | undefined> };
}

/** Whether `value` has `shape`: for entries a reader skips rather than fails on. */
export function fits<T>(shape: Shape<T>, value: unknown): boolean {
  try {
    shape(value, '');
    return true;
  } catch (error) {
    if (error instanceof ShapeError) return false;
    throw error;
  }
}

/**
 * Words an error answer gives for a field, e.g. `["Enter a valid URL."]`: a
 * string, or the strings of a list (flat: a nested list is not read), or
 * undefined. For error messages, which are read leniently.
 */
export function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  const words = value.filter((item): item is string => typeof item === 'string');
  return words.length > 0 ? words.join(' ') : undefined;
}
