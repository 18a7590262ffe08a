import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import pg from 'pg';

// What the queue tests share: a PostgreSQL database of their own per scenario (created from
// EVENTLENS_PG_URL's server, dropped after the file), the CLI in child processes that are always
// killed when the file ends, and the stored state read back as sets to compare.

export const PG_URL = process.env.EVENTLENS_PG_URL;
export const SKIP = PG_URL ? false : 'EVENTLENS_PG_URL is not set: the queue needs PostgreSQL (.ci/run sets it)';
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
// A worker that exits once the queue is drained, with a short lease, so a killed worker's batch comes
// back quickly; long enough that a live worker on a loaded test machine (heartbeat timers late by
// seconds) is not taken for dead.
export const WORKER = ['--concurrency', '1', '--exit-when-empty', '--lease', '10'];

export const CORPUS = new URL('../corpus/articles.gold.jsonl', import.meta.url).pathname;

const databases: string[] = [];
const children = new Set<ChildProcess>();

function serverUrl(database: string): string {
  const url = new URL(PG_URL ?? 'postgres://unset');
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database; its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `eventlens_queue_test_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  return serverUrl(name);
}

after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all([...children].map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))));
  if (!PG_URL) return;
  await admin(async (c) => {
    for (const name of databases.splice(0)) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

export interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

/** The CLI in a child process (killed after the file if still running). */
export function start(args: readonly string[]): Run {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      // the pipes may still hold the last lines
      setImmediate(() => resolve({ code, signal, out, err }));
    });
  });
  return { child, done };
}

export async function eventlens(args: readonly string[]): Promise<{ code: number | null; out: string; err: string }> {
  return start(args).done;
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Every stored event as "doc_id#ordinal record", sorted: equal lists mean the same events, no more. */
export async function storedEvents(url: string): Promise<string[]> {
  const rows = await query<{ key: string }>(url,
    `SELECT a.doc_id || '#' || e.ordinal || ' ' || e.record_json AS key FROM events e JOIN articles a ON a.id = e.article_id`);
  return rows.map((r) => r.key).sort();
}

/** Every incident as "id: report keys", sorted. */
export async function storedIncidents(url: string): Promise<string[]> {
  const rows = await query<{ line: string }>(url,
    `SELECT incident_id || ': ' || string_agg(report_key, ' ' ORDER BY report_key) AS line FROM incident_reports GROUP BY incident_id`);
  return rows.map((r) => r.line).sort();
}

export async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Queues documents as they are, in batches (what ingest --queue does after its checks). */
export async function enqueueDocs(url: string, docs: readonly unknown[], batchSize: number): Promise<void> {
  const { Enqueuer, queueTarget, workerUtils } = await import('../../src/queue/index.ts');
  const utils = await workerUtils(queueTarget(url, 'url'), () => {});
  try {
    const enqueuer = new Enqueuer(utils, 'test');
    for (let i = 0; i < docs.length; i += batchSize) await enqueuer.add(docs.slice(i, i + batchSize).map((d) => ({ article: d, meta: {} })));
  } finally {
    await utils.release();
  }
}

/** The corpus as articles {id, text, published, title}. */
export function corpusArticles(): { id: string; text: string; published: string | null; title: string | null }[] {
  return readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const { id, text, published, title } = JSON.parse(line) as { id: string; text: string; published?: string; title?: string };
    return { id, text, published: published ?? null, title: title ?? null };
  });
}

/** A one-process `ingest --db` of the corpus into a fresh database: the events and incidents to match. */
export async function referenceIngest(): Promise<{ events: string[]; incidents: string[] }> {
  const url = await freshDatabase();
  const run = await eventlens(['ingest', CORPUS, '--db', url, '--workers', '1', '--no-progress']);
  if (run.code !== 0) throw new Error(`reference ingest failed: ${run.err}`);
  const reference = { events: await storedEvents(url), incidents: await storedIncidents(url) };
  if (reference.events.length < 30) throw new Error(`the reference ingest stored only ${reference.events.length} events`);
  return reference;
}

/** In a describe block: the reference ingest, made before its tests (read it inside them). */
export function referenceBefore(): { readonly events: string[]; readonly incidents: string[] } {
  const reference = { events: [] as string[], incidents: [] as string[] };
  before(async () => { Object.assign(reference, await referenceIngest()); }, { timeout: 600_000 });
  return reference;
}
