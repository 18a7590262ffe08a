import type { TreeView } from '../extract/tree-roles/index.ts';

const NOUNS = new Set(['NOUN', 'PROPN']);
// a form of "be" or "have" makes the -ing word a finite verb: "rebels are fighting the army"
const AUXILIARY = /^(?:is|are|am|was|were|be|been|being|'s|'re|has|have|had)$/;
const REACH = 14;

/**
 * "Rebels fighting the army in Darfur said on Monday ...", "a coalition fighting in Yemen said it had freed ...",
 * "troops aiding the fight against Boko Haram have retaken a village": a bare -ing verb right after a noun, with no
 * auxiliary, and the sentence's finite verb after it, is a reduced relative clause that describes the noun (what it
 * is doing these days), not an act the sentence reports. The parse often makes the -ing word the root with the noun
 * as its subject, so this is read on the words.
 */
export function isReducedRelative(view: TreeView, head: number, reporting?: ReadonlyMap<string, string>): boolean {
  return reducedRelativeVerb(view, head, reporting) >= 0;
}

/**
 * The finite verb of the sentence that follows the reduced relative at `head`, or -1 when `head` opens none.
 * A gerund is an act noun, not a relative ("Russian shelling damaged homes", "coalition bombing in Yemen killed 20"):
 * the -ing verb must take a direct object ("rebels fighting the army"), or the finite verb be one of saying
 * (`reporting`), which no act does ("a coalition fighting in Yemen said").
 */
export function reducedRelativeVerb(view: TreeView, head: number, reporting?: ReadonlyMap<string, string>): number {
  const t = view.tokens;
  const word = t[head];
  if (!/ing$/.test(word.lower) || head === view.tree.offset) return -1;
  if (!NOUNS.has(view.upos(head - 1)) && !NOUNS.has(t[head - 1].pos)) return -1;
  if (view.childrenWith(head, 'aux', 'aux:pass', 'cop').some((a) => AUXILIARY.test(t[a].lower))) return -1;
  // the finite verb whose subject the described noun is: a verb form that is no participle, no infinitive and no
  // noun, before the clause ends
  const end = Math.min(view.tree.offset + view.tree.heads.length, head + REACH);
  for (let k = head + 1; k < end; k++) {
    if (t[k].text === ',' || t[k].text === ';' || t[k].pos === 'CCONJ' || t[k].pos === 'SCONJ') return -1;
    if (['which', 'who', 'that'].includes(t[k].lower)) return -1;
    const verb = view.upos(k) === 'VERB' || view.upos(k) === 'AUX' || t[k].pos === 'VERB';
    if (verb && !/ing$/.test(t[k].lower) && t[k - 1].lower !== 'to' && isFinite(t[k].lower, t[k].lemma)) {
      return hasDirectObject(view, head) || reporting?.has(t[k].lemma) ? k : -1;
    }
  }
  return -1;
}

// "fighting the army", "aiding the fight", "demanding his release": a noun phrase right after the -ing verb
function hasDirectObject(view: TreeView, head: number): boolean {
  const next = view.tokens[head + 1];
  return next !== undefined && view.has(head + 1) && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(view.upos(head + 1)) && next.pos !== 'VERB';
}

// "said", "have", "reported", "says": a past form or a present form of the verb; a bare lemma after a noun may be a
// plural noun misread or an infinitive, and a past participle needs its auxiliary, which is itself finite
function isFinite(lower: string, lemma: string): boolean {
  if (AUXILIARY.test(lower) || ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do'].includes(lower)) return true;
  return lower !== lemma;
}
