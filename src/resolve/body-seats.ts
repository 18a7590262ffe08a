import type { AnalyzedText } from '../nlp/types.ts';
import type { Knowledge, PlaceEntry } from '../knowledge/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { PlaceMention } from './types.ts';

// "Speaking to the U.N. Security Council, the envoy accused Russia ...", "condemned Israel in a speech to the UN General
// Assembly", "addressing the Bundestag": a statement made to a body whose seat is one city (data/lexicon/body-seats.tsv)
// was made in that city, when its sentence names no place. A state's own legislature named bare ("told parliament",
// "told lawmakers") is at the capital of the speakers' state (core/event-place.ts ownLegislature). Rule: place:body-seat.
const MAX_BODY_WORDS = 6;
// (the determiners a body may take: "the", a state's: "Israel's Knesset")
const DETERMINERS = new Set(['the']);
const SPEAKING_TO = new Set(['speaking', 'spoke', 'speaks', 'speak', 'talking', 'talked']);

export interface AddressedBody {
  readonly mention: PlaceMention;
  /** The token of the word of address ("told", "addressing", "speech"). */
  readonly word: number;
}

/** The bodies spoken to in tokens [from, to), each at its seat: after an address verb (or "speaking to") or an address noun's "to". */
export function addressedBodies(doc: AnalyzedText, from: number, to: number, addressWords: ReadonlySet<string>, seats: Pick<ReadonlyMap<string, { city: string; country: string }>, 'get'>, seatOf: (city: string, country: string) => PlaceEntry | null): AddressedBody[] {
  const out: AddressedBody[] = [];
  const tokens = doc.tokens;
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i];
    const verb = t.pos === 'VERB' && addressWords.has(`${t.lower}\tverb`) ? i : -1;
    const speaking = SPEAKING_TO.has(t.lower) && tokens[i + 1]?.lower === 'to' ? i : -1;
    const noun = t.lower === 'to' && i > from && addressWords.has(`${tokens[i - 1].lower}\tnoun`) ? i - 1 : -1;
    const word = Math.max(verb, speaking, noun);
    if (word < 0) continue;
    let j = speaking >= 0 ? i + 2 : i + 1;
    const start = j;
    if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
    for (let k = Math.min(to, j + MAX_BODY_WORDS); k > j; k--) {
      const words = tokens.slice(j, k).map((w) => w.lower.replace(/\./g, ''));
      // (no stop of the sentence's end in it)
      const seat = words.includes('') ? undefined : seats.get(words.join(' '));
      const city = seat ? seatOf(seat.city, seat.country) : null;
      if (!city) continue;
      const text = doc.text.slice(tokens[start].start, tokens[k - 1].end);
      out.push({ mention: { start: tokens[start].start, end: tokens[k - 1].end, text, place: city, locative: true, prep: 'at', rule: 'place:body-seat' }, word });
      break;
    }
  }
  return out;
}

/**
 * The statement at the trigger is the address at `word`: the address's own words hang on the trigger ("in a speech to",
 * an oblique), or the address is the trigger's participle clause ("Addressing the Bundestag, he accused") or the verb
 * the trigger is a conjunct of ("addressed the Bundestag and appealed for"), or the complement of a verb of address whose
 * subject (`teller`) is the act's own actor.
 */
export function addressOfTrigger(tree: TreeView, word: number, trigger: number, teller: (token: number) => boolean = () => false): boolean {
  if (!tree.has(word) || !tree.has(trigger)) return false;
  // "Starmer told parliament that Russia must withdraw": the teller's own appeal, typed by what he told, was made there
  // (the trigger may sit lower in the complement: "told parliament that Pakistan must stop supporting terrorism")
  for (let n = trigger, steps = 0; n >= 0 && steps < 3; n = tree.head(n), steps++) {
    if (tree.head(n) === word && tree.base(n) === 'ccomp' && tree.childrenWith(word, 'nsubj').some(teller)) return true;
  }
  for (let n = word, steps = 0; n >= 0 && steps < 6; n = tree.head(n), steps++) if (n === trigger) return true;
  return tree.head(trigger) === word && tree.base(trigger) === 'conj' || tree.head(word) === trigger && tree.base(word) === 'conj';
}

/** The gazetteer's city of a seat: of the name in the country, the one so named first ("New Delhi", not "Delhi"). */
export function seatCity(kb: Knowledge, city: string, country: string): PlaceEntry | null {
  const key = normalizeName(city);
  const inCountry = kb.cities(key).filter((p) => p.country === country);
  return inCountry.find((p) => normalizeName(p.name) === key) ?? inCountry[0] ?? null;
}
