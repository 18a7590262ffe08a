import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Event } from '../../src/schema/event.ts';
import { PARTICIPANT_EVENTS } from '../store/participant-events.ts';
import { cliSandbox } from './cli-sandbox.ts';

// Coordinated participants through the real CLI in a child process: `import` stores them, `events`
// filters find an event by its second actor or target, `stats --by dyad` counts each pair, and the CSV
// and POLECAT exports list them all. On a SQLite file and (with EVENTLENS_PG_URL) a PostgreSQL schema.
const { dir, pgUrl: PG_URL, schema: SCHEMA, run } = cliSandbox('participants-cli');
const lines = (text: string): string[] => text.trim().split('\n');
const triggers = (out: string): string => lines(out).filter((l) => l !== '').map((l) => (JSON.parse(l) as Event).trigger.text).join(' ');

const BACKENDS = [
  { name: 'sqlite', db: join(dir, 'p.db'), skip: false as const },
  { name: 'postgres', db: `${PG_URL}?schema=${SCHEMA}`, skip: PG_URL ? false as const : 'EVENTLENS_PG_URL is not set' },
];

for (const backend of BACKENDS) {
  describe(`participants through the CLI (${backend.name})`, { skip: backend.skip, timeout: 600_000 }, () => {
    const db = backend.db;

    it('import stores the events with their lists', { timeout: 120_000 }, () => {
      const r = run(['import', '-', '--db', db], PARTICIPANT_EVENTS.map((e) => JSON.stringify(e)).join('\n') + '\n');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^1 articles? stored, 0 already stored, 3 events, 0 failed/);
    });

    it('events: --actor, --target, --dyad and --country match any participant', { timeout: 120_000 }, () => {
      const cases: readonly (readonly [readonly string[], string])[] = [
        [['--actor', 'CMR'], 'deployed'],
        [['--actor', 'cameroon'], 'deployed'],
        [['--target', 'NGACOP'], 'attacked'],
        [['--dyad', 'NGAREB,CMR'], 'deployed'],
        [['--country', 'CMR'], 'deployed'],
        [['--actor', 'TCD'], 'deployed'],
        [['--target', 'TCD'], 'met'],
      ];
      for (const [args, expected] of cases) {
        const r = run(['events', '--db', db, '--jsonl', ...args]);
        assert.equal(r.code, 0, r.err);
        assert.equal(triggers(r.out), expected, args.join(' '));
      }
    });

    it('stats --by dyad counts the event once per actor × target pair', { timeout: 120_000 }, () => {
      const r = run(['stats', '--db', db, '--period', 'month', '--by', 'dyad', '--csv', '--actor', 'CMR']);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(lines(r.out), [
        'period,dyad,count,goldstein,killed,injured,arrested',
        '2024-05,CMR→NGAREB,1,-7.2,0,0,0',
        '2024-05,TCD→NGAREB,1,-7.2,0,0,0',
      ]);
    });

    it('export csv lists every participant in `actors`/`targets`; polecat in its actor columns', { timeout: 120_000 }, () => {
      const csv = run(['export', '--db', db, '--format', 'csv', '--no-record', '--actor', 'NGAREB']);
      assert.equal(csv.code, 0, csv.err);
      const [header, row] = lines(csv.out).map((l) => l.split(','));
      const cell = (name: string) => row[header.indexOf(name)];
      assert.deepEqual([cell('actor_code'), cell('actors'), cell('target_code'), cell('targets')], ['NGAREB', 'NGAREB', 'NGAMIL', 'NGAMIL;NGACOP']);
      assert.equal(header.at(-1), 'targets', 'the new columns come after the old ones');

      const polecat = run(['export', '--db', db, '--format', 'polecat', '--no-record', '--dyad', 'CMR,NGAREB']);
      assert.equal(polecat.code, 0, polecat.err);
      const [head, values] = lines(polecat.out).map((l) => l.split('\t'));
      const field = (name: string) => values[head.indexOf(name)];
      assert.deepEqual([field('actor_name'), field('actor_code'), field('actor_country'), field('recipient_code')],
        ['Chad;Cameroon', 'TCD;CMR', 'TCD;CMR', 'NGAREB']);
    });

    it('export → import → export keeps the lists (the record column carries them)', { timeout: 120_000 }, () => {
      const first = run(['export', '--db', db, '--format', 'gdelt']);
      assert.equal(first.code, 0, first.err);
      const copy = backend.name === 'sqlite' ? join(dir, 'copy.db') : `${PG_URL}?schema=${SCHEMA}_copy`;
      try {
        assert.equal(run(['import', '-', '--db', copy, '--format', 'gdelt'], first.out).code, 0);
        assert.equal(triggers(run(['events', '--db', copy, '--jsonl', '--actor', 'CMR']).out), 'deployed');
        assert.equal(run(['export', '--db', copy, '--format', 'gdelt']).out, first.out);
      } finally {
        if (backend.name === 'postgres') dropSchema(`${SCHEMA}_copy`);
      }
    });
  });
}

function dropSchema(schema: string): void {
  const r = spawnSync(process.execPath, ['-e', `const pg = require('pg'); const c = new pg.Client({ connectionString: process.env.EVENTLENS_PG_URL });
    c.connect().then(() => c.query('DROP SCHEMA IF EXISTS "${schema}" CASCADE')).then(() => c.end());`], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
}
