import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsMatch, namesMatch, normaliseName, type NameRef } from '../../src/eval/index.ts';
import { ref } from './make-event.ts';

const CODES: Readonly<Record<string, string>> = { 'united states': 'USA', washington: 'USA', iran: 'IRN' };
const resolve = (name: string): string | null => CODES[normaliseName(name)] ?? null;
const noResolve = (): string | null => null;
const named = (text: string, name = text, code: string | null = null): NameRef => ({ text, name, code });

const NORMALISE: ReadonlyArray<readonly [string, string]> = [
  ['Kata’ib Hezbollah', 'kataib hezbollah'],
  ["Kata'ib Hezbollah", 'kataib hezbollah'],
  ['Kataʼib `Hezbollah‘', 'kataib hezbollah'],
  ['The  Taliban', 'taliban'],
  ['Asbat al-Thaireen', 'asbat al thaireen'],
  ['Şırnak Governorate', 'sırnak governorate'],
  ['Beyoncé', 'beyonce'],
  ['  U.S.   forces ', 'u s forces'],
  ['theater group', 'theater group'],
];

for (const [input, expected] of NORMALISE) {
  test(`normaliseName(${JSON.stringify(input)}) = ${JSON.stringify(expected)}`, () => {
    assert.equal(normaliseName(input), expected);
  });
}

const MATCH: ReadonlyArray<readonly [string, string, NameRef | null, boolean, typeof resolve]> = [
  ['curly vs straight apostrophe', 'Kata’ib Hezbollah', named("Kata'ib Hezbollah"), true, noResolve],
  ['leading "the"', 'the Islamic State', named('Islamic State'), true, noResolve],
  ['diacritics', 'Beyoncé Knowles', named('Beyonce Knowles'), true, noResolve],
  ['punctuation as space', 'Asbat al-Thaireen', named('Asbat al Thaireen'), true, noResolve],
  ['containment, extracted shorter', 'US forces', named('forces'), true, noResolve],
  ['containment, extracted longer', 'Trump', named('US President Donald Trump'), true, noResolve],
  ['containment is on whole words', 'USA', named('US'), false, noResolve],
  ['different heads', 'US forces', named('Iraqi forces'), false, noResolve],
  ['different names', 'Hamas', named('Hezbollah'), false, noResolve],
  ['name field tried when text differs', 'Donald Trump', named('he', 'Donald Trump'), true, noResolve],
  ['no extracted actor', 'Hamas', null, false, noResolve],
  ['punctuation-only gold never matches', '!!', named('x'), false, noResolve],
  ['resolveName(gold) equals extracted code', 'United States', named('American troops', 'American troops', 'USA'), true, resolve],
  ['resolveName(gold) equals resolveName(text)', 'United States', named('Washington', 'Washington DC'), true, resolve],
  ['resolved codes differ', 'Iran', named('Washington'), false, resolve],
  ['gold unresolvable, code no help', 'United States', named('American troops', 'American troops', 'USA'), false, noResolve],
  ['code compared whole', 'USA', named('Americans', 'Americans', 'USA'), true, noResolve],
];

for (const [label, gold, ext, expected, resolver] of MATCH) {
  test(`namesMatch: ${label}`, () => {
    assert.equal(namesMatch(gold, ext, resolver), expected);
  });
}

const ACTORS: ReadonlyArray<readonly [string | null, ReturnType<typeof ref> | null, boolean]> = [
  [null, null, true],
  [null, ref('Iran'), false],
  ['Iran', null, false],
  ['Iran', ref('Iran'), true],
];

for (const [gold, ext, expected] of ACTORS) {
  test(`actorsMatch(${gold}, ${ext?.text ?? null}) = ${expected}`, () => {
    assert.equal(actorsMatch(gold, ext, noResolve), expected);
  });
}
