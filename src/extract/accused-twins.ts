import type { Sentence, Token } from '../nlp/types.ts';
import type { TreeView } from './tree-roles/index.ts';
import { closingCommaOfRelative } from './relative-close.ts';
import type { Trigger } from './triggers.ts';

// An act named inside an accusation's words is found twice: nested in the accusation (triggers.ts nestedTriggers), and
// as the sentence's own trigger. Where the nested copy is surely the act charged, the sentence's own copy goes.

/**
 * "attributed the bombing to the rebels", "pinned the killing on a gang", "laid the blame for the ambush on Boko Haram":
 * an accusation that lays an act on the party named after its last word ("to"/"on"); the act is inside its words.
 */
const LAID_ON = new Set(['to', 'on']);
const ATTRIBUTING_VERBS = new Set(['blame', 'attribute', 'ascribe', 'pin']);
export function laysActOn(tokens: readonly Token[], outer: Trigger): boolean {
  const last = outer.tokens[outer.tokens.length - 1];
  return outer.tokens.length > 1 && LAID_ON.has(tokens[last].lower) && outer.tokens.some((k) => ATTRIBUTING_VERBS.has(tokens[k].lemma));
}

// how far after an act laid "on" its doer the charge's "for" may come: the party's phrase ("on Baloch separatists")
const PARTY_SPAN = 8;
/** The words after the "for" right after the party an act is laid on ("on the rebels for"), with no verb or clause break between. */
export function chargeAfterParty(tokens: readonly Token[], sentence: Sentence, from: number): Sentence | null {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + PARTY_SPAN); k++) {
    if (tokens[k].lower === 'for') return k > from ? { ...sentence, tokenStart: k + 1 } : null;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT' && tokens[k].text !== '-') return null;
  }
  return null;
}

// "blamed Russia for the downing of a jet": an act noun right after the accusation's last word ("of"/"for"), with at
// most an article or adjectives between, is the act charged, in the accusation's clause
const CHARGED_NOUN_GAP = 3;
function chargedNoun(tokens: readonly Token[], t: Trigger): boolean {
  const outer = t.nestedIn;
  if (!outer || t.pattern.kind !== 'noun') return false;
  const last = outer.tokens[outer.tokens.length - 1];
  const link = tokens[last].lower === 'of' || tokens[last].lower === 'for';
  return link && t.start > last && t.start - last <= CHARGED_NOUN_GAP && tokens.slice(last + 1, t.start).every((x) => x.pos === 'DET' || x.pos === 'ADJ');
}

/**
 * The sentence's own triggers less those an act laid on its doer finds again inside its words ("laid the blame for the
 * ambush on Boko Haram", "blamed Russia for the downing of a jet"): the parse may hang the doer or a place on the act
 * noun as the party hit; the nested copy is the act, of the accused.
 */
export function withoutLaidOnTwins(tokens: readonly Token[], outer: readonly Trigger[], inner: readonly Trigger[]): readonly Trigger[] {
  const laid = inner.filter((t) => t.nestedIn !== undefined && (laysActOn(tokens, t.nestedIn) || chargedNoun(tokens, t)));
  return laid.length ? outer.filter((t) => !laid.some((n) => n.head === t.head)) : outer;
}

/**
 * "Kim, who is accused of ordering the raid, was arrested on Tuesday", "Rebels who accused the army of fraud attacked a
 * post": an accusation told in a relative clause (or any clause under the sentence's verb) charges nothing the verb
 * above it does. A trigger found inside its words whose head governs the accusation's head in the tree is the
 * sentence's own act, and keeps only its own copy (the nested copy would make it alleged, with the accused as actor).
 */
export function withinCharge(view: () => TreeView, nested: readonly Trigger[], tokens: readonly Token[], sentence: Sentence): readonly Trigger[] {
  if (nested.length === 0) return nested;
  const tree = view();
  // (a parse that roots the sentence at the relative clause's verb: what comes after the comma closing the clause)
  const closing = (t: Trigger) => closingCommaOfRelative(tokens, sentence, t.nestedIn!.head);
  return nested.filter((t) => t.nestedIn === undefined || !governsHead(tree, t.head, t.nestedIn.head) && !(closing(t) >= 0 && t.start > closing(t)));
}

function governsHead(tree: TreeView, above: number, below: number): boolean {
  if (!tree.has(above) || !tree.has(below)) return false;
  for (let k = tree.head(below), steps = 0; k >= 0 && steps < 64; k = tree.head(k), steps++) if (k === above) return true;
  return false;
}
