/**
 * "Sudan: RSF shells El Fasher camp", "Haiti: Gangs storm police station in Mirebalais": a headline that opens with a
 * place's name and a colon tells its news in the clause after it. Read as one sentence, the name became the root and
 * the clause its apposition, whose verb the tagger read as a noun: to the word tagger a capitalised word after a colon
 * is a name, not a sentence's first word ("Gangs", "Jihadists"). wink reads a copy with such a colon as a full stop
 * (the same length: offsets hold), so the clause is a sentence of its own; the token keeps its colon. Only a
 * country's name: as the label heading a text it places the story there as a dateline does (nlp/story-sections.ts
 * `labelsText`), so the news keeps its place; a town's or region's ("Gaza: ...") would lose it, and stays.
 * Only a line with no final stop (a headline or a subhead), one to three capitalised words before the colon, and a
 * clause that opens with a capitalised word that is no first-person pronoun: "Iran: We will retaliate" is the name's
 * own words, and stays one sentence.
 */
const LOCATOR_LINE = /^([ \t\u00a0]*\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2}):[ \t]+(\p{Lu}[\p{L}'’-]*)[^\n]*$/gmu;
const FINAL_STOP = /[.!?]["'”’)\]]*\s*$/u;
const FIRST_PERSON = new Set(['We', 'I', 'Our', 'My', 'Us']);

/** The text as wink reads it, with each headline locator's colon a full stop; and the colons' offsets. */
export function stopAfterLocators(text: string, isCountry: (name: string) => boolean): { seen: string; colons: ReadonlySet<number> } {
  if (!text.includes(':')) return { seen: text, colons: NO_COLONS };
  const colons = new Set<number>();
  for (const m of text.matchAll(LOCATOR_LINE)) {
    if (FINAL_STOP.test(m[0]) || FIRST_PERSON.has(m[2]) || !isCountry(m[1].trim())) continue;
    colons.add((m.index ?? 0) + m[1].length);
  }
  if (colons.size === 0) return { seen: text, colons: NO_COLONS };
  let seen = text;
  for (const at of colons) seen = seen.slice(0, at) + '.' + seen.slice(at + 1);
  return { seen, colons };
}
const NO_COLONS: ReadonlySet<number> = new Set();

