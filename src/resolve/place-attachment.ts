import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { PlaceMention } from './types.ts';

// Inside a place's own phrase: "Maaret al-Numan" (flat), "the capital, Kabul" (appos), "Idlib and Aleppo" (conj).
// Not compound or amod: "Kachin rebel targets" uses the name as a modifier, it is no place phrase.
const INSIDE_NAME = new Set(['flat', 'appos', 'conj']);
// "the town of Elbe", "the outskirts of Mogadishu": the name hangs on a place noun, which carries the phrase
// ... and a military post named by its town ("into the wall of the Bannu cantonment", "the Zhob garrison": wire-classes-46)
const PLACE_NOUNS = /^(?:town|city|village|district|province|region|state|county|area|port|camp|outskirts|suburbs?|center|centre|capital|border|governorate|neighbou?rhood|hamlet|settlement|cantonment|garrison|barracks|airbase)$/;
// nouns of a part of a town or region, whose own name is more precise than the whole named after "of"
const PART_NOUNS = /^(?:area|district|neighbou?rhood|suburbs?|quarter)$/;
// relations a place phrase hangs by ("attacked a base in X", "the raid near X", "took control of X")
const NOMINAL = new Set(['obl', 'nmod', 'obj', 'iobj', 'nsubj', 'advmod']);
// edges that open another clause: a place inside it belongs to that clause's predicate
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'xcomp', 'csubj', 'parataxis', 'root', 'list', 'dep']);

/**
 * True when the place phrase at tokens [placeStart, placeEnd) hangs on the trigger in the dependency tree: as its
 * `obl`/`nmod` ("killed ... in the town of Elbe", "the raid near Kandahar"), on its object or subject ("attacked a
 * base near X"), or as its object ("took control of X"), without passing through another clause ("officers who
 * were invited to a meeting in Kashmir" hangs on "meeting", not on "killed").
 */
export function placeHangsOnTrigger(tree: TreeView, placeStart: number, placeEnd: number, triggerStart: number, triggerEnd: number, through: (k: number) => boolean = () => false): boolean {
  return hangingLinks(tree, placeStart, placeEnd, triggerStart, triggerEnd, through) !== null;
}

const SUBJECTS = new Set(['nsubj', 'csubj']);

/**
 * The place phrase hangs on the trigger through its subject: "Rebels from Darfur attacked a town in Kordofan" (Darfur
 * says where the rebels come from), "Protesters in Kinshasa attacked ...". False when it does not hang at all.
 */
export function placeHangsViaSubject(tree: TreeView, placeStart: number, placeEnd: number, triggerStart: number, triggerEnd: number): boolean {
  return hangingLinks(tree, placeStart, placeEnd, triggerStart, triggerEnd)?.some((rel) => SUBJECTS.has(rel)) ?? false;
}

/** The relations from the place phrase up to the trigger, or null when it does not hang on it. */
// (`through`: a clause the walk may pass, as one that retells the act of the noun it hangs on: core/occurrence-relative.ts)
function hangingLinks(tree: TreeView, placeStart: number, placeEnd: number, triggerStart: number, triggerEnd: number, through: (k: number) => boolean = () => false): string[] | null {
  const inTrigger = (i: number) => i >= triggerStart && i < triggerEnd;
  // "closed the Kerem Shalom crossing": a place inside the trigger's own words is its place
  if (placeStart < triggerEnd && triggerStart < placeEnd) return [];
  // the token of the place phrase whose head lies outside it
  let i = -1;
  for (let k = placeStart; k < placeEnd; k++) {
    if (!tree.has(k)) return null;
    const h = tree.head(k);
    if (h < placeStart || h >= placeEnd) { i = k; break; }
  }
  if (i < 0) return null;
  for (let steps = 0; steps < 8 && INSIDE_NAME.has(tree.base(i)) && tree.head(i) >= 0; steps++) i = tree.head(i);
  // ... and "the Turbat district", "Lamu county": a name before a place noun is that noun's phrase too (not the
  // "West Bank" of "the West Bank town of Tulkarm": a noun named by its "of" is that name's)
  // ... but "the Kibera area of Nairobi", "the Turbat district of Balochistan": a part's noun keeps its name, the whole after "of"
  // ("the Causeway Bay shopping district of Hong Kong": over a lower-case modifier of the part's noun)
  if (tree.base(i) === 'compound' && partModifier(tree, tree.head(i))) i = tree.head(i);
  while (tree.head(i) >= 0 && PLACE_NOUNS.test(tree.tokens[tree.head(i)].lower)
    && (tree.base(i) === 'nmod' || tree.base(i) === 'compound' && (PART_NOUNS.test(tree.tokens[tree.head(i)].lower) || !namedByOf(tree, tree.head(i))))) i = tree.head(i);
  if (!NOMINAL.has(tree.base(i))) return null;
  // up from the phrase's governor to the trigger, through nominal links only
  const links = [tree.base(i)];
  let g = tree.head(i);
  for (let steps = 0; g >= 0 && steps < 10; steps++) {
    if (inTrigger(g)) return links;
    if (CLAUSAL.has(tree.base(g)) && !through(g)) return null;
    links.push(tree.base(g));
    g = tree.head(g);
  }
  return null;
}

/** Token k is a lower-case word modifying a part's noun: "shopping" of "shopping district", "residential" of "residential area". */
function partModifier(tree: TreeView, k: number): boolean {
  const head = tree.head(k);
  return k >= 0 && head >= 0 && (tree.base(k) === 'compound' || tree.base(k) === 'amod') && tree.tokens[k].text === tree.tokens[k].lower
    && PART_NOUNS.test(tree.tokens[head].lower);
}

/** "the town of Tulkarm": the noun has a name after "of". */
function namedByOf(tree: TreeView, noun: number): boolean {
  return tree.childrenWith(noun, 'nmod').some((c) => tree.upos(c) === 'PROPN' && tree.childrenWith(c, 'case').some((k) => tree.tokens[k].lower === 'of'));
}

// CAMEO 042 "make a visit": the act happens where the visitor goes
const VISIT = /^042/;
// "a visit to Ethiopia", "arrived in Kabul", "landed at Bagram", "visited Beijing" (object: no preposition)
const DESTINATION_PREPS = new Set(['to', 'in', 'at', 'into']);
const RANK: Record<string, number> = { site: 0, city: 1, region: 2, country: 3 };

/**
 * Where a visit took place: its destination hanging on the trigger, even when that place is also the visit's target
 * ("the president's three-day visit to Ethiopia" → Ethiopia; "the envoy arrived in Kabul" → Kabul). Other events keep
 * a country that is their participant out of their place; a visit's host country is where it happens.
 */
export function visitDestination(cameo: string, places: ReadonlyArray<PlaceMention>, sentence: { start: number; end: number }, hangs: (p: PlaceMention) => boolean): PlaceMention | null {
  if (!VISIT.test(cameo)) return null;
  const candidates = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && (p.prep == null || DESTINATION_PREPS.has(p.prep)) && hangs(p));
  return [...candidates].sort((a, b) => RANK[a.place.precision] - RANK[b.place.precision] || a.start - b.start)[0] ?? null;
}
