import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Alert } from '../../src/watch/index.ts';
import { tempDir } from '../store/event-factory.ts';
import { daily, makeIncident } from './make-incident.ts';
import { cli, seedIncidents } from './seed-store.ts';

// `eventlens watch` in a child process: alerts printed once and stored, listed, acknowledged; the
// backtest; bad rules files and flags.

const { dir, cleanup } = tempDir('watch-cli');
after(cleanup);
const db = join(dir, 'watch.db');
const rules = join(dir, 'rules.yaml');

const RULES = `rules:
  - id: three-in-a-week
    description: three incidents in Iraq within 7 days
    match: { countries: [IRQ] }
    group_by: country
    when: { kind: threshold, measure: count, window_days: 7, at_least: 3 }
`;

before(async () => {
  writeFileSync(rules, RULES);
  // 1, 2 and 4 March in Iraq (the third claimed only by the group), one in Syria; 20-22 March: a second episode
  await seedIncidents(db, [
    makeIncident({ id: 'inc-000000000a01', day: '2024-03-01', killed: 2 }),
    makeIncident({ id: 'inc-000000000a02', day: '2024-03-02' }),
    makeIncident({ id: 'inc-000000000a03', day: '2024-03-04', asserted: false, actor: 'islamic-state' }),
    makeIncident({ id: 'inc-000000000a04', day: '2024-03-03', country: 'SYR' }),
    ...daily('2024-03-20', 3),
  ]);
});

const alertsOf = (out: string) => out.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Alert);

describe('eventlens watch', () => {
  it('prints a new alert with its incidents and who says so, stores it, and never prints it again', { timeout: 120_000 }, async () => {
    const first = await cli(['watch', '--rules', rules, '--db', db, '--until', '2024-03-05', '--format', 'jsonl', '--jsonl', join(dir, 'alerts.jsonl')]);
    assert.equal(first.code, 0, first.err);
    const [alert, ...rest] = alertsOf(first.out);
    assert.equal(rest.length, 0);
    assert.equal(alert.fired_on, '2024-03-04');
    assert.equal(alert.group, 'IRQ');
    assert.deepEqual([...alert.incident_ids].sort(), ['inc-000000000a01', 'inc-000000000a02', 'inc-000000000a03']);
    assert.equal(alert.attribution, 'mixed');
    assert.equal(alert.claimed_incidents, 1);
    const claimed = alert.incidents.find((i) => i.id === 'inc-000000000a03');
    assert.equal(claimed?.attribution, 'claimed');
    assert.deepEqual(claimed?.claimed_by, ['islamic-state']);
    assert.equal(claimed?.evidence[0].source, 'islamic-state');
    assert.equal(alertsOf(readFileSync(join(dir, 'alerts.jsonl'), 'utf8')).length, 1);

    const again = await cli(['watch', '--rules', rules, '--db', db, '--until', '2024-03-06', '--format', 'jsonl']);
    assert.equal(again.code, 0, again.err);
    assert.equal(again.out, '', 'the same window is not alerted twice');
  });

  it('lists stored alerts and acknowledges one', { timeout: 120_000 }, async () => {
    const list = await cli(['watch', 'list', '--db', db]);
    assert.equal(list.code, 0, list.err);
    const id = /(alr-[0-9a-f]{12})/.exec(list.out)?.[1];
    assert.ok(id, list.out);
    assert.match(list.out, /2024-03-04 {2}alr-\w+ {2}three-in-a-week {2}IRQ: 7-day count 3, at least 3 \(3 incidents, 2 asserted, 1 only claimed\) {2}\[sent\]/);
    assert.deepEqual(await cli(['watch', 'ack', id, '--db', db]), { code: 0, out: `${id} acknowledged\n`, err: '' });
    assert.match((await cli(['watch', 'ack', id, '--db', db])).out, /already acknowledged/);
    assert.equal((await cli(['watch', 'list', '--db', db, '--unacked'])).out, '');
    const missing = await cli(['watch', 'ack', 'alr-000000000000', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no alert alr-000000000000/);
  });

  it('--backtest lists every alert day by day, and stores nothing', { timeout: 120_000 }, async () => {
    const bt = await cli(['watch', '--backtest', '--since', '2024-02-01', '--until', '2024-03-31', '--rules', rules, '--db', db, '--format', 'jsonl']);
    assert.equal(bt.code, 0, bt.err);
    assert.deepEqual(alertsOf(bt.out).map((a) => `${a.fired_on} ${a.group} ${a.incident_ids.length}`), ['2024-03-04 IRQ 3', '2024-03-22 IRQ 3']);
    const text = await cli(['watch', '--backtest', '--since', '2024-03-10', '--until', '2024-03-31', '--rules', rules, '--db', db]);
    assert.match(text.out, /^2024-03-22 {2}alr-/);
    assert.match(text.err, /1 alert from 2024-03-10 to 2024-03-31/);
    assert.equal((await cli(['watch', 'list', '--db', db])).out.trim().split('\n').length, 1);
  });

  const bad: readonly [string, () => string[], number, RegExp][] = [
    ['a rules file with a bad field: its file and line', () => {
      writeFileSync(join(dir, 'bad.yaml'), RULES.replace('window_days: 7', 'window_days: seven'));
      return ['watch', '--rules', join(dir, 'bad.yaml'), '--db', db];
    }, 1, /bad\.yaml:6: rules\[0\]\.when\.window_days: .*number/],
    ['a rules file that is not there', () => ['watch', '--rules', join(dir, 'nope.yaml'), '--db', db], 1, /nope\.yaml: cannot read rules file: ENOENT/],
    ['no --rules', () => ['watch', '--db', db], 2, /--rules FILE is required/],
    ['a day that does not exist', () => ['watch', '--rules', rules, '--db', db, '--until', '2024-02-30'], 2, /--until must be a real day/],
    ['a backtest with no --since', () => ['watch', '--backtest', '--rules', rules, '--db', db], 2, /--since DAY is required/],
    ['a database that is not there', () => ['watch', '--rules', rules, '--db', join(dir, 'none.db')], 1, /no such database/],
    ['an unknown action', () => ['watch', 'delete', '--db', db], 2, /unknown action 'delete'/],
  ];
  for (const [name, args, code, message] of bad) {
    it(`exit ${code}: ${name}`, { timeout: 120_000 }, async () => {
      const r = await cli(args());
      assert.equal(r.code, code, r.err);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  it('a missing database is not created', () => assert.equal(existsSync(join(dir, 'none.db')), false));
});
