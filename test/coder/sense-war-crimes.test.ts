import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: the sense row "war on crime is no war" applies to declaring or waging war (its `when` types), not to an
// accusation of "war crimes", where it read "crimes" after "war" and dropped the accusation. Sentences written for
// this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).map((e) => e.type);

const ACCUSATIONS = [
  'Ukraine accused Moscow of war crimes on Monday.',
  'Kyiv accused Russian troops of war crimes in the occupied towns.',
  'The opposition accused the army of war crimes in the north.',
];
for (const text of ACCUSATIONS) test(`an accusation of war crimes stays: ${text}`, { timeout: 60_000 }, () => assert.ok(types(text).includes('ACCUSE'), JSON.stringify(types(text))));

// the sense rows still hold outside the pattern's words
const NO_EVENT = ['The president declared war on corruption.', 'The mayor declared war on crime in the capital.', 'The government waged war on drugs and crime.'];
for (const text of NO_EVENT) test(`a sense row still drops: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(types(text), []));
