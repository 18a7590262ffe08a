import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { APPOSED_NAME_RULE, participantsAt } from './participants.ts';
import { possessedBody, POSSESSED_BODY_RULE } from './possessed-body.ts';
import { APPOSED_TITLE_NAME_RULE } from '../../resolve/apposed-title-name.ts';

const TITLE_RULES = ['roles:tree-title-of', 'roles:tree-title-noun-of', APPOSED_NAME_RULE];

/**
 * "Israel killed the leader of Hamas", "police arrested the spokesman of the Taliban", "troops captured a commander
 * of the rebels": a title the window read as the target speaks for its "of" group, as it does as a subject ("The
 * leader of Hamas said") and as "Hamas's leader" does. The window took the title alone (a government's leader in
 * the story's country, or no one). So does a title with the person's name in apposition ("met Iran's ambassador, Kazem
 * Jalali,"): the words run over both, as for a subject; the window took the title alone, a country's role read as the name.
 */
export function withTitledTargets(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0) return c;
  let rules: string[] | null = null;
  const targets = c.targets.map((t) => {
    // ("accused Iran's Revolutionary Guards of ...": the state's own body, not the state)
    const owned = t.kind === 'country' ? possessedBody(ctx, tree, headOf(ctx, tree, t), t) : null;
    if (owned) return ((rules ??= []).push(POSSESSED_BODY_RULE), owned);
    // (a country's title reads as a person: "Iran's ambassador")
    // (or one the resolver already joined to the name apposed to it, resolve/apposed-title-name.ts)
    if (t.kind !== 'role' && t.kind !== 'anaphor' && !(t.kind === 'person' && (t.rule.includes('role') || t.rule === APPOSED_TITLE_NAME_RULE))) return t;
    const node = headOf(ctx, tree, t);
    const read = node < 0 ? null : participantsAt(tree, ctx, node);
    const apposed = read && t.kind === 'person' ? commaConjunctName(ctx, t, read.phrases) : null;
    if (apposed) return ((rules ??= []).push(APPOSED_NAME_RULE), apposed);
    const rule = read?.rules.find((r) => TITLE_RULES.includes(r));
    if (!read || !rule || read.phrases.length !== 1) return t;
    (rules ??= []).push(rule);
    return read.phrases[0];
  });
  return rules === null ? c : { ...c, targets, rules: [...c.rules, ...rules] };
}

// the phrase's word whose head lies outside it
function headOf(ctx: SentenceContext, tree: TreeView, p: ActorPhrase): number {
  const tokens = ctx.doc.tokens;
  for (let k = ctx.sentence.tokenStart; k < ctx.sentence.tokenEnd; k++) {
    if (tokens[k].start < p.start || tokens[k].end > p.end) continue;
    const h = tree.head(k);
    if (h < 0 || tokens[h].start < p.start || tokens[h].end > p.end) return k;
  }
  return -1;
}

// a name set off by commas: ", Hossein Akbari," (or closing the sentence)
const SET_OFF_BEFORE = /^\s*,\s*$/;
const SET_OFF_AFTER = /^\s*[,.;]/;

/**
 * "met Iran's ambassador, Hossein Akbari, on Monday": the parse may read the name after a country's title as a second
 * item of a list (a conjunct with no "and"); set off by commas alone, with no code of its own, it is the title's
 * holder in apposition. The words run over both, the name the person's, the code the title's (as for a subject).
 */
function commaConjunctName(ctx: SentenceContext, title: ActorPhrase, read: readonly ActorPhrase[]): ActorPhrase | null {
  const text = ctx.doc.text;
  if (read.length !== 2 || read[0].start !== title.start || read[0].end !== title.end) return null;
  const name = read[1];
  // (no code of its own: none at all, or the title's, given it by the resolver)
  const uncoded = name.kind === 'named' && name.code === null || name.rule === APPOSED_TITLE_NAME_RULE && name.code === title.code;
  if (!uncoded || name.locative || !SET_OFF_BEFORE.test(text.slice(title.end, name.start))) return null;
  if (!SET_OFF_AFTER.test(text.slice(name.end, name.end + 2))) return null;
  return { ...title, end: name.end, text: text.slice(title.start, name.end), name: name.name, rule: `${title.rule}+actor:tree-apposed-name` };
}
