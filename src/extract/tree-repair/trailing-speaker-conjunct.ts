import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLOSING_REPORT_FORMS } from './clause-verbs.ts';

// what may follow the closing verb: "told Reuters", "said on Monday", "said in a statement"
const AFTER_VERB = new Set(['obj', 'iobj', 'obl', 'punct', 'advmod']);

/**
 * "Rebels shelled the airport, aid workers in Goma say", "The army shelled the town, witnesses told Reuters": the
 * speaker after the last comma read as a conjunct of the noun before the comma, its reporting verb left without a
 * subject (a `conj` or `advcl`). The sentence's last verb, a verb of saying with no subject, whose nominal right
 * after the comma is a `conj`, takes that nominal as its `nsubj` and hangs from the root as `parataxis` (UD's
 * reading of a closing attribution; a verb read as the root keeps its place); the speaker is then nobody the act lands on.
 */
export function repairTrailingSpeakerConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const root = nodes.find((n) => tree.head(n) < 0);
  if (root === undefined) return null;
  for (const verb of nodes) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.upos(verb) === 'VERB' && CLOSING_REPORT_FORMS.has(tokens[verb].lower) && conjunctRepairedAt(tree, tokens, nodes, root, verb)) return 'tree-repair:trailing-speaker-conjunct';
  }
  return null;
}

function conjunctRepairedAt(tree: EditableTree, tokens: readonly Token[], nodes: readonly number[], root: number, verb: number): boolean {
  if (joinedSpeakersRepairedAt(tree, tokens, nodes, verb)) return true;
  // a clause after it is what it reports ("said that ..."): no closing attribution; the act before it may be its ccomp
  if (tree.children(verb).some((k) => ['nsubj', 'expl', 'csubj', 'mark'].includes(tree.base(k)) || tree.base(k) === 'ccomp' && k > verb)) return false;
  // nothing after the verb but its own short complements and the final stop
  if (nodes.some((n) => n > verb && tree.head(n) !== verb && !(tree.upos(n) === 'PUNCT' || isUnder(tree, n, verb)))) return false;
  if (tree.children(verb).some((k) => k > verb && !AFTER_VERB.has(tree.base(k)))) return false;
  // the speaker: the nominal that heads the words between the last comma and the verb
  let comma = verb - 1;
  while (comma > nodes[0] && tokens[comma].text !== ',' && verb - comma <= 8) comma--;
  if (tokens[comma].text !== ',' || comma + 1 >= verb) return false;
  const speaker = nodes.find((n) => n > comma && n < verb && tree.base(n) === 'conj' && (tree.head(n) < comma) && ['NOUN', 'PROPN', 'PRON'].includes(tree.upos(n)));
  if (speaker === undefined) return false;
  tree.attach(speaker, verb, 'nsubj');
  // the verb read as the root with the act its complement keeps that reading; else it hangs from the root
  if (verb !== root && (tree.head(verb) !== root || tree.label(verb) !== 'parataxis')) tree.attach(verb, root, 'parataxis');
  return true;
}

/**
 * "Troops burned homes, witnesses and a local chief said": two speakers joined by "and", the first read as a conjunct of
 * the noun before the comma, the second as the verb's subject with the "and" on the verb. The first becomes the
 * subject, the second its conjunct.
 */
function joinedSpeakersRepairedAt(tree: EditableTree, tokens: readonly Token[], nodes: readonly number[], verb: number): boolean {
  const second = tree.children(verb).find((k) => k < verb && tree.base(k) === 'nsubj');
  const and = tree.children(verb).find((k) => k < (second ?? -1) && tree.label(k) === 'cc' && tokens[k].lower === 'and');
  if (second === undefined || and === undefined || tokens[and - 1]?.text === ',') return false;
  let comma = and - 1;
  while (comma > nodes[0] && tokens[comma].text !== ',' && and - comma <= 6) comma--;
  if (tokens[comma].text !== ',') return false;
  const first = nodes.find((n) => n > comma && n < and && tree.base(n) === 'conj' && tree.head(n) < comma && ['NOUN', 'PROPN'].includes(tree.upos(n)));
  if (first === undefined) return false;
  tree.attach(first, verb, 'nsubj');
  tree.attach(second, first, 'conj');
  tree.attach(and, second, 'cc');
  return true;
}

function isUnder(tree: EditableTree, node: number, ancestor: number): boolean {
  for (let n = tree.head(node), step = 0; n >= 0 && step < 10; n = tree.head(n), step++) if (n === ancestor) return true;
  return false;
}

/**
 * "Security forces killed at least 15 protesters, rights groups said": the act's object read as the subject of the
 * closing verb of saying, and the speaker after the comma as that subject's apposition or conjunct, or as a second
 * subject of the verb ("Gunmen abducted 20 students, a school official told Reuters"). The act's verb comes before
 * that subject, has no object, and is the complement of the verb of saying (`ccomp`, `parataxis`) or its head (the
 * verb of saying a `conj` of it): the subject is the act's object, the speaker the verb's `nsubj`:
 *   "Troops killed at least 15 civilians, rights groups said", "Rebels burned 40 homes, villagers told VOA".
 */
export function repairTrailingSpeakerApposition(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  for (const verb of nodes) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.upos(verb) === 'VERB' && CLOSING_REPORT_FORMS.has(tokens[verb].lower) && appositionRepairedAt(tree, tokens, nodes, verb)) return 'tree-repair:trailing-speaker-apposition';
  }
  return null;
}

function appositionRepairedAt(tree: EditableTree, tokens: readonly Token[], nodes: readonly number[], verb: number): boolean {
  const subjects = tree.children(verb).filter((k) => tree.base(k) === 'nsubj' && k < verb && ['NOUN', 'PROPN'].includes(tree.upos(k)));
  if (subjects.length === 0) return false;
  const object = subjects[0];
  const afterComma = (k: number) => k > object && k < verb && tokens.slice(object + 1, k).some((t) => t.text === ',');
  // the speaker: the object's apposition or conjunct (no "and"), or a second subject, after a comma
  const speaker = tree.children(object).find((k) => ['appos', 'conj'].includes(tree.label(k)) && afterComma(k) && !tree.children(k).some((c) => tree.base(c) === 'cc'))
    ?? (subjects.length === 2 && afterComma(subjects[1]) ? subjects[1] : undefined);
  if (speaker === undefined) return false;
  const above = tree.head(verb);
  const act = tree.children(verb).find((k) => ['ccomp', 'parataxis'].includes(tree.base(k)) && k < object && tree.upos(k) === 'VERB')
    ?? (tree.base(verb) === 'conj' && above >= 0 && above < object && tree.upos(above) === 'VERB' ? above : undefined);
  if (act === undefined || tree.children(act).some((k) => tree.base(k) === 'obj')) return false;
  // the act's own words run up to its would-be object: nothing between them hangs elsewhere
  if (nodes.some((n) => n > act && n < object && !isUnder(tree, n, act) && !isUnder(tree, n, object))) return false;
  tree.attach(object, act, 'obj');
  tree.attach(speaker, verb, 'nsubj');
  if (act === above) tree.attach(verb, act, 'parataxis');
  return true;
}

/**
 * "Somali forces regained control of the base, army commander Mohamed Ali said", "Troops shelled the village,
 * regional governor Ahmed Bashir told reporters": the closing speaker's title read as a conjunct of the noun before
 * the comma, and its name alone as the verb's subject. The title (a noun right before the name, after the comma) is
 * the name's `nmod:desc`, as the parser reads "President Jovenel Moise"; the act no longer lands on the title.
 */
export function repairTrailingTitleConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const name of tree.nodes()) {
    // the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (tree.upos(name) === 'PROPN' && tree.base(name) === 'nsubj' && titleRepairedAt(tree, tokens, name)) repaired = true;
  }
  return repaired ? 'tree-repair:trailing-title-conjunct' : null;
}

function titleRepairedAt(tree: EditableTree, tokens: readonly Token[], name: number): boolean {
  const verb = tree.head(name), title = name - 1;
  if (verb < 0 || name > verb || tree.base(name) !== 'nsubj' || tree.upos(name) !== 'PROPN' || !CLOSING_REPORT_FORMS.has(tokens[verb].lower)) return false;
  if (tree.upos(title) !== 'NOUN' || tree.label(title) !== 'conj' || tree.head(title) >= title) return false;
  // the act's object read as the verb's subject is repairTrailingSpeakerApposition's ("arrested 20 protesters, minister X said")
  if (tree.head(tree.head(title)) === verb && tree.base(tree.head(title)) === 'nsubj') return false;
  // the title's words start right after a comma: "..., army commander"
  const first = Math.min(title, ...tree.children(title).filter((k) => k < title && tree.base(k) !== 'punct'));
  if (tokens[first - 1]?.text !== ',' || tree.head(title) >= first - 1) return false;
  if (tree.children(title).some((k) => k > title || !['compound', 'amod', 'punct', 'det'].includes(tree.base(k)))) return false;
  tree.attach(title, name, 'nmod:desc');
  tree.attach(first - 1, name, 'punct');
  return true;
}
