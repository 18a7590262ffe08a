import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { registerIncidentCommands } from '../../src/cli/incident-commands.ts';
import { UsageError } from '../../src/cli/io.ts';
import { registerStoreCommands } from '../../src/cli/store-commands.ts';
import type { Incident } from '../../src/incidents/index.ts';
import { openStore } from '../../src/store/index.ts';
import { makeArticle, tempDir } from '../store/event-factory.ts';
import { makeReport, type Spec } from './make-report.ts';

// `link-incidents`, `incident ID [--explain]` and `--unit incident|report` on events, stats and export.

const { dir, cleanup } = tempDir('incidents-cli');
const db = join(dir, 'cli.db');
after(cleanup);

async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command('eventlens').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  registerStoreCommands(program, io, (c) => { code = c; });
  registerIncidentCommands(program, io, (c) => { code = c; });
  try {
    await program.parseAsync(['node', 'eventlens', ...args]);
  } catch (error) {
    const e = error as { code?: string; message: string };
    code = error instanceof UsageError || e.code?.startsWith('commander.') ? 2 : 1;
    err.push(e.message);
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SPECS: readonly Spec[] = [
  { doc: 'reuters-1', killed: [2, null, 'at_least'] },
  { doc: 'ap-1', place: 'baghdad', killed: [3, 3, 'exact'] },
  { doc: 'bbc-1', date: '2020-03-18' },
];

before(async () => {
  const store = await openStore(db);
  try {
    for (const spec of SPECS) {
      const r = makeReport(spec);
      await store.saveArticle(makeArticle(r.event.doc_id, `Text of ${r.event.doc_id}.`, { url: `https://${r.outlet}.example/x`, published: r.reportedAt }), [r.event]);
    }
  } finally {
    await store.close();
  }
});

describe('incident commands', () => {
  it('link-incidents links what is not linked yet, and only that', { timeout: 120_000 }, async () => {
    const first = await cli(['link-incidents', '--db', db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^3 events linked: 2 incidents written \(2 new, 0 updated\), 0 merged away in \d+\.\d s → /);
    assert.match((await cli(['link-incidents', '--db', db])).out, /^no events to link/);
    assert.match((await cli(['link-incidents', '--db', db, '--rebuild'])).out, /^3 events linked: 2 incidents written \(0 new, 2 updated\)/);
  });

  it('events --unit incident lists incidents; an actor filter finds the incidents of matching reports', { timeout: 120_000 }, async () => {
    const table = await cli(['events', '--db', db, '--unit', 'incident']);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /^INCIDENT +DATE +TYPE/);
    assert.match(table.out, /2 incidents; `eventlens incident ID --explain` shows one$/);
    const json = JSON.parse((await cli(['events', '--db', db, '--unit', 'incident', '--format', 'json', '--since', '2020-03-15'])).out) as { total: number; incidents: Incident[] };
    assert.equal(json.total, 1);
    assert.equal(json.incidents[0].date?.value, '2020-03-18');
  });

  it('incident ID shows the reconciled fields; --explain says why each report is there', { timeout: 120_000 }, async () => {
    const { out } = await cli(['incident', 'ap-1#0', '--db', db]);
    const id = /^(inc-[0-9a-f]{12}) /.exec(out)?.[1];
    assert.ok(id, out);
    assert.match(out, /2 reports \(2 events, 2 articles\) from 2 sources: ap\.example, reuters\.example/);
    assert.match(out, /certainty +asserted: asserted by 2 outlets, each in its own voice/);
    assert.match(out, /killed +3 \(2–…\) exact: largest lower bound of 2 reports: 3 \(ap\.example: '3'\)\n +conflict: 1 report says 3, 1 says at least 2/);
    const explained = await cli(['incident', id, '--db', db, '--explain']);
    assert.match(explained.out, /linked to reuters-1#0: score 3\.5 ≥ 2, no check failed/);
    assert.match(explained.out, /✓ place:within/);
    const record = JSON.parse((await cli(['incident', id, '--db', db, '--json'])).out) as Incident;
    assert.equal(record.location?.centroid, false);
    const missing = await cli(['incident', 'inc-000000000000', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no incident inc-000000000000 in /);
  });

  it('stats --unit incident counts incidents, not reports', { timeout: 120_000 }, async () => {
    const { out } = await cli(['stats', '--db', db, '--unit', 'incident', '--period', 'month', '--format', 'json']);
    const [row] = JSON.parse(out) as Record<string, unknown>[];
    assert.deepEqual({ ...row, killed: undefined, injured: undefined, arrested: undefined },
      { period: '2020-03', key: 'ASSAULT', count: 2, goldstein: -20, killed: undefined, injured: undefined, arrested: undefined });
    assert.equal(typeof row.killed, 'number');
    const reports = await cli(['stats', '--db', db, '--unit', 'report', '--period', 'month', '--format', 'json']);
    assert.equal((JSON.parse(reports.out) as { count: number }[])[0].count, 3);
  });

  it('export --unit incident (csv, jsonl) lists each incident with its reports\' event ids', { timeout: 120_000 }, async () => {
    const csv = join(dir, 'incidents.csv');
    const r = await cli(['export', '--db', db, '--unit', 'incident', '--format', 'csv', '--out', csv]);
    assert.equal(r.code, 0, r.err);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    assert.match(lines[0], /^incident_id,date,date_precision,.*,geo_precision,centroid,.*,event_ids$/);
    assert.equal(lines.length, 3);
    const jsonl = join(dir, 'incidents.jsonl');
    await cli(['export', '--db', db, '--unit', 'incident', '--format', 'jsonl', '--out', jsonl]);
    assert.deepEqual(readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Incident).num_reports), [2, 1]);
    assert.equal((await cli(['export', '--db', db, '--unit', 'incident', '--format', 'gdelt'])).code, 2);
  });

  it('export --unit report adds incident_id, geo_precision and centroid, and imports back', { timeout: 120_000 }, async () => {
    const csv = join(dir, 'reports.csv');
    await cli(['export', '--db', db, '--unit', 'report', '--format', 'csv', '--out', csv]);
    const [header, ...rows] = readFileSync(csv, 'utf8').trim().split('\n');
    assert.match(header, /,incident_id,geo_precision,centroid,record$/);
    assert.equal(rows.length, 3);
    assert.ok(rows.every((row) => /,inc-[0-9a-f]{12},(site|city),false,/.test(row)), rows.join('\n'));
    const copy = join(dir, 'copy.db');
    const imported = await cli(['import', csv, '--db', copy]);
    assert.match(imported.out, /^3 articles stored, 0 already stored, 3 events, 0 failed/);
  });

  it('--unit takes report or incident', { timeout: 120_000 }, async () => {
    const r = await cli(['events', '--db', db, '--unit', 'story']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--unit must be report or incident, not 'story'/);
  });
});
