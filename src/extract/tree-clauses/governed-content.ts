import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers, pathUp } from './clause-path.ts';

// How the content of an act hangs on the act that talks about it:
// "threatened to strike" (xcomp), "demanded that Israel withdraw" (ccomp), "agreed to release" (xcomp),
// "called for the withdrawal" (obl), "rejected calls for a ceasefire" (obj), "a threat to strike" (acl).
const INTO_CONTENT = new Set(['xcomp', 'ccomp', 'obj', 'obl', 'nmod', 'acl', 'advcl']);
// Inside the content, what still belongs to it: "threatened to strike and destroy the base" (conj).
const WITHIN_CONTENT = new Set([...INTO_CONTENT, 'conj', 'compound', 'amod']);
// An oblique or clause that says when or why sets the scene, it is not content: "agreed to a ceasefire
// following intense negotiations", "called for calm after the attack", "rejected talks amid the invasion".
// so does one that says where: "signed the truce at talks in Doha", "called for calm at the summit" (the talks, the summit were held)
const CIRCUMSTANCE = new Set(['after', 'following', 'amid', 'amidst', 'despite', 'during', 'since', 'because', 'because of', 'as', 'when', 'while', 'in response to', 'over', 'at']);
// A clause that says what is warned against, asked or promised is content ("warned NATO against deploying troops",
// "called for withdrawing", "agreed on exchanging prisoners", "vowed on Monday to strike"), and so is one that
// names what must come first ("will not negotiate until Russia has withdrawn", "will strike unless they leave").
const CONTENT_MARKERS = new Set(['against', 'of', 'for', 'on', 'to', 'in order', 'so that', 'until', 'till', 'unless', 'if', 'before']);

// "dismissed the reports, saying reinforcements had arrived": an -ing participle set off by a comma is the subject's
// own further act (a free adjunct), whatever word the parse hangs it on; it is no content of the act before the comma
const isFreeParticiple = (view: TreeView, node: number) =>
  view.upos(node) === 'VERB' && view.tokens[node].lower.endsWith('ing') && view.has(node - 1) && view.tokens[node - 1].text === ',' && view.marker(node) === null;

function subjectMarkedAsCircumstance(view: TreeView, clause: number): boolean {
  const subject = view.childrenWith(clause, 'nsubj', 'nsubj:pass').find((k) => k < clause);
  const marker = subject === undefined ? null : view.marker(subject);
  return marker !== null && CIRCUMSTANCE.has(marker);
}

function isContentStep(view: TreeView, node: number): boolean {
  const base = view.base(node);
  if (view.label(node) === 'acl:relcl' || (base === 'acl' || base === 'advcl') && isFreeParticiple(view, node)) return false;
  const marker = view.marker(node);
  if (marker !== null && CIRCUMSTANCE.has(marker)) return false;
  // ("signed a peace accord following talks in Jeddah": the parse may read "following" as a participle on the noun)
  if (marker === null && view.children(node).some((k) => k === node - 1 && view.tokens[k].lower === 'following')) return false;
  // "demanded an inquiry after the army shelled the town": the parse may give the clause's "after" to its subject
  if (subjectMarkedAsCircumstance(view, node)) return false;
  if (base === 'advcl') return clauseMarkers(view, node).some((m) => CONTENT_MARKERS.has(m));
  // "rejected claims that its troops shelled the town": a that-clause on a noun is what the noun reports; the
  // reporting frames mark it (denied), it is no content of the act
  // ... unless its verb is a bare base form or takes "should", the mood of what is demanded: "rejected demands that its
  // troops withdraw", "the proposal that both sides should pull back"
  if (base === 'acl') return !clauseMarkers(view, node).includes('that') || isMandative(view, node);
  return true;
}

const isMandative = (view: TreeView, verb: number) => {
  const auxes = view.childrenWith(verb, 'aux', 'aux:pass', 'cop').map((a) => view.tokens[a].lower);
  if (auxes.length) return auxes.includes('should');
  const t = view.tokens[verb];
  return view.upos(verb) === 'VERB' && t.lower === t.lemma && view.childrenWith(verb, 'nsubj').length > 0;
};

/**
 * The nearest governor above `head` that holds it as content, with the token of the governor's words it hangs
 * on; null when `head` is not what a governor talks about. `governorAt` maps each token of a governor's words
 * (a speech act's "will not" and its verb) to that governor.
 * "The army has called for an immediate withdrawal of foreign troops" → withdrawal —obl→ called.
 */
export function governingNode<G>(view: TreeView, head: number, governorAt: ReadonlyMap<number, G>): G | null {
  for (const step of pathUp(view, head)) {
    const content = isContentStep(view, step.node);
    const g = governorAt.get(step.parent);
    // content follows the act that talks about it: "following intense talks, the two sides agreed to a truce"
    if (g !== undefined) return content && step.node > step.parent && INTO_CONTENT.has(view.base(step.node)) ? g : null;
    if (!content || !WITHIN_CONTENT.has(view.base(step.node))) return null;
  }
  return null;
}
