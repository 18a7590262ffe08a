import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateRules, Rule, type Alert } from '../../src/watch/index.ts';
import { dayAfter, daily, makeIncident } from './make-incident.ts';

// Each condition on generated streams: no alert before the threshold, one on the day it is reached,
// none the days after while it stays reached.

const rule = (when: object, extra: object = {}) => Rule.parse({ id: 'r', when, ...extra });
const days = (alerts: readonly Alert[]) => alerts.map((a) => a.fired_on);
const run = (incidents: Parameters<typeof evaluateRules>[0], r: Rule, from: string, to: string, lastSent?: Map<string, string>) =>
  evaluateRules(incidents, [r], { from, to, lastSent });

describe('watch: threshold', () => {
  const threeIn7 = rule({ kind: 'threshold', measure: 'count', window_days: 7, at_least: 3 });
  // one incident a day from 1 March: 1, 2, 3 (reached on the 3rd), 4, 5…
  const stream = daily('2024-03-01', 10);

  it('fires on the day the count is reached, not before, not again after', () => {
    assert.deepEqual(days(run(stream, threeIn7, '2024-02-20', '2024-03-02')), []);
    assert.deepEqual(days(run(stream, threeIn7, '2024-02-20', '2024-03-03')), ['2024-03-03']);
    assert.deepEqual(days(run(stream, threeIn7, '2024-02-20', '2024-03-20')), ['2024-03-03']);
  });

  it('carries the window, its incidents and the value', () => {
    const [alert] = run(stream, threeIn7, '2024-03-03', '2024-03-03');
    assert.deepEqual(alert.window, { start: '2024-02-26', end: '2024-03-03' });
    assert.equal(alert.value, 3);
    assert.equal(alert.incident_ids.length, 3);
    assert.match(alert.reason, /7-day count 3, at least 3/);
  });

  it('counts casualties (killed + injured) and a Goldstein sum at_most', () => {
    const hurt = [makeIncident({ day: '2024-03-01', killed: 4, injured: 5 }), makeIncident({ day: '2024-03-02', killed: 1 })];
    assert.deepEqual(days(run(hurt, rule({ kind: 'threshold', measure: 'casualties', window_days: 2, at_least: 10 }), '2024-03-01', '2024-03-05')), ['2024-03-02']);
    assert.deepEqual(days(run(hurt, rule({ kind: 'threshold', measure: 'casualties', window_days: 2, at_least: 11 }), '2024-03-01', '2024-03-05')), []);
    const g = rule({ kind: 'threshold', measure: 'goldstein', window_days: 7, at_most: -25 });
    assert.deepEqual(days(run(daily('2024-03-01', 5, { goldstein: -10 }), g, '2024-03-01', '2024-03-09')), ['2024-03-03']);
  });

  it('fires again once the window has passed and the level is reached anew, not while it overlaps', () => {
    const bursts = [...daily('2024-03-01', 3), ...daily('2024-03-05', 3), ...daily('2024-04-01', 3)];
    // 1-3 March reaches 3; it dips under 3 on 8 March; 5-7 March keeps it at 3+ (no crossing); 3 April: a new episode
    assert.deepEqual(days(run(bursts, threeIn7, '2024-03-01', '2024-04-10')), ['2024-03-03', '2024-04-03']);
  });

  it('counts incidents, not reports: an incident told by three outlets is one', () => {
    const told = { ...makeIncident({ day: '2024-03-01' }), num_reports: 3, num_sources: 3 };
    assert.deepEqual(days(run([told], rule({ kind: 'threshold', measure: 'count', window_days: 7, at_least: 2 }), '2024-03-01', '2024-03-07')), []);
  });

  it('leaves incidents dated only to a month', () => {
    const monthly = daily('2024-03-01', 5, { precision: 'month' });
    assert.deepEqual(days(run(monthly, threeIn7, '2024-03-01', '2024-03-09')), []);
  });
});

describe('watch: spike (HDX-Signals-style rolling maximum, and z-score)', () => {
  const hdx = rule({ kind: 'spike', measure: 'killed', window_days: 30, baseline_days: 365, method: 'rolling_max', min: 100 }, { group_by: 'country' });
  // a year of 2 killed a day (30-day sum 60), then one day that adds `extra`
  const year = daily('2023-01-01', 400, { killed: 2 });
  const spikeDay = dayAfter('2023-01-01', 400);
  const withSpike = (extra: number) => [...year, makeIncident({ day: spikeDay, killed: extra })];

  it('below the minimum: no alert even if it is the highest in a year', () => {
    assert.deepEqual(days(run(withSpike(39), hdx, '2023-12-01', dayAfter(spikeDay, 10))), []);
  });

  it('at the minimum and above the year\'s highest: an alert that day, naming the country', () => {
    // 29 days × 2 + 42 = 100
    const alerts = run(withSpike(42), hdx, '2023-12-01', dayAfter(spikeDay, 10));
    assert.deepEqual(days(alerts), [spikeDay]);
    assert.equal(alerts[0].group, 'IRQ');
    assert.equal(alerts[0].value, 100);
    assert.match(alerts[0].reason, /30-day killed 100, highest in 365 days \(before: 60\), at least 100/);
  });

  it('not when the level was seen within the baseline', () => {
    const earlier = [...withSpike(42), makeIncident({ day: dayAfter(spikeDay, -200), killed: 60 })];
    assert.deepEqual(days(run(earlier, hdx, dayAfter(spikeDay, -1), dayAfter(spikeDay, 10))), []);
  });

  it('z-score: fires when the window is z standard deviations above the baseline windows', () => {
    const z = rule({ kind: 'spike', measure: 'count', window_days: 1, baseline_days: 28, method: 'zscore', z: 3 });
    // alternating 1 and 2 incidents a day (mean 1.5, sd 0.5): 3 is z 3, 2 is z 1
    const sameDay = (day: string, n: number) => Array.from({ length: n }, () => makeIncident({ day }));
    const base = Array.from({ length: 40 }, (_, i) => sameDay(dayAfter('2024-01-01', i), i % 2 === 0 ? 1 : 2)).flat();
    const on = (n: number) => run([...base, ...sameDay('2024-02-10', n)], z, '2024-02-10', '2024-02-10');
    assert.deepEqual(days(on(2)), []);
    assert.deepEqual(days(on(3)), ['2024-02-10']);
    assert.match(on(4)[0].reason, /z 5 ≥ 3/);
  });
});

describe('watch: change against the trailing baseline (dyad escalation)', () => {
  const drop = rule({ kind: 'change', measure: 'goldstein', window_days: 7, baseline_days: 28, at_most: -20 }, { match: { dyad: ['USA', 'IRN'] }, group_by: 'dyad' });
  // one -1 incident a day throughout (-7 a week), and from 5 February a -4 one a day too
  const calm = daily('2024-01-01', 50, { actor: 'USAMIL', target: 'IRN', goldstein: -1 });
  const hot = daily('2024-02-05', 10, { actor: 'IRNMIL', target: 'USA', goldstein: -4 });

  it('fires when the week falls 20 below the 28-day average week', () => {
    // day n of the hot stretch: window = -7 - 4n against -7: change -4n; -20 at n = 5 (9 Feb)
    const alerts = run([...calm, ...hot], drop, '2024-02-01', '2024-02-20');
    assert.deepEqual(days(alerts), ['2024-02-09']);
    assert.equal(alerts[0].group, 'USA–IRN');
    assert.equal(alerts[0].value, -20);
  });

  it('not one day earlier, at -16', () => {
    assert.deepEqual(days(run([...calm, ...hot], drop, '2024-02-01', '2024-02-08')), []);
  });
});

describe('watch: first event of a kind for a dyad', () => {
  const first = rule({ kind: 'first', lookback_days: 90 }, { match: { types: ['ASSAULT'] }, group_by: 'dyad' });

  it('fires on the first incident of each dyad only (either direction), and again after the lookback', () => {
    const stream = [
      makeIncident({ day: '2024-01-05', actor: 'RUS', target: 'UKR' }),
      makeIncident({ day: '2024-01-06', actor: 'UKR', target: 'RUS' }), // the same dyad, the other way
      makeIncident({ day: '2024-01-07', actor: 'RUS', target: 'POL' }),
      makeIncident({ day: '2024-06-01', actor: 'RUS', target: 'POL' }), // 146 days later: first in 90 days
      makeIncident({ day: '2024-06-02', actor: 'BLR', target: 'POL', type: 'PROTEST' }), // not the kind
    ];
    const alerts = run(stream, first, '2024-01-01', '2024-06-30');
    assert.deepEqual(alerts.map((a) => `${a.fired_on} ${a.group}`), ['2024-01-05 RUS–UKR', '2024-01-07 POL–RUS', '2024-06-01 POL–RUS']);
    assert.match(alerts[0].reason, /first incident in 90 days/);
  });

  it('code_length groups sub-codes with their country: USAMIL→IRN follows USA→IRN', () => {
    const byCountry = rule({ kind: 'first' }, { group_by: 'dyad', code_length: 3 });
    const stream = [makeIncident({ day: '2024-01-05', actor: 'USA', target: 'IRN' }), makeIncident({ day: '2024-01-09', actor: 'IRNMIL', target: 'USAMIL' })];
    assert.deepEqual(run(stream, byCountry, '2024-01-01', '2024-01-31').map((a) => `${a.fired_on} ${a.group}`), ['2024-01-05 IRN–USA']);
    assert.equal(run(stream, first, '2024-01-01', '2024-01-31').length, 2);
  });
});
