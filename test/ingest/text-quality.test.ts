import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkEnglish, functionWordRatio, MIN_ENGLISH_RATIO } from '../../src/ingest/quality/english.ts';
import { judgeText } from '../../src/ingest/quality/text-quality.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// [case, text, expected refusal ("reason" or "reason: detail"), or null to code it]
const CASES: ReadonlyArray<[string, string, string | null]> = [
  ['an English wire story', fixture('wire-story.txt'), null],
  ['a short English brief', 'Rebels fired rockets at a Saudi airport on Monday, the coalition said. Iran condemned the strikes.', null],
  ['a headline alone', 'Rebels attack base near Sanaa', 'too short'],
  ['French', fixture('french.txt'), 'not English: fra'],
  // on long texts franc scores many languages close to the best: English is not among them here
  ['a long French text', fixture('french.txt').repeat(6), 'not English: fra'],
  ['German', 'Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen. Der Kanzler sagte, man werde die Ukraine weiter mit Waffen und Geld unterstützen, solange es nötig sei.', 'not English: deu'],
  ['Spanish', 'El gobierno de Colombia anunció el martes que suspenderá las compras de armas a Israel, después de que el presidente calificara de genocidio la ofensiva en Gaza.', 'not English: spa'],
  ['Russian', 'Министерство обороны России заявило во вторник, что системы противовоздушной обороны сбили двадцать беспилотников над Белгородской областью.', 'not English: rus'],
  ['a league table', '1. Arsenal 38 28 5 5 91-29 89\n2. Liverpool 38 24 10 4 86-41 82\n3. Chelsea 38 21 9 8 76-33 72\n4. Newcastle 38 19 14 5 68-33 71', 'not prose'],
  ['a list of links', Array.from({ length: 30 }, (_, i) => `World news Business Sport Opinion Culture Travel Climate page ${i}`).join('\n'), 'not prose'],
  ['many undecodable characters', 'The minister said \uFFFDwe\uFFFDre not there yet\uFFFD and that the envoy\uFFFDs team didn\uFFFDt comment on the talks today.', 'undecodable text'],
];

describe('judgeText', () => {
  for (const [what, text, expected] of CASES) {
    it(`${what} → ${expected ?? 'coded'}`, () => {
      const replaced = (text.match(/\uFFFD/g) ?? []).length;
      const refusal = judgeText(text, replaced);
      const got = refusal === null ? null : refusal.reason === 'not English' ? `${refusal.reason}: ${refusal.detail}` : refusal.reason;
      assert.equal(got, expected);
    });
  }
});

describe('checkEnglish', () => {
  it('English news scores well above the threshold, other languages well below', () => {
    assert.ok(functionWordRatio(fixture('wire-story.txt')) > MIN_ENGLISH_RATIO + 0.1);
    assert.ok(functionWordRatio(fixture('french.txt')) < MIN_ENGLISH_RATIO / 2);
    assert.deepEqual(checkEnglish(fixture('wire-story.txt')).language, null);
  });
});
