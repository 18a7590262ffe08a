import type { ActorRef } from '../schema/event.ts';

export type ResolveName = (name: string) => string | null;

/** The parts of an extracted actor or place that name matching looks at. */
export interface NameRef {
  readonly text: string;
  readonly name: string;
  readonly code: string | null;
}

// Apostrophes are deleted, not spaced, so "Kata’ib" and "Kata'ib" both become
// "kataib"; other punctuation becomes a space so "al-Thaireen" ~ "al Thaireen".
const APOSTROPHES = /['\u2019\u02BC\u2018`\u201B\u2032]/g;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const POSSESSIVE = /['\u2019]s\b/g;

export function normaliseName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // a possessive ending is no part of the name: "Tripoli's suburbs" names Tripoli, not "tripolis"
    .replace(POSSESSIVE, '')
    .replace(APOSTROPHES, '')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

// Containment on whole words: "us forces" contains "forces", but "usa" does not contain "us".
function sameOrContains(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

export function namesMatch(gold: string, ext: NameRef | null, resolveName: ResolveName): boolean {
  if (ext === null) return false;
  const g = normaliseName(gold);
  if (sameOrContains(g, normaliseName(ext.text)) || sameOrContains(g, normaliseName(ext.name))) return true;
  // A code is an identifier, not a phrase: compare it whole, never by containment.
  if (ext.code !== null && g !== '' && g === normaliseName(ext.code)) return true;
  const goldCode = resolveName(gold);
  if (goldCode === null) return false;
  return goldCode === ext.code || goldCode === resolveName(ext.text) || goldCode === resolveName(ext.name);
}

// Actor/target slots: both empty is agreement ("no target" was right); one empty is not.
export function actorsMatch(gold: string | null, ext: ActorRef | null, resolveName: ResolveName): boolean {
  if (gold === null || ext === null) return gold === null && ext === null;
  return namesMatch(gold, ext, resolveName);
}
