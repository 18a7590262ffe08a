import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { inflectedVerbForm } from '../verb-reading.ts';

export const BELIEF_PARTICIPLE_ROOT_RULE = 'tree-repair:belief-participle-root';

// participles of belief or report that describe the noun before them with "to be": "gunmen suspected to be herders",
// "men believed to be militants", "fighters thought to be from ISWAP", "a group said to be linked to al-Qaeda"
export const BELIEF_PARTICIPLES = ['suspected', 'believed', 'thought', 'said', 'reported', 'alleged', 'presumed', 'understood', 'known'];
const BELIEF = new Set(BELIEF_PARTICIPLES);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// relations under which the sentence's predicate may have been hung below the participle
const PREDICATE_RELATIONS = new Set(['ccomp', 'xcomp', 'conj', 'advcl', 'acl']);
// what a finite verb of its own clause has before it: no such verb is the participle's predicate (the participle's own
// "to be", hung on the verb by a misparse, is not the verb's)
const OWN_CLAUSE = new Set(['aux', 'aux:pass', 'mark']);

/**
 * "Gunmen suspected to be herders killed at least 100 people", "Men believed to be militants stormed a checkpoint": the
 * participle of belief that describes the subject read as the clause's verb, with the real verb hung below it as its
 * complement and the predicate of "to be" as that verb's subject (so the herders, not the gunmen, killed). The first
 * past verb after "to be", with no auxiliary or marker of its own, takes the participle's place; the subject is its
 * `nsubj`, the participle the subject's `acl`, the predicate the participle's `xcomp`.
 */
export function repairBeliefParticipleRoot(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    if (!BELIEF.has(tokens[participle].lower) || tokens[participle + 1]?.lower !== 'to' || tokens[participle + 2]?.lower !== 'be') continue;
    // the subject: the participle's own `nsubj` ("Gunmen | suspected" as the verb), or the noun it already describes
    // ("Men | believed": its `acl`, with the verb hung further down)
    const described = tree.label(participle) === 'acl' && tree.head(participle) === participle - 1 ? participle - 1 : undefined;
    const subject = described ?? tree.children(participle).find((c) => c < participle && tree.base(c) === 'nsubj' && NOMINALS.has(tree.upos(c)));
    // ("Gunmen | suspected": the subject's phrase ends right before the participle; "it is believed to be" has none)
    if (subject === undefined || !NOMINALS.has(tree.upos(subject)) || tokens[subject].lower === 'it' || Math.max(subject, ...tree.descendants(subject, (c) => c !== participle)) !== participle - 1) continue;
    const verb = tree.descendants(participle, (c) => c > participle).find((v) => v > participle + 2 && tree.upos(v) === 'VERB' && PREDICATE_RELATIONS.has(tree.base(v))
      && inflectedVerbForm(tokens[v].lower) && !tokens[v].lower.endsWith('ing') && tokens[v - 1]?.text !== ',' && !tree.children(v).some((c) => c < v && c > participle + 2 && OWN_CLAUSE.has(tree.label(c))));
    if (verb === undefined) continue;
    // the predicate of "to be": read as the verb's subject ("herders killed"), or the participle's complement with the
    // verb its modifier ("jihadists | killed"), whatever the relation: the one "be" hangs on
    const predicate = tree.children(verb).find((c) => tree.base(c) === 'nsubj' && c > participle && c < verb) ?? tree.children(participle).find((c) => c > participle + 2 && c < verb && tree.children(c).includes(participle + 2));
    if (predicate === undefined && described === undefined) continue;
    const [head, label] = described === undefined ? [tree.head(participle), tree.label(participle)] : [tree.head(subject), tree.label(subject)];
    tree.attach(verb, head, label);
    tree.attach(subject, verb, 'nsubj');
    tree.attach(participle, subject, 'acl');
    if (predicate !== undefined) tree.attach(predicate, participle, 'xcomp');
    // ("thought | to be | Hezbollah fighters | fired": the "to be" the parse gave the verb is the predicate's)
    if (predicate !== undefined) for (const c of tree.children(verb)) if (c > participle && c <= participle + 2) tree.attach(c, predicate, c === participle + 1 ? 'mark' : 'cop');
    for (const c of tree.children(participle)) if (c > verb) tree.attach(c, verb, tree.label(c));
    repaired = true;
  }
  return repaired ? BELIEF_PARTICIPLE_ROOT_RULE : null;
}

export const BELIEF_ADJECTIVE_RULE = 'tree-repair:belief-adjective-read-as-verb';
// participles of suspicion that describe the noun after them ("suspected militants", "alleged gang members")
const BEFORE_NOUN = new Set(['suspected', 'alleged', 'presumed', 'purported']);
const CLAUSE_RELATIONS = new Set(['ccomp', 'xcomp', 'advcl', 'parataxis']);

/**
 * "In Borno state, suspected Boko Haram militants abducted eight people", "Alleged gang members burned a police
 * station": a participle of suspicion before the subject read as the clause's verb, with no subject of its own and the
 * real verb its complement, whose subject starts right after it. The verb takes the participle's place (its head,
 * relation and other dependents: the opening phrase, the commas); the participle describes the subject (`amod`).
 * "Police suspected militants had abducted the girls" has a subject of its own, and stays.
 */
export function repairBeliefAdjectiveReadAsVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const participle of tree.nodes()) {
    if (!BEFORE_NOUN.has(tokens[participle].lower) || tree.upos(participle) !== 'VERB') continue;
    if (tree.children(participle).some((c) => /^(nsubj|expl|aux|mark)/.test(tree.base(c)) || tree.base(c) === 'csubj')) continue;
    // ("suspected | bandits | abducted 30 students": the subject read as the participle's object, the verb as its
    // complement or as the object's modifier)
    const object = tree.children(participle).find((c) => c > participle && tree.base(c) === 'obj' && NOMINALS.has(tree.upos(c)) && startOf(tree, c) === participle + 1);
    const verb = object === undefined
      ? tree.children(participle).find((c) => c > participle && CLAUSE_RELATIONS.has(tree.base(c)) && tree.upos(c) === 'VERB')
      : [...tree.children(participle), ...tree.children(object)].find((c) => c === endOf(tree, object) + 1 && tree.upos(c) === 'VERB' && inflectedVerbForm(tokens[c].lower) && !tree.children(c).some((k) => k < c && /^(nsubj|aux)/.test(tree.base(k))));
    if (verb === undefined || object === undefined && tree.children(participle).some((c) => tree.base(c) === 'obj')) continue;
    const subject = object ?? tree.children(verb).find((c) => c < verb && tree.base(c) === 'nsubj' && NOMINALS.has(tree.upos(c)));
    if (subject === undefined || startOf(tree, subject) !== participle + 1) continue;
    if (object !== undefined) tree.attach(object, verb, 'nsubj');
    tree.attach(verb, tree.head(participle), tree.label(participle));
    for (const c of tree.children(participle)) if (c !== verb) tree.attach(c, verb, tree.label(c));
    tree.attach(participle, subject, 'amod');
    return BELIEF_ADJECTIVE_RULE;
  }
  return null;
}

const startOf = (tree: EditableTree, node: number) => Math.min(node, ...tree.descendants(node, () => true));
const endOf = (tree: EditableTree, node: number) => Math.max(node, ...tree.descendants(node, (c) => c < node || tree.base(c) !== 'acl'));
