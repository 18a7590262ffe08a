import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import type { Token } from '../nlp/types.ts';
import { cuePhrases } from './cue-groups.ts';
import { baseForms } from './morphology.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import type { Knowledge } from '../knowledge/types.ts';

// "The attack, called an act of terrorism by the UN, killed 12": the act noun a naming participle gives the noun it
// describes is what the namer calls it; the "by X" closing the aside names the namer, never the doer of either act
// ("described as an assault by police on the community": a "by" the act's own words go on after is the act's doer)
export const NAMED_AS_RULE = 'roles:named-as-by-namer';

// the words between the naming verb and the act noun it gives ("described as a", "branded an")
const BETWEEN = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
// the words of a name after "by" ("the Palestinian Authority", "U.N. officials")
const NAME_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const isNaming = (kb: Knowledge, token: Token) => {
  const naming = cuePhrases(kb.lexicon.clauseCues, 'naming');
  return naming.has(token.lemma) || baseForms(token).some((f) => naming.has(f));
};

/** The "by" at `by` and its name end the aside (a comma or the sentence's end follows the name). */
function closesAside(t: readonly Token[], by: number, end: number): boolean {
  let k = by + 1;
  while (k < end && k <= by + 6 && (NAME_WORDS.has(t[k].pos) || t[k].text === '-' || t[k].text === '.' && k + 1 < end)) k++;
  return k > by + 1 && (k >= end - 1 || t[k].text === ',');
}

/** True when the noun trigger `tr` is what a naming participle set off after its noun calls that noun, by a namer. */
export function namedAsByNamer(ctx: SentenceContext, tr: Trigger): boolean {
  const t = ctx.doc.tokens;
  let k = tr.start - 1;
  while (k > ctx.sentence.tokenStart && tr.start - k <= 4 && (BETWEEN.has(t[k].pos) || t[k].lower === 'as')) k--;
  if (k <= ctx.sentence.tokenStart || !isNaming(ctx.kb, t[k]) || !/ed$/.test(t[k].lower)) return false;
  // an aside after a comma, or a participle the parse hangs on the noun it describes (no clause of its own)
  const tree = ctx.tree();
  if (t[k - 1].text !== ',' && !(tree.has(k) && tree.label(k) === 'acl')) return false;
  const by = t.slice(tr.end, tr.end + 3).findIndex((x) => x.lower === 'by');
  return by >= 0 && closesAside(t, tr.end + by, ctx.sentence.tokenEnd);
}

// what a naming participle calls its noun: "called an act of terrorism", "branded a massacre", "described as a crime"
const NAME_PARTS = new Set(['obj', 'xcomp', 'ccomp']);

/** The participle at `c` (the tree's `acl` of an act noun) names what that noun is, and its closing "by" the namer. */
export function namesItsNoun(view: TreeView, kb: Knowledge, c: number): boolean {
  if (!isNaming(kb, view.tokens[c]) || !view.children(c).some((k) => NAME_PARTS.has(view.label(k)) || view.marker(k) === 'as')) return false;
  const [from, to] = view.span(c);
  for (let k = to - 1; k > from; k--) if (view.tokens[k].lower === 'by') return closesAside(view.tokens, k, view.tree.offset + view.tree.heads.length);
  return false;
}

// the aside's own judgment ("The attack, called an act of terrorism by the UN, killed 12"): the namer accuses
export const NAMING_ASIDE_RULE = 'roles:naming-aside-namer';

/**
 * The naming verb `verb` is a participle set off after the noun it describes ("The attack, called ... by the UN,",
 * "The Russian strike, condemned by the EU as ...,"): the node of the namer after its closing "by" and the noun's
 * node, or null.
 */
export function namingAside(ctx: SentenceContext, verb: number): { namer: number; named: number } | null {
  const t = ctx.doc.tokens;
  if (!isNaming(ctx.kb, t[verb]) || !/ed$/.test(t[verb].lower) || t[verb - 1]?.text !== ',' || verb - 2 < ctx.sentence.tokenStart) return null;
  const named = verb - 2;
  if (t[named].pos !== 'NOUN' && t[named].pos !== 'PROPN') return null;
  const tree = ctx.tree();
  for (let k = verb + 1; k < ctx.sentence.tokenEnd && t[k].text !== ',' && t[k].text !== '.'; k++) {
    if (t[k].lower !== 'by' || !closesAside(t, k, ctx.sentence.tokenEnd) && !closesAtAs(t, k)) continue;
    const namer = tree.has(k) ? tree.head(k) : -1;
    return namer > k ? { namer, named } : null;
  }
  return null;
}

/** "condemned by the EU as a violation": the namer's words end at the "as" of what it calls the noun. */
function closesAtAs(t: readonly Token[], by: number): boolean {
  let k = by + 1;
  while (k <= by + 6 && (NAME_WORDS.has(t[k]?.pos ?? '') || t[k]?.text === '.')) k++;
  return k > by + 1 && t[k]?.lower === 'as';
}
