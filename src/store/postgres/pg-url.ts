// postgres://user:pass@host:port/db?schema=name — `schema` is ours, not libpq's: the store puts its
// tables in that schema (created if missing), so several databases can share one PostgreSQL database
// (and parallel test runs do not collide).

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PgTarget {
  readonly connectionString: string;
  readonly schema: string | null;
}

export function parsePgUrl(url: string): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${displayUrl(url)}: not a valid PostgreSQL URL`);
  }
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new Error(`${displayUrl(url)}: invalid schema name '${schema}' (letters, digits and _)`);
  }
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** The URL without its password, for messages and logs. */
export function displayUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
