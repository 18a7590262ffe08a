import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';
import type { TreeView } from './tree-view.ts';

export const PASSIVE_CONJUNCT_RULE = 'roles:tree-passive-conjunct-subject';

// lemmas with an irregular past participle in -n ("flown", "gone", "taken"): their other irregular form is a simple
// past only ("flew", "went", "took"), which a passive never shares its auxiliary with
const N_PARTICIPLE = new Set<string>();
for (const [form, lemma] of Object.entries(irregularVerbs as Record<string, string>)) if (/n$|ne$/.test(form) && form !== lemma) N_PARTICIPLE.add(lemma);

/** "flew", "went", "took": a simple past form that is no past participle. */
function simplePastOnly(lower: string): boolean {
  if (!Object.hasOwn(irregularVerbs, lower) || /(ed|en|n|ne|ing|s)$/.test(lower)) return false;
  const lemma = (irregularVerbs as Record<string, string>)[lower];
  return lemma !== lower && N_PARTICIPLE.has(lemma);
}

/**
 * "The opposition leader was detained and later flew to Moscow", "The minister was received by the emir and later met
 * Hamas leaders": an active verb coordinated after a passive one shares its subject, which undergoes the first act and
 * does the second. Active for sure: it has an object of its own, a non-passive auxiliary ("has since left"), or a simple
 * past form no passive could share the first verb's "was" with ("flew", "went"); "was attacked and killed" (a passive
 * again) and "was detained and returned home" (either) keep no subject. Returns the passive's subject node, or undefined.
 */
export function passiveConjunctSubject(view: TreeView, conjunct: number, passive: number): number | undefined {
  if (view.label(conjunct) !== 'conj' || view.head(conjunct) !== passive || conjunct < passive) return undefined;
  if (view.childrenWith(conjunct, 'nsubj', 'nsubj:pass').length > 0 || !surelyActive(view, conjunct)) return undefined;
  return view.childrenWith(passive, 'nsubj:pass').find((s) => s < passive);
}

/** The verb is active for sure: an object of its own, a non-passive auxiliary, or a simple past form ("flew"). */
export function surelyActive(view: TreeView, verb: number): boolean {
  if (view.childrenWith(verb, 'aux:pass', 'obl:agent').length > 0) return false;
  return view.childrenWith(verb, 'obj').some((o) => o > verb) || view.childrenWith(verb, 'aux').some((a) => a < verb && view.tokens[a].lower !== 'to')
    || simplePastOnly(view.tokens[verb].lower);
}

const PASSIVE_AUXILIARIES = new Set(['be', 'get']);
const hasPassiveAuxiliary = (view: TreeView, verb: number) => view.childrenWith(verb, 'aux:pass').some((a) => PASSIVE_AUXILIARIES.has(view.tokens[a].lemma));

/**
 * "were beaten and arrested", "was detained and flown to Moscow": a participle coordinated after a passive verb, with no
 * subject, auxiliary or object of its own, shares its "were" and is passive too (not "was detained and later flew").
 */
export function sharesPassive(view: TreeView, verb: number): boolean {
  const first = view.head(verb);
  if (view.label(verb) !== 'conj' || first < 0 || first > verb || !hasPassiveAuxiliary(view, first) || view.upos(verb) !== 'VERB') return false;
  if (!participleForm(view.tokens[verb].lower)) return false;
  // (an infinitive of its own leaves the voice open: "were surrounded and threatened to blow up the bridge")
  return view.children(verb).every((c) => !['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'csubj', 'xcomp'].includes(view.label(c))) && !surelyActive(view, verb);
}

/** "arrested", "beaten", and the irregular forms the verb list gives that may be past participles ("held", "shot"). */
export function participleForm(lower: string): boolean {
  if (/(?:ed|en|wn|ne)$/.test(lower)) return true;
  return Object.hasOwn(irregularVerbs, lower) && (irregularVerbs as Record<string, string>)[lower] !== lower && !simplePastOnly(lower);
}

/**
 * "were beaten and detained by soldiers": the agent after the last of coordinated passives is every one's; the verb's
 * passive conjuncts after it are searched for a "by" agent of their own (`agentOf`).
 */
export function sharedAgent(view: TreeView, verb: number, agentOf: (verb: number) => number | undefined): number | undefined {
  for (const c of view.childrenWith(verb, 'conj')) {
    if (c < verb || !sharesPassive(view, c)) continue;
    const agent = agentOf(c);
    if (agent !== undefined) return agent;
  }
  return undefined;
}
