import { heldCue } from './speech-cue.ts';
import type { Lexicon } from '../../knowledge/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers, pathUp } from './clause-path.ts';
import { cuePhrases } from '../cue-groups.ts';
import { hasRelativeWord } from './description.ts';

// the words that open a clause of aim: "to fight", "in order to recapture", "so as to", "so that they could"
const PURPOSE_MARKERS = new Set(['to', 'in order', 'so as', 'so that', 'in order that']);
// "used batons to beat protesters": the instrument's infinitive is the act itself
const INSTRUMENT = new Set(['use', 'employ', 'utilize', 'utilise']);

/**
 * The purpose clause `head` lies in, if any: the node that opens it. A purpose states what an act was for,
 * not a second act (coding guide rule 1):
 *  - an infinitive or "in order to" clause on a verb (advcl): "deployed troops to fight Boko Haram";
 *  - an infinitive complement after the verb's object (xcomp with an obj beside it): "sent envoys to negotiate";
 *  - an infinitive complement of a verb of effort (clause-cues.tsv, effect "striving"): "fighting to impose Islamic law";
 *  - an infinitive on an act noun (acl): "launched an offensive to retake the city"; where the parse hung it on a
 *    name inside that noun's phrase, on the noun ("an offensive by Chad and Niger to retake the towns").
 * What a speech, modality or reporting verb governs ("vowed to strike", "plans to attack", "urged Russia to
 * withdraw") is content, left to the speech acts and modality; an instrument's infinitive is the act.
 */
export function purposeClause(view: TreeView, head: number, lexicon: Pick<Lexicon, 'reporting' | 'speechActs' | 'modality' | 'clauseCues' | 'orderingVerbs'>): number | null {
  const striving = cuePhrases(lexicon.clauseCues, 'striving');
  const enacting = cuePhrases(lexicon.clauseCues, 'enacting');
  for (const n of [head, ...pathUp(view, head).map((s) => s.parent)]) {
    const label = view.label(n);
    // "to protest the arrest of its leader, who was detained by police": a relative clause tells a fact of its noun,
    // whatever aim that noun is named in
    if (label === 'acl:relcl' && hasRelativeWord(view, n)) return null;
    const parent = label === 'acl' ? nounAboveName(view, view.head(n)) : view.head(n);
    if (parent < 0 || !view.has(parent)) return null;
    // "Our resolve has grown, to fight on until ...": a comma before "to" sets the infinitive apart as an aim (the
    // parse may take it for a complement or a parataxis)
    const commaAim = (label === 'xcomp' || label === 'parataxis') && setOffByComma(view, n);
    if (label !== 'advcl' && label !== 'xcomp' && label !== 'acl' && !commaAim) continue;
    const markers = clauseMarkers(view, n);
    // "weighing whether to close the border": an infinitive question is what is weighed, no aim
    if (!markers.some((m) => PURPOSE_MARKERS.has(m)) || markers.includes('whether')) continue;
    // "fighting to impose Islamic law", "working to free the hostages": a verb of effort is for its infinitive
    if (label === 'xcomp' && view.childrenWith(parent, 'obj').length === 0 && !striving.has(view.tokens[parent].lemma) && !commaAim) continue;
    if (label === 'acl' && view.upos(parent) !== 'NOUN') continue;
    // "used sticks to beat protesters": the parse may hang the infinitive on the instrument
    if (label === 'acl' && view.base(parent) === 'obj' && INSTRUMENT.has(view.tokens[view.head(parent)]?.lemma ?? '')) continue;
    // "voted to repeal the law", "enabled Afghan forces to push them out" (the infinitive parsed on the object): the
    // vote is the repeal, the support made the push happen; neither is done for it
    const causer = label === 'acl' && view.label(parent) === 'obj' ? view.head(parent) : parent;
    if (enacting.has(view.tokens[parent].lemma) || enacting.has(view.tokens[causer]?.lemma ?? '')) continue;
    // "ordered the activist to be detained": the order's passive infinitive is what the order does (ordered-undergoer.ts)
    if (lexicon.orderingVerbs?.has(view.tokens[causer]?.lemma ?? '') && view.childrenWith(n, 'aux:pass').length > 0) continue;
    // ("expressed its readiness to strike": the infinitive is the readiness's content, speech-cue.ts)
    if (!governsContent(view, parent, lexicon) && !((label === 'xcomp' || label === 'advcl') && heldCue(view, parent, n, lexicon.speechActs, view.tokens.length))) return n;
  }
  return null;
}

// the infinitive's "to" follows a comma: no complement of the verb before it, an aim added to the clause
function setOffByComma(view: TreeView, clause: number): boolean {
  return view.childrenWith(clause, 'mark').some((m) => view.tokens[m].lower === 'to' && view.tokens[m - 1]?.text === ',');
}

// A name takes no infinitive of its own ("Chad to retake"): an infinitive the parse hung on a name that is part of a
// noun's phrase (its `nmod`, a conjunct of one, a name part) is the noun's: "a push by Kenya, Uganda and Burundi to
// recapture the port", "a plan of Hamas to attack". Anything else comes back unchanged.
const INSIDE_PHRASE = new Set(['conj', 'nmod', 'flat', 'compound', 'appos']);
function nounAboveName(view: TreeView, node: number): number {
  let n = node;
  for (let step = 0; view.upos(n) === 'PROPN' && INSIDE_PHRASE.has(view.base(n)) && step < 8; step++) n = view.head(n);
  return n !== node && view.upos(n) === 'NOUN' ? n : node;
}

// "vowed on Monday to deepen cooperation", "urged Russia to withdraw", "has no plans to deploy": the governor's
// word is a speech act, a modality cue or a reporting verb (data/lexicon speech-acts, modality, reporting-verbs)
function governsContent(view: TreeView, verb: number, lexicon: Pick<Lexicon, 'reporting' | 'speechActs' | 'modality'>): boolean {
  const t = view.tokens[verb];
  const is = (w: string) => w === t.lemma || w === t.lower;
  return INSTRUMENT.has(t.lemma) || lexicon.reporting.has(t.lemma) || lexicon.speechActs.some((cue) => is(cue.words[0]))
    || lexicon.modality.some((cue) => is(cue.words[0]) && (cue.words.length > 1 || view.upos(verb) === 'NOUN'));
}
