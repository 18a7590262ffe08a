import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayUrl, isPostgresUrl, openStore } from '../store/index.ts';
import { explainDocument, formatExplain, formatJson, formatScores, formatText, readAllGold, scoreDocuments, type GoldItem } from '../eval/index.ts';
import { createCoder } from '../core/index.ts';
import type { TraceDrop } from '../core/trace.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Event } from '../schema/event.ts';
import { normalisePublished } from '../ingest/index.ts';
import { coderContext } from './context.ts';
import { readInputs } from './read-inputs.ts';
import { codeInputs } from './code-inputs.ts';
import { terminalWidth } from './fit-table.ts';
import { formatEventTable } from './table.ts';
import { resolveNameWith } from './resolve-name.ts';
import { batchExitCode, type ExitCode, type Io } from './io.ts';
import { EXAMPLES_DIR } from '../paths.ts';

// `events` moved to events-command.ts with its filters and output formats.
export { eventsCommand } from './events-command.ts';

export { EXAMPLES_DIR };


export async function codeCommand(io: Io, paths: readonly string[], opts: { published?: string; title?: string; jsonl?: string; all?: boolean; fetch?: boolean; fetchPrivate?: boolean }): Promise<ExitCode> {
  const { coder } = coderContext(opts.all ? { includeHypothetical: true } : {});
  const published = opts.published ? normalisePublished(opts.published, '--published') ?? undefined : undefined;
  let ok = 0;
  let failed = 0;
  for await (const item of codeInputs(paths, { ...opts, published })) {
    if (item.kind === 'error') {
      io.err(item.error.message);
      failed++;
    } else if (item.kind === 'skip') {
      io.err(`${item.source}: skipped, ${item.reason}`);
    } else {
      for (const e of coder.code(item.article)) io.out(JSON.stringify(e));
      ok++;
    }
  }
  return batchExitCode(ok, failed);
}

export async function ingestCommand(io: Io, paths: readonly string[], opts: { db: string; published?: string; jsonl?: boolean; quiet?: boolean }): Promise<ExitCode> {
  const { coder } = coderContext();
  const store = await openStore(opts.db);
  const published = opts.published ? normalisePublished(opts.published, '--published') : undefined;
  const tally = { stored: 0, duplicate: 0, events: 0, failed: 0 };
  try {
    for (const item of readInputs(paths, { published, jsonl: opts.jsonl })) {
      if (!item.ok) {
        io.err(item.error.message);
        tally.failed++;
        continue;
      }
      try {
        const result = await store.saveArticle(item.article, coder.code(item.article), { sourcePath: item.source });
        tally[result.status]++;
        tally.events += result.events;
      } catch (e) {
        io.err(`${item.source}: ${(e as Error).message}`);
        tally.failed++;
      }
    }
  } finally {
    await store.close();
  }
  if (!opts.quiet) io.out(`${tally.stored} articles stored, ${tally.duplicate} already stored, ${tally.events} events, ${tally.failed} failed → ${displayUrl(opts.db)}`);
  return batchExitCode(tally.stored + tally.duplicate, tally.failed);
}

export async function evalCommand(io: Io, goldPath: string, opts: { json?: boolean; explain?: boolean }): Promise<ExitCode> {
  const { kb, coder } = coderContext();
  const items = await readAllGold(goldPath);
  if (opts.explain) return explainEval(io, items, kb, opts);
  const report = scoreDocuments(items, (a) => coder.code(a), resolveNameWith(kb));
  for (const issue of report.issues) io.err(issue.message);
  if (report.documents === 0) {
    // an empty or foreign file says so, instead of printing zero scores
    io.err(`${goldPath}: no gold documents (one JSON object per line with "text" and "gold")`);
    return 1;
  }
  io.out(opts.json ? formatJson(report) : formatText(report));
  return 0;
}

// `eval --explain`: the coder runs with its trace on, so every dropped trigger is known per document.
// With --json too, the scores line comes last (the `| tail -1` contract holds).
function explainEval(io: Io, items: readonly GoldItem[], kb: Knowledge, opts: { json?: boolean }): ExitCode {
  const runs: { events: readonly Event[]; drops: TraceDrop[] }[] = [];
  let drops: TraceDrop[] = [];
  const traced = createCoder(kb, { trace: (d) => drops.push(d) });
  const report = scoreDocuments(items, (a) => {
    drops = [];
    const run = { events: [] as readonly Event[], drops };
    runs.push(run);
    run.events = traced.code(a);
    return run.events;
  }, resolveNameWith(kb));
  const golds = items.flatMap((i) => (i.kind === 'gold-doc' ? [i] : []));
  const explained = report.docs.map((d, k) => explainDocument(d.id, golds[k].events.filter((g) => g.span !== null), runs[k].events, d, runs[k].drops));
  for (const issue of report.issues) io.err(issue.message);
  io.out(`${formatScores(report).join('\n')}\n\n${formatExplain(explained)}`);
  if (opts.json) io.out(formatJson(report));
  return report.documents === 0 ? 1 : 0;
}

export async function demoCommand(io: Io, opts: { db: string }): Promise<ExitCode> {
  const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(EXAMPLES_DIR, f));
  // The example files are named <slug>-YYYY-MM-DD.txt: the date is their publication date.
  for (const file of files) {
    const published = /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)?.[1];
    await ingestCommand(io, [file], { db: opts.db, published, quiet: true });
  }
  const store = await openStore(opts.db);
  try {
    const events = await store.queryEvents({});
    io.out(formatEventTable(events, { width: terminalWidth() }));
    io.out(`\n${events.length} events from ${await store.countArticles()} articles, stored in ${isPostgresUrl(opts.db) ? displayUrl(opts.db) : resolve(opts.db)}`);
    io.out(`Try: npx eventlens events --db ${opts.db} --type ASSAULT   ·   npx eventlens code examples/${files[0]?.split('/').pop()} --published 2020-04-02`);
  } finally {
    await store.close();
  }
  return 0;
}
