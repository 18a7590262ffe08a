import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareMentions, LINK_THRESHOLD, mentionsOf } from '../../src/incidents/index.ts';
import { HIERARCHY, makeReport, type Spec } from './make-report.ts';

// Pairs of reports: do they tell the same real event, and which rule says so? Each row names the
// rule ids the verdict must contain (a failed hard check keeps a pair apart whatever else agrees).

const verdict = (a: Spec, b: Spec) => {
  const [x, y] = mentionsOf([makeReport({ doc: 'a', ...a }), makeReport({ doc: 'b', ...b })], HIERARCHY);
  return compareMentions(x, y, true);
};

// [what, report a, report b, rule ids the verdict has]
const LINKED: Array<[string, Spec, Spec, string[]]> = [
  ['two outlets, same day, same site', {}, {}, ['type:same-code', 'actor:same', 'target:same', 'date:same-day', 'place:same']],
  ['a day and a report with no date of its own, published the day after', {}, { precision: 'reported', date: '2020-03-12' }, ['date:close']],
  ['a site and the city 24 km away', { place: 'taji' }, { place: 'baghdad' }, ['place:within']],
  ['generic attack and an air strike', { cameo: '190' }, { cameo: '195' }, ['type:generic-mode']],
  ['an unnamed attacker', { actor: null }, {}, ['actor:unknown', 'date:same-day', 'place:same']],
  ['a group and "militants" (its country and role)', { actor: 'kataib-hezbollah' }, { actor: 'IRQREB' }, ['actor:broader']],
  ['a group and its parent', { actor: 'kataib-hezbollah' }, { actor: 'popular-mobilization-units' }, ['actor:broader']],
  ['Islamic State and "militants in Afghanistan" (its branch IS-K)', { actor: 'islamic-state', place: null, target: 'AFGCVL' }, { actor: 'AFGREB', place: null, target: 'AFGCVL' }, ['actor:related']],
  ['farmers and civilians', { target: 'NGAAGR' }, { target: 'NGACVL' }, ['target:broader']],
  ['farmers and farm workers', { target: 'NGAAGR' }, { target: 'NGALAB' }, ['target:related']],
  ['a state and its army', { actor: 'USA' }, { actor: 'USAMIL' }, ['actor:broader']],
  ['a month and a day in it, same site', { date: '2020-03', precision: 'month' }, {}, ['date:overlap', 'place:same']],
  ['a claim and an assertion', { source: 'the group', certainty: 'claimed' }, {}, ['certainty:realised']],
  ['"Tuesday night" and "early Wednesday": a day apart, same base and participants', { date: '2020-03-10', dateText: 'Tuesday night' }, { date: '2020-03-11', dateText: 'early Wednesday' }, ['date:adjacent', 'place:same']],
  ['the same toll', { killed: [3, 3, 'exact'], place: 'iraq', date: '2020-03-12', precision: 'reported' }, { killed: [3, 3, 'exact'] }, ['numbers:same-killed', 'date:close']],
];

for (const [what, a, b, rules] of LINKED) {
  test(`linked: ${what}`, () => {
    const v = verdict(a, b);
    assert.ok(v.linked, `score ${v.score}: ${v.checks.map((c) => `${c.rule}${c.ok ? '' : ' FAILED'}`).join(', ')}`);
    for (const rule of rules) assert.ok(v.checks.some((c) => c.rule === rule && c.ok), `no ${rule} in ${v.checks.map((c) => c.rule).join(', ')}`);
  });
}

// [what, report a, report b, the rule that keeps them apart]
const APART: Array<[string, Spec, Spec, string]> = [
  ['two attacks on the same base a week apart', { date: '2020-03-11' }, { date: '2020-03-18' }, 'date:apart'],
  ['the same base two days apart', { date: '2020-03-11' }, { date: '2020-03-13' }, 'date:apart'],
  ['same attackers, different targets', { target: 'USAMIL' }, { target: 'IRQMIL' }, 'target:conflict'],
  ['same attackers, troops and civilians', { target: 'UKRMIL', place: 'kharkiv' }, { target: 'UKRCVL', place: 'kharkiv' }, 'target:conflict'],
  ['rebels and the army are never one actor', { actor: 'IRQREB' }, { actor: 'IRQMIL' }, 'actor:conflict'],
  ['gunfight and air strike', { cameo: '193' }, { cameo: '195' }, 'type:mode-conflict'],
  ['an attack and a protest', {}, { type: 'PROTEST', cameo: '141' }, 'type:different'],
  ['two bases 50 km apart on the same day', { place: 'taji' }, { place: 'balad' }, 'place:too-far'],
  ['two cities 400 km apart', { place: 'baghdad' }, { place: 'basra' }, 'place:too-far'],
  ['Iraq and Syria', { place: 'iraq' }, { place: 'syria' }, 'place:other-country'],
  ['a planned attack and the attack', { certainty: 'planned' }, {}, 'certainty:unrealised'],
  ['a report published a week after the day', { date: '2020-03-04' }, { date: '2020-03-12', precision: 'reported' }, 'date:apart'],
];

for (const [what, a, b, rule] of APART) {
  test(`apart: ${what}`, () => {
    const v = verdict(a, b);
    assert.equal(v.linked, false);
    assert.equal(v.compatible, false);
    assert.ok(v.checks.some((c) => c.rule === rule && !c.ok), `${rule} not failed in ${v.checks.map((c) => `${c.rule}${c.ok ? '' : ' FAILED'}`).join(', ')}`);
  });
}

test('apart: agreeing on nothing but the attacker is too little (two vague reports)', () => {
  const vague: Spec = { target: null, place: 'iraq', date: '2020-03-12', precision: 'reported' };
  const v = verdict(vague, { ...vague, date: '2020-03-13' });
  assert.equal(v.compatible, true);
  assert.ok(v.score < LINK_THRESHOLD, `score ${v.score}`);
  assert.equal(v.linked, false);
});

test('linked: a second mention in the same article needs less', () => {
  const [x, y] = mentionsOf([
    makeReport({ doc: 'a', ordinal: 0 }),
    makeReport({ doc: 'a', ordinal: 1, target: null, place: 'iraq', date: '2020-03-12', precision: 'reported' }),
  ], HIERARCHY);
  const v = compareMentions(x, y, true);
  assert.ok(v.linked);
  assert.ok(v.checks.some((c) => c.rule === 'article:same'));
});

test('details: distances and date spans are in the checks', () => {
  const v = verdict({ place: 'taji' }, { place: 'baghdad', date: '2020-03-12', precision: 'reported' });
  assert.match(v.checks.find((c) => c.rule === 'place:within')!.detail, /Camp Taji \(site\) \/ Baghdad \(city\): 2\d\.\d km ≤ 30 km \(city\)/);
  assert.match(v.checks.find((c) => c.rule === 'date:close')!.detail, /2020-03-11 \/ 2020-03-09\.\.2020-03-12: 1 days shared/);
});
