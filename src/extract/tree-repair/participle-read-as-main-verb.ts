import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the relations under which the parser hangs the real predicate on the misread participle
const PREDICATE_RELATIONS = new Set(['advcl', 'conj', 'ccomp', 'xcomp', 'parataxis', 'dep']);
// participles that name the doer of the act noun they describe through their own preposition, as "by" does:
// "a bombing blamed on the PKK", "an airstrike attributed to Israel" (tree-roles/tree-actors.ts ATTRIBUTED_TO)
export const ATTRIBUTING: Readonly<Record<string, string>> = { blame: 'on', attribute: 'to', ascribe: 'to', pin: 'on' };

/**
 * "Government troops backed by Russian air power recaptured the town": a past participle that describes the
 * subject, with its "by" agent right after it, read as the main verb (the subject its `nsubj`), and the real
 * predicate hung under it with no subject, the agent's noun often its `compound`. With no auxiliary, the
 * participle is the subject's `acl`, the "by" phrase its agent, and the later verb the root with the subject:
 *   "Rebels backed by Rwanda seized Goma", "Militias supported by Iran fired rockets at the base"; so is a participle
 * that attributes an act to its doer: "A bombing blamed on the PKK killed three soldiers".
 */
export function repairParticipleReadAsMainVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const participle of tree.nodes()) {
    if (tree.head(participle) !== -1 || tree.upos(participle) !== 'VERB') continue;
    if (repairedAt(tree, tokens, participle)) return 'tree-repair:participle-read-as-main-verb';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const marker = tokens[participle + 1]?.lower;
  if (marker !== 'by' && ATTRIBUTING[tokens[participle].lemma] !== marker) return false;
  const kids = tree.children(participle);
  if (kids.some((k) => ['aux', 'aux:pass', 'cop', 'mark', 'obj'].includes(tree.label(k)))) return false;
  const subject = kids.find((k) => tree.label(k) === 'nsubj' && k < participle && ['NOUN', 'PROPN'].includes(tree.upos(k)));
  if (subject === undefined) return false;
  // "backed", "taken"; an irregular participle right after its noun: "a hospital run by MSF", "a town held by rebels"
  const word = tokens[participle].lower;
  if (!/(ed|en)$/.test(word) && (subject !== participle - 1 || /(s|ing)$/.test(word))) return false;
  // the predicate: a later finite-looking verb under the participle with no subject or marker of its own
  const predicate = kids.find((k) => k > participle + 2 && PREDICATE_RELATIONS.has(tree.base(k)) && tree.upos(k) === 'VERB' && !tokens[k].lower.endsWith('ing')
    && !tree.children(k).some((c) => ['nsubj', 'nsubj:pass', 'mark', 'cc'].includes(tree.base(c)) || tree.label(c) === 'nsubj:pass'));
  if (predicate === undefined) return false;
  // the agent: the word between "by" and the predicate whose head lies outside that stretch
  const inside = (i: number) => i > participle + 1 && i < predicate;
  const agent = tree.nodes().find((i) => inside(i) && !inside(tree.head(i)) && ['NOUN', 'PROPN'].includes(tree.upos(i)));
  if (agent === undefined) return false;
  tree.attach(predicate, -1, 'root');
  tree.attach(subject, predicate, tree.children(predicate).some((c) => tree.label(c) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  tree.attach(participle, subject, 'acl');
  tree.attach(agent, participle, marker === 'by' ? 'obl:agent' : 'obl');
  tree.attach(participle + 1, agent, 'case');
  // what came after the predicate (its closing punctuation) is the predicate's
  for (const k of tree.children(participle)) if (k > predicate) tree.attach(k, predicate, tree.label(k));
  return true;
}

// verbs whose passive participle takes an object of its own ("the families given shelter"): no sign of a finite verb
const OBJECT_TAKING_PARTICIPLES = new Set(['give', 'hand', 'show', 'offer', 'grant', 'award', 'deny', 'promise', 'pay', 'tell', 'ask', 'teach', 'send', 'lend', 'allow', 'sell', 'serve', 'issue']);

/**
 * "Government troops sent to restore order fought the militias", "Police deployed to disperse the crowd fired tear gas
 * at the marchers": a past participle right after its noun, with a "to"-infinitive of purpose, read as the main verb,
 * and the real predicate as a participle describing the infinitive's object ("the crowd fired tear gas"). A participle
 * describing a noun takes no object of its own, so a past verb with an object there is the sentence's predicate: it
 * becomes the root with the noun as its subject, the first participle the noun's `acl` (its infinitive kept).
 * "Police deployed to disperse the crowd gathered outside parliament" (no object) stays as it was.
 */
export function repairPurposeParticipleReadAsMainVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const participle of tree.nodes()) {
    if (tree.head(participle) !== -1 || tree.upos(participle) !== 'VERB' || !isPastForm(tokens[participle])) continue;
    const kids = tree.children(participle);
    if (kids.some((k) => ['aux', 'aux:pass', 'cop', 'mark', 'obj', 'iobj'].includes(tree.base(k)))) continue;
    const subject = kids.find((k) => tree.label(k) === 'nsubj' && k === participle - 1 && ['NOUN', 'PROPN'].includes(tree.upos(k)));
    const purpose = kids.find((k) => tree.base(k) === 'advcl' && k === participle + 2 && tokens[participle + 1].lower === 'to' && tree.head(participle + 1) === k);
    if (subject === undefined || purpose === undefined) continue;
    const predicate = tree.descendants(purpose, () => true).find((k) => tree.base(k) === 'acl' && tree.upos(k) === 'VERB' && isPastForm(tokens[k])
      && !OBJECT_TAKING_PARTICIPLES.has(tokens[k].lemma) && tree.children(k).some((c) => tree.base(c) === 'obj')
      && !tree.children(k).some((c) => ['nsubj', 'nsubj:pass', 'mark', 'aux', 'aux:pass', 'cc'].includes(tree.base(c))));
    if (predicate === undefined) continue;
    tree.attach(predicate, -1, 'root');
    tree.attach(subject, predicate, 'nsubj');
    tree.attach(participle, subject, 'acl');
    // what came after the predicate (its closing punctuation) is the predicate's
    for (const k of tree.children(participle)) if (k > predicate) tree.attach(k, predicate, tree.label(k));
    return 'tree-repair:purpose-participle-read-as-main-verb';
  }
  return null;
}

// "sent", "deployed", "fought": a form apart from the base, no -ing or -s form
const isPastForm = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
