import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fitTable, terminalWidth } from '../../src/cli/fit-table.ts';
import type { Event } from '../../src/schema/event.ts';
import { openStore } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent } from '../store/event-factory.ts';

// The terminal table: fitted to the width (COLUMNS, the TTY, else 80), cut and never wrapped, with the
// report id that `incident` takes; `stats --by dyad` busiest first; casualty sums in `stats`.

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-table-width-'));
const db = join(dir, 'events.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: readonly string[], env: Record<string, string | undefined> = {}) => {
  const { COLUMNS: _ignored, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 90_000, killSignal: 'SIGKILL', env: { ...rest, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const at = (value: string): Event['date'] => ({ value, precision: 'day', text: value, span: null });
const killed = (min: number): Event['numbers'] => ({ killed: { min, max: null, hedge: 'at_least', text: `at least ${min}`, span: [0, 5] } });
const LONG = 'the Democratic Forces for the Liberation of Rwanda and their allied militias';

describe('events table and stats in a terminal', { timeout: 170_000 }, () => {
  before(async () => {
    const store = await openStore(db);
    await store.saveArticle(makeArticle('kivu-report-2024-02-01'), [
      makeEvent('kivu-report-2024-02-01', { actor: actor(LONG, 'FDLR'), target: actor('Congolese army soldiers in North Kivu', 'CODMIL'), date: at('2024-02-01'), numbers: killed(7) }),
      makeEvent('kivu-report-2024-02-01', { actor: actor('Rwanda', 'RWA'), target: actor('DR Congo', 'COD'), date: at('2024-02-02'), numbers: killed(3) }),
    ]);
    await store.saveArticle(makeArticle('b'), [
      makeEvent('b', { actor: actor('Rwanda', 'RWA'), target: actor('DR Congo', 'COD'), date: at('2024-02-03') }),
    ]);
    await store.close();
  });

  it('fitTable: every line within the width, long cells cut with …, numbers right-aligned', () => {
    const table = fitTable([{ header: 'NAME', min: 6 }, { header: 'N', numeric: true }], [['a'.repeat(50), '7'], ['b', '12']], 20);
    const lines = table.split('\n');
    assert.ok(lines.every((l) => l.length <= 20), table);
    assert.match(lines[2], /^a+… +7$/);
    assert.match(lines[3], /^b +12$/);
    assert.equal(fitTable([{ header: 'X' }], [['short']], 80), 'X\n─────\nshort');
    assert.equal(fitTable([{ header: 'FIXED' }], [['a'.repeat(30)]], 10).split('\n')[2], `${'a'.repeat(9)}…`, 'cut, never wrapped');
  });

  it('terminalWidth: COLUMNS first, then the TTY, else 80', () => {
    assert.equal(terminalWidth({ COLUMNS: '100' }, { isTTY: true, columns: 200 }), 100);
    assert.equal(terminalWidth({}, { isTTY: true, columns: 132 }), 132);
    assert.equal(terminalWidth({}, { isTTY: false }), 80);
    assert.equal(terminalWidth({ COLUMNS: 'wide' }, {}), 80);
  });

  it('events through a pipe: 80 columns, an ID column that `incident` takes', () => {
    const r = run(['events', '--db', db]);
    assert.equal(r.code, 0, r.err);
    const table = r.out.split('\n').filter((l) => l !== '');
    assert.ok(table.every((l) => [...l].length <= 80), r.out);
    assert.match(table[0], /^ID\s+TYPE\s+ACTOR → TARGET/);
    assert.ok(table.some((l) => l.startsWith('kivu-report-2024-02-01#1 ')), r.out);
    assert.ok(table.some((l) => l.includes('…')), 'the long actor name is cut');
    assert.match(r.out, /left out at 80 columns: PLACE, ASSERTED BY; widen/);
    assert.equal(run(['link-incidents', '--db', db]).code, 0);
    const incident = run(['incident', 'kivu-report-2024-02-01#1', '--db', db]);
    assert.equal(incident.code, 0, incident.err);
    const narrow = run(['events', '--db', db], { COLUMNS: '60' });
    assert.ok(narrow.out.split('\n').every((l) => [...l].length <= 60), narrow.out);
    const wide = run(['events', '--db', db], { COLUMNS: '250' });
    assert.ok(wide.out.includes(LONG.slice(0, 40)), 'with room, names are not cut');
  });

  it('stats --by dyad: the busiest pair of a period first; casualty sums per row', () => {
    const r = run(['stats', '--db', db, '--by', 'dyad', '--period', 'month', '--csv']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.trim().split('\n'), [
      'period,dyad,count,goldstein,killed,injured,arrested',
      '2024-02,RWA→COD,2,-20,3,0,0',
      '2024-02,FDLR→CODMIL,1,-10,7,0,0',
    ]);
    const table = run(['stats', '--db', db, '--by', 'none', '--period', 'month']);
    assert.match(table.out, /PERIOD\s+EVENTS\s+GOLDSTEIN\s+KILLED\s+INJURED\s+ARRESTED\n/);
    assert.match(table.out, /2024-02\s+3\s+-30\s+10\s+0\s+0\n/);
  });
});
