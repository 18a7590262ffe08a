import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { UsageError } from '../../src/cli/io.ts';
import { registerStoreCommands } from '../../src/cli/store-commands.ts';
import type { Event } from '../../src/schema/event.ts';
import { actor, makeEvent } from '../store/event-factory.ts';
import { cliSandbox } from './cli-sandbox.ts';

// `events`, `stats`, `export` and `import` through the real CLI, on SQLite files and (when
// EVENTLENS_PG_URL is set) a PostgreSQL schema of this run's own.
const { dir, pgUrl: PG_URL, schema: SCHEMA, run } = cliSandbox('store-cli');
const path = (name: string): string => join(dir, name);

// The same commands in this process, for the long tables of cases: each spawn costs seconds of start-up.
// Exit codes as bin/eventlens maps them: commander and UsageError → 2.
async function inProcess(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command('eventlens').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerStoreCommands(program, { out: (l) => out.push(l), err: (l) => err.push(l) }, (c) => { code = c; });
  try {
    await program.parseAsync(['node', 'eventlens', ...args]);
  } catch (error) {
    const e = error as { code?: string; message: string };
    code = error instanceof UsageError || e.code?.startsWith('commander.') ? 2 : 1;
    err.push(e.message);
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const at = (value: string): Event['date'] => ({ value, precision: 'day', text: value, span: null });
const EVENTS: readonly Event[] = [
  makeEvent('k1', { date: at('2022-03-01') }),
  makeEvent('k1', { type: 'CONSULT', cameo: '036', goldstein: 4, quad_class: 1, actor: actor('United States', 'USA'), target: actor('Iran', 'IRN'),
    date: at('2022-04-10'), location: { text: 'Geneva', name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.14, span: [0, 6] } }),
  makeEvent('k2', { type: 'THREATEN', cameo: '138', goldstein: -7, actor: actor('Iran', 'IRN'), target: actor('United States', 'USA'), date: at('2022-04-20'),
    provenance: { source: actor('state media', 'IRNMED'), reporting_verb: 'reported', certainty: 'claimed', quote: null } }),
];
const JSONL = EVENTS.map((e) => JSON.stringify(e)).join('\n') + '\n';
const lines = (text: string): string[] => text.trim().split('\n');
const triggers = (out: string): string[] => lines(out).map((l) => (JSON.parse(l) as Event).type);

const BACKENDS = [
  { name: 'sqlite', db: path('store.db'), skip: false as const },
  { name: 'postgres', db: `${PG_URL}?schema=${SCHEMA}`, skip: PG_URL ? false as const : 'EVENTLENS_PG_URL is not set' },
];

for (const backend of BACKENDS) {
  describe(`store commands (${backend.name})`, { skip: backend.skip }, () => {
    const db = backend.db;

    it('import: JSON Lines from stdin, and a second time stores nothing twice', { timeout: 120_000 }, () => {
      const first = run(['import', '-', '--db', db], JSONL);
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /^2 articles stored, 0 already stored, 3 events, 0 failed → /);
      assert.ok(!first.out.includes('secret'));
      const again = run(['import', '-', '--db', db], JSONL);
      assert.match(again.out, /^0 articles stored, 2 already stored, 0 events/);
    });

    const FILTERS: readonly (readonly [readonly string[], readonly string[]])[] = [
      [[], ['ASSAULT', 'CONSULT', 'THREATEN']],
      [['--type', 'threaten'], ['THREATEN']],
      [['--dyad', 'IRN,USA'], ['CONSULT', 'THREATEN']],
      [['--country', 'CHE'], ['CONSULT']],
      [['--near', '46.2,6.1,20'], ['CONSULT']],
      [['--source', 'IRNMED'], ['THREATEN']],
      [['--cameo', '19', '--since', '2022-03', '--until', '2022-03'], ['ASSAULT']],
      [['--sort', '-goldstein', '--limit', '1'], ['CONSULT']],
      [['--sort', '-date', '--offset', '1'], ['CONSULT', 'ASSAULT']],
      [['--doc', 'k2', '--min-confidence', '0.5'], ['THREATEN']],
    ];
    for (const [args, expected] of FILTERS) {
      it(`events ${args.join(' ') || '(no filter)'}`, { timeout: 120_000 }, async () => {
        const r = await inProcess(['events', '--db', db, '--jsonl', ...args]);
        assert.equal(r.code, 0, r.err);
        assert.deepEqual(triggers(r.out), expected);
      });
    }

    it('events: a table by default, JSON, and CSV', { timeout: 120_000 }, async () => {
      const table = await inProcess(['events', '--db', db, '--limit', '2']);
      assert.match(table.out, /ACTOR → TARGET/);
      assert.match(table.out, /2 of 3 events/);
      const json = JSON.parse((await inProcess(['events', '--db', db, '--format', 'json', '--type', 'CONSULT'])).out) as { total: number; events: Event[] };
      assert.deepEqual([json.total, json.events.map((e) => e.actor?.code)], [1, ['USA']]);
      const csv = lines((await inProcess(['events', '--db', db, '--csv'])).out);
      assert.equal(csv.length, 4);
      assert.match(csv[0], /^doc_id,date,date_precision,type,cameo,goldstein/);
      assert.match(csv[2], /^k1,2022-04-10,day,CONSULT,036,4,1,USA,United States,IRN,Iran,Geneva,CHE/);
    });

    it('stats: counts and Goldstein sums per month and dyad, as a table, JSON and CSV', { timeout: 120_000 }, async () => {
      const table = await inProcess(['stats', '--db', db, '--by', 'dyad']);
      assert.equal(table.code, 0, table.err);
      assert.match(table.out, /2022-04\s+IRN→USA\s+1\s+-7\s+0\s+0\s+0\n/);
      assert.match(table.out, /3 dated events in 2 periods/);
      const json = JSON.parse((await inProcess(['stats', '--db', db, '--period', 'day', '--by', 'type', '--json', '--type', 'ASSAULT'])).out);
      assert.deepEqual(json, [{ period: '2022-03-01', key: 'ASSAULT', count: 1, goldstein: -10, killed: 0, injured: 0, arrested: 0 }]);
      assert.deepEqual(lines((await inProcess(['stats', '--db', db, '--by', 'none', '--csv', '--dyad', 'USA,IRN'])).out),
        ['period,key,count,goldstein,killed,injured,arrested', '2022-04,,2,-3,0,0,0']);
    });

    for (const format of ['jsonl', 'csv', 'gdelt', 'polecat']) {
      it(`export --format ${format} → import into an empty database → the same file`, { timeout: 120_000 }, async () => {
        const file = path(`${backend.name}.${format}`);
        const exported = await inProcess(['export', '--db', db, '--format', format, '--out', file]);
        assert.equal(exported.code, 0, exported.err);
        assert.match(exported.err, new RegExp(`^3 events exported as ${format} from `));
        const copy = path(`copy-${backend.name}-${format}.db`);
        const imported = await inProcess(['import', file, '--db', copy]);
        assert.match(imported.out, /^2 articles stored, 0 already stored, 3 events, 0 failed/);
        await inProcess(['export', '--db', copy, '--format', format, '--out', `${file}.again`]);
        assert.equal(readFileSync(`${file}.again`, 'utf8'), readFileSync(file, 'utf8'));
      });
    }
  });
}

describe('store commands through bin/eventlens: stdout and stdin', () => {
  it('export to stdout | import from stdin | export again: the same bytes', { timeout: 120_000 }, () => {
    const db = path('pipe.db');
    run(['import', '-', '--db', db], JSONL);
    const first = run(['export', '--db', db, '--format', 'gdelt']);
    assert.equal(first.code, 0, first.err);
    assert.equal(lines(first.out).length, 4);
    assert.match(first.out, /^GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\t/);
    const copy = path('pipe-copy.db');
    assert.equal(run(['import', '-', '--db', copy], first.out).code, 0);
    assert.equal(run(['export', '--db', copy, '--format', 'gdelt']).out, first.out);
  });
});

describe('store commands: usage errors and bad input', () => {
  const db = path('errors.db');
  for (const args of [
    ['events', '--type', 'ATTACK'], ['events', '--near', '1,2'], ['events', '--dyad', 'USA'], ['events', '--sort', 'newest'],
    ['events', '--format', 'xml'], ['events', '--limit', '20000'], ['stats', '--period', 'year'], ['stats', '--by', 'actor'],
    ['export', '--format', 'xml'], ['export'],
  ]) {
    it(`${args.join(' ')} exits 2`, { timeout: 120_000 }, async () => {
      const r = await inProcess([...args, '--db', db]);
      assert.equal(r.code, 2, r.err);
    });
  }

  it('bin/eventlens: a usage error is one line and exit 2', { timeout: 120_000 }, () => {
    const r = run(['events', '--db', db, '--type', 'ATTACK']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^eventlens: invalid type 'ATTACK' \(one of AGREE, .*\)\n$/);
  });

  it('import: a file without its record column, or missing, is one clear error and exit 1', { timeout: 120_000 }, async () => {
    writeFileSync(path('plain.csv'), 'event_id,doc_id\n1,a\n');
    const r = await inProcess(['import', path('plain.csv'), path('missing.jsonl'), '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.err, /plain\.csv: no record column; only csv files exported with their record column can be imported/);
    assert.match(r.err, /missing\.jsonl: no such file/);
  });

  it('import: a bad line is reported with its number; the rest is stored, exit 3 (partial)', { timeout: 120_000 }, () => {
    const r = run(['import', '-', '--db', db], `${JSON.stringify(EVENTS[0])}\n{oops\n${JSON.stringify({ ...EVENTS[2], goldstein: 99 })}\n`);
    assert.equal(r.code, 3);
    assert.match(r.err, /^-:2: invalid JSON\n-: article k2: event 0 is invalid/);
    assert.match(r.out, /^1 articles stored, 0 already stored, 1 events, 2 failed/);
  });
});
