import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

export const APPOSED_NAME_RULE = 'anaphor:apposed-name';

// a name set off after a description: ", al-Shabab,", ", the M23,", ", Jama'at Nusrat al-Islam wal-Muslimin (JNIM),"
const OPENING = /^\s*,\s*(the\s+)?$/i;
const CLOSING = /^\s*(\([^()]{1,40}\)\s*)?,/;

/**
 * "The militant group, al-Shabab, said it attacked ...", "The rebels, the M23, seized ...": a description with a name in
 * apposition right after it (set off by commas) is that name, and so is whatever takes the description up. The name,
 * or undefined (the name must be one the description may mean: `fits`).
 */
export function apposedAntecedent(doc: AnalyzedText, ordered: readonly ActorPhrase[], i: number, fits: (p: ActorPhrase) => boolean): ActorPhrase | undefined {
  const p = ordered[i];
  const name = ordered[i + 1];
  if (!name || name.kind === 'anaphor' || name.locative || name.code === null || !fits(name)) return undefined;
  if (!OPENING.test(doc.text.slice(p.end, name.start)) || !CLOSING.test(doc.text.slice(name.end, name.end + 48))) return undefined;
  return { ...name, rule: APPOSED_NAME_RULE };
}
