import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { writeCorpus } from './ingest-corpus.ts';

// `npm run bench:queue [-- --articles 400] [--workers 1,2,4] [--batch 50]`: distributed ingest on this
// machine. The corpus (bench/ingest-corpus.ts) is queued once per run into a fresh PostgreSQL database
// (EVENTLENS_PG_URL's server), then drained by 1, 2, 4 `eventlens worker --concurrency 1` processes.
// Rates come from the workers' own batch records (first batch start → last batch end), so the seconds
// each process spends loading the knowledge base are not counted; "queue overhead" is the time per job
// not spent coding (payload parse, the stored-doc_id lookup, the store transaction, the queue's round trips).
// On a 2-core machine two processes already use every core: more cannot go faster here. The projection
// for N machines multiplies the one-process rate per core, which holds while PostgreSQL keeps up (see
// docs/deploy.md for the database side).

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const ARTICLES = Number(flag('--articles', '400'));
const COUNTS = flag('--workers', '1,2,4').split(',').map(Number);
const BATCH = flag('--batch', '50');
const PG_URL = process.env.EVENTLENS_PG_URL;
if (!PG_URL) throw new Error('bench:queue needs EVENTLENS_PG_URL (a PostgreSQL server where it may create databases)');
const BIN = new URL('../bin/eventlens.js', import.meta.url).pathname;
const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const corpus = `${out}ingest-corpus-v2-${ARTICLES}.jsonl`;
if (!existsSync(corpus)) await writeCorpus(corpus, { articles: ARTICLES });
console.log(`cores: ${availableParallelism()}, load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${ARTICLES} articles, ${BATCH} per job`);
console.log('workers  art/s  art/s per worker  overhead ms/job  queue s  drain s (wall, with start-up)');

let perWorker = 0;
for (const workers of COUNTS) {
  const db = `eventlens_queue_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${db}`);
  const url = Object.assign(new URL(PG_URL), { pathname: `/${db}` }).toString();
  try {
    const t0 = performance.now();
    await cli(['ingest', corpus, '--queue', url, '--batch', BATCH, '--workers', '1']);
    const queued = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', url, '--concurrency', '1', '--exit-when-empty'])));
    const drained = (performance.now() - t1) / 1000;
    const r = await ledger(url);
    if (workers === 1) perWorker = r.rate;
    console.log(`${String(workers).padStart(7)}  ${r.rate.toFixed(1).padStart(5)}  ${(r.rate / workers).toFixed(1).padStart(16)}  ${r.overhead.toFixed(0).padStart(15)}  ${queued.toFixed(1).padStart(7)}  ${drained.toFixed(1).padStart(7)}`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}
if (perWorker > 0) {
  const cores = [2, 4, 8, 16];
  console.log(`projection from one worker process (${perWorker.toFixed(1)} art/s per core here, a loaded machine): `
    + cores.map((n) => `${n} cores ≈ ${(perWorker * n).toFixed(0)} art/s`).join(', '));
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ledger(url: string): Promise<{ rate: number; overhead: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [r] } = await client.query<{ docs: number; span: number; busy: number; code: number; jobs: number }>(
      `SELECT sum(docs)::int AS docs, extract(epoch FROM max(finished_at) - min(started_at))::float8 AS span,
         sum(extract(epoch FROM finished_at - started_at) * 1000)::float8 AS busy, sum(code_ms)::float8 AS code, count(*)::int AS jobs FROM queue_batches`);
    return { rate: r.docs / r.span, overhead: (r.busy - r.code) / r.jobs };
  } finally {
    await client.end();
  }
}

function cli(argv: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eventlens ${argv[0]} exited ${code}: ${err}`))));
  });
}
