import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { Token } from '../nlp/types.ts';

// Count words whose "of" noun is what they count: "thousands of migrants massed", "a number of instincts".
export const QUANTITIES = new Set(['tens', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'score', 'scores', 'group', 'crowd', 'number', 'million', 'millions', 'couple', 'lot', 'lots', 'bunch', 'few', 'kind', 'sort', 'type']);

const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const DAY_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|tonight|yesterday|tomorrow)$/;
const NOUN_LANDINGS = new Set(['on', 'against', 'of']);

/**
 * The nodes that name what a trigger acts on, for the "object" rows of argument-senses.tsv: a verb's object ("hit
 * that stage"), a passive verb's subject ("the laws were struck down"; the noun a relative or participle clause
 * describes: "the laws, now struck down"), a noun's on/against/of noun ("an attack on the problem"), each with the
 * nouns coordinated to it and the "of" noun of a count ("a number of ill-fated instincts"). A pattern that ends in a
 * preposition (`trailing`: "charge * for") reads that preposition's noun instead ("tried to charge us for two
 * cleaning fees"). Empty when there is none.
 */
export function objectNodes(view: TreeView, k: number, kind: 'verb' | 'noun', trailing: string | null = null): number[] {
  // a pattern that ends in its preposition ("charge * for") names the argument that carries the sense: its noun
  // (hung on the verb, or on its object: "charged the protesters | with batons")
  // ... not a date the same preposition marks ("introduced new rules on their disposal on Tuesday")
  const markedOn = (h: number) => view.children(h).filter((n) => ['obl', 'nmod'].includes(view.base(n)) && view.marker(n) === trailing && !DAY_NAMES.test(view.tokens[n].lower));
  const own = trailing === null ? [] : markedOn(k);
  const marked = trailing === null || own.length > 0 ? own : view.childrenWith(k, 'obj').flatMap(markedOn);
  // "told its citizens to leave": the parse may hang the addressee of a verb of telling as iobj
  // ... and an object before its verb is a misread word ("said that the government would review the system", the "that"
  // as review's object), but for the relative pronoun of a clause that describes a noun (read below)
  const objects = view.childrenWith(k, 'obj').filter((n) => n > k || view.base(k) === 'acl');
  let heads = marked.length > 0 ? marked : objects.length > 0 ? objects : view.childrenWith(k, 'iobj');
  if (kind === 'noun') heads = [...heads, ...view.childrenWith(k, 'nmod').filter((n) => NOUN_LANDINGS.has(view.marker(n) ?? ''))];
  else if (heads.length === 0 && marked.length === 0 && view.isPassive(k)) heads = view.childrenWith(k, 'nsubj:pass');
  // "shot and killed the bear": a verb with no object of its own shares its coordinated verb's
  if (kind === 'verb' && heads.length === 0 && marked.length === 0) heads = view.childrenWith(k, 'conj').flatMap((v) => view.childrenWith(v, 'obj'));
  if (kind === 'verb' && (heads.length === 0 || heads.every((n) => RELATIVES.has(view.tokens[n].lower))) && view.base(k) === 'acl' && view.head(k) >= 0) heads = [view.head(k)];
  const out: number[] = [];
  for (const h of heads) for (const n of [h, ...view.childrenWith(h, 'conj')]) out.push(...counted(view, view.tokens, n));
  return out;
}

// Words of holding whose "of" noun is what is held: "took control of the council's finances", "seized command of the fleet".
const HOLDINGS = new Set(['control', 'command', 'charge', 'ownership', 'possession']);

function counted(view: TreeView, t: readonly Token[], n: number): number[] {
  if (t[n].pos !== 'NUM' && !QUANTITIES.has(t[n].lemma) && !HOLDINGS.has(t[n].lemma)) return [n];
  const of = view.childrenWith(n, 'nmod').filter((m) => view.marker(m) === 'of');
  return of.length > 0 ? of : [n];
}

/**
 * The "by" nouns of a passive trigger verb, for the "agent" rows of argument-senses.tsv ("two hikers were struck by
 * lightning", "destroyed by a landslide"); a noun with an "of" noun is read by it ("hit by a hail of bullets", "a wave
 * of airstrikes"). Empty for an active verb.
 */
export function agentNodes(view: TreeView, k: number): number[] {
  if (!view.isPassive(k)) return [];
  return view.childrenWith(k, 'obl').filter((n) => view.marker(n) === 'by').flatMap((n) => {
    const of = view.childrenWith(n, 'nmod').filter((m) => view.marker(m) === 'of');
    return of.length > 0 ? of : [n];
  });
}

/** The title before a named subject ("Judge" in "Judge Martin Oakes rejected"): the compound words before a name's head. */
export function titleWords(view: TreeView, n: number): number[] {
  return view.upos(n) === 'PROPN' ? view.childrenWith(n, 'compound', 'flat', 'nmod:desc').filter((m) => m < n) : [];
}
