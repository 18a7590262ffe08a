import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';

// Rules whose phrase names one person with a title or a dictionary entry: what later mentions can point back to.
const INTRODUCING = new Set(['actor:named', 'actor:title+unresolved-name', 'actor:spokesperson-body+unresolved-name', 'actor:apposition+unresolved-name', 'actor:place-title+unresolved-name', 'actor:role-holder-name']);
// Two or three capitalised words, none a title or a place word: the shape of a person's name
export const PERSON_SHAPE = /^(?!.*\b(?:Hospital|University|College|School|Street|Road|Square|Province|District|State|County|City|Camp|Airport|Base|Bridge|Mosque|Church|Hotel|Company|Bank|Prize|Court|Palace|House|Office|Day|Affairs|Secretary|Minister|President)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/;
const PARTICLES = /^(al|el|bin|ibn|van|von|de|del|da|der|la|le|abu)$/i;

/** The person's surname: the last word of the name, with its particle ("al-Assad", "de Mistura"). */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const last = words[words.length - 1].replace(/^.*-(?=[A-Z])/, ''); // "Tahir-ul Qadri" → Qadri, "al-Assad" → Assad
  return /^\p{Lu}\p{Ll}{2,}/u.test(last) ? last : null;
}
// "Volker Türk ... Turk said", "Recep Tayyip Erdoğan ... Erdogan": the name as written without its accents, as a
// later mention often is
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The word a later mention alone names the person by: the family name, last ("Brahimi") or, for people of a country
 * that writes it first (data/lexicon/family-name-first.tsv), the first word ("Yoon" of "Yoon Suk Yeol", "Li" of "Li Qiang").
 */
function familyNameOf(p: ActorPhrase, name: string, familyFirst: ReadonlySet<string>): string | null {
  if (!familyFirst.has(p.code?.slice(0, 3) ?? '')) return surnameOf(name);
  const first = name.split(/\s+/)[0];
  return name.includes(' ') && /^[A-Z][a-z]+$/.test(first) ? first : null;
}

/**
 * "Issa Tchiroma Bakary ... Tchiroma said", "Luiz Inacio Lula ... Lula": of a three-word name the middle word is as often
 * the one a later mention alone uses (rule `actor:later-mention`); the first stays a given name.
 */
function middleNameOf(p: ActorPhrase, name: string, familyFirst: ReadonlySet<string>): string | null {
  const words = name.split(/\s+/);
  if (words.length !== 3 || familyFirst.has(p.code?.slice(0, 3) ?? '')) return null;
  return /^[A-Z][a-z]{2,}$/.test(words[1]) && !PARTICLES.test(words[1]) ? words[1] : null;
}

/**
 * "Edmundo Gonzalez ... Gonzalez met" for the dictionary's "Edmundo González Urrutia": a dictionary person the article
 * names in a shorter form of its own is later called by that form's last word.
 */
function writtenSurname(p: ActorPhrase, familyFirst: ReadonlySet<string>): string | null {
  if (p.rule !== 'actor:named' || p.kind !== 'person' || familyFirst.has(p.code?.slice(0, 3) ?? '')) return null;
  const words = p.text.split(/\s+/);
  return words.length > 1 && /^[A-Z][a-z]{2,}$/.test(words[words.length - 1]) ? surnameOf(p.text) : null;
}

/** A dictionary person matched by one word only, when the article introduced another person with that surname. */
function namesSomeoneElse(p: ActorPhrase, introduced: ActorPhrase | undefined): boolean {
  return p.kind === 'person' && !/\s/.test(p.text) && introduced !== undefined && introduced.name !== p.name && introduced.code !== p.code;
}

/** The name a phrase introduces a person by: the dictionary's name, or the unknown name after a title. */
function personName(p: ActorPhrase): string | null {
  // "Aboubakar Moustapha, who lives in Niger, ... Moustapha said": a full name no gazetteer knows, a person's by its shape
  if (p.rule === 'actor:unknown-name') return PERSON_SHAPE.test(p.name) ? p.name : null;
  if (!INTRODUCING.has(p.rule)) return null;
  const person = p.kind === 'person' || p.roleKind === 'person' && p.rule !== 'actor:named';
  return person ? p.name : null;
}

/**
 * "international peace envoy Lakhdar Brahimi ... Brahimi will arrive", "cleric Tahir-ul Qadri ... Qadri held
 * talks": once a person is introduced by a title or a dictionary name, a later mention by the full name alone
 * or by the surname alone is the same person, with the same code and role (rule `actor:later-mention`).
 * `phrases` are the unknown names found so far; the result replaces bare repeats and adds surname mentions.
 */
export function laterMentions(doc: AnalyzedText, phrases: readonly ActorPhrase[], known: readonly ActorPhrase[], familyFirst: ReadonlySet<string> = new Set()): ActorPhrase[] {
  const people = [...known, ...phrases].filter((p) => personName(p) !== null).sort((a, b) => a.start - b.start);
  if (people.length === 0) return [...phrases];
  // full name or surname → the phrases introducing it, in order: "Duterte" names Rodrigo Duterte until "Sara Duterte"
  // is introduced, and neither after that (two people sharing a surname: "Raul Castro", "Fidel Castro")
  const introduced = new Map<string, ActorPhrase[]>();
  for (const p of people) {
    const name = personName(p)!;
    for (const key of [name, familyNameOf(p, name, familyFirst), middleNameOf(p, name, familyFirst), familyNameOf(p, unaccented(name), familyFirst), writtenSurname(p, familyFirst)]) {
      if (!key) continue;
      const list = introduced.get(key);
      if (!list) introduced.set(key, [p]);
      else if (list.every((q) => q.name !== p.name)) list.push(p);
    }
  }
  const antecedent = (key: string, at: number) => {
    const list = introduced.get(key);
    if (!list || list[0].end > at) return undefined;
    return list.length > 1 && list[1].end <= at ? undefined : list[0];
  };
  const mention = (p: ActorPhrase, start: number, end: number): ActorPhrase => ({
    ...p, start, end, text: doc.text.slice(start, end), rule: 'actor:later-mention', locative: false,
  });
  // repeats of the full name, or of a longer name that ends with the surname, without the title
  const out = phrases.map((p) => {
    if (p.kind !== 'named') return p;
    const earlier = antecedent(p.name, p.start) ?? antecedent(surnameOf(p.name) ?? '', p.start);
    return earlier && (earlier.name === p.name || earlier.name.endsWith(p.name) || p.name.endsWith(earlier.name)) ? mention(earlier, p.start, p.end) : p;
  });
  // the surname alone: one capitalised proper noun no other phrase covers, or a dictionary's one-word name of another
  // person ("President Samia Suluhu Hassan ... Hassan said": the article's own introduction beats Jordan's Hassan)
  const taken = new SpanIndex([...out, ...known.filter((p) => !namesSomeoneElse(p, antecedent(p.text, p.start)))]);
  for (const t of doc.tokens) {
    // ("Park said" after "Park Ji-won": a family name that is also a word, tagged a common noun, capitalised)
    if ((t.pos !== 'PROPN' && !(t.pos === 'NOUN' && /^[A-Z][a-z]/.test(t.text))) || PARTICLES.test(t.text) || taken.overlaps(t.start, t.end)) continue;
    const earlier = antecedent(t.text, t.start);
    if (!earlier) continue;
    // "Assad" in "the Assad regime" or "Brahimi plan" is a modifier, not the person acting
    const next = doc.tokens[t.index + 1];
    if (next && next.sentence === t.sentence && next.pos === 'PROPN') continue;
    out.push(mention(earlier, t.start, t.end));
  }
  return out.sort((a, b) => a.start - b.start);
}
