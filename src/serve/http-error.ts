import type { z } from 'zod';

/** One problem with a request: where (`limit`, `body.url`) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** An error with the HTTP status it maps to; the error handler turns it into the JSON error body. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly issues: readonly Issue[] = []) {
    super(message);
  }
}

/**
 * Parses `value` with `schema`, or throws a 400 that names every bad parameter:
 *   GET /events?limit=0&colour=red → "limit: Too small: expected number to be >=1; colour: unknown parameter"
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.flatMap((issue): Issue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: key, message: `unknown ${where === 'query' ? 'parameter' : 'field'}` }));
    }
    return [{ path: issue.path.join('.') || where, message: issue.message }];
  });
  throw new HttpError(400, issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}
