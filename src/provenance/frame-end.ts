import type { SentenceContext } from '../extract/context.ts';
import { opensRelativeTime } from './closing-verb.ts';
import { isQuote } from '../extract/clause.ts';

/**
 * Where what a reporting verb at `verb` reports ends: the sentence's end, or a verb coordinated with the reporting
 * verb itself, which the outlet states beside the report: a clause with a subject of its own after ", and" / ", but"
 * ("The army said it had shelled rebel positions, and the rebels fired rockets at the city": the rockets are the
 * outlet's; "Kyiv said it downed 20 drones, but Russia launched more overnight"), or the speaker's own second act
 * ("Russia denies targeting civilians and has accused Ukraine of staging the attack": the accusation is not denied;
 * "Amnesty said a protester was shot dead, and urged an inquiry"). A clause under the reported one ("said they had
 * arrested 20 people, while protesters blocked roads") stays in the report; a temporal clause on the reporting verb
 * after a comma ends it (timesTheReport), and so does a time measured from another act after a comma.
 */
export function reportEnd(ctx: SentenceContext, verb: number): number {
  const t = ctx.doc.tokens;
  const end = ctx.sentence.tokenEnd;
  // a temporal clause's marker is a word after its comma: with none after a comma, no tree is asked for there (the
  // tree of a sentence with no trigger is parsed only when asked)
  // "The rebels, whom Kinshasa says are backed by Rwanda, captured Goma": a report inside a relative clause set off by
  // commas says no more than that clause; the clause it hangs on is the outlet's
  const relativeEnd = setOffRelativeEnd(t, verb, ctx.sentence.tokenStart, end);
  if (relativeEnd > 0) return relativeEnd;
  let lastTemporal = end - 1;
  while (lastTemporal > verb && !TEMPORAL.has(t[lastTemporal].lower)) lastTemporal--;
  // a quotation open at the verb, or one the verb opens, runs on past a semicolon ('"Everybody says we need peace;
  // however, ..."', 'He said: "They attacked; we held the line."')
  let quoted = quoteOpenAt(t, ctx.sentence.tokenStart, verb);
  for (let k = verb + 2; k < end - 1; k++) {
    // "The army said it had repelled the attack; rebels shelled the town again": a semicolon opens a clause of its own
    if (isQuote(t[k])) quoted = t[k].text === '“' || t[k].text === '"' && !quoted;
    if (t[k].text === ';' && !quoted) return k;
    // "..., a charge Yerevan denied": the apposition that names the report a claim and who answers it is the outlet's
    if (t[k].text === ',' && k + 2 < end && /^an?$/i.test(t[k + 1].text) && answersClaim(ctx, k + 2)) return k;
    if (t[k].text === ',' && k < lastTemporal && timesTheReport(ctx, verb, k)) return k;
    // ", a day after protesters stormed parliament", ", hours before the vote": a time measured from another act after
    // a comma sets the report in time, whatever clause the tree hangs it on; the act it measures from is the outlet's
    if (t[k].text === ',' && opensRelativeTime(t, k + 1, end)) return k;
    // a cheap look at the words first: only a conjunction after the verb asks for the tree
    if (t[k].pos !== 'CCONJ') continue;
    const view = ctx.tree();
    const conj = view.head(k);
    if (conj <= k || view.label(conj) !== 'conj') continue;
    const comma = t[k - 1].text === ',';
    // "arrested a man they said was armed, and charged two others": a conjunct of a clause above the verb of saying
    // (the relative clause's noun's verb) is no part of what was said
    if (view.head(conj) !== verb) {
      if (isAbove(view, view.head(conj), verb)) return comma ? k - 1 : k;
      continue;
    }
    if (comma && view.childrenWith(conj, 'nsubj').length > 0) return k - 1;
    if (view.childrenWith(conj, 'nsubj', 'nsubj:pass', 'expl').length === 0 && view.tokens[conj].pos === 'VERB') return comma ? k - 1 : k;
  }
  return end;
}

/** A quotation opened in tokens [from, to) is still open at `to`. */
export function quoteOpenAt(t: SentenceContext['doc']['tokens'], from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) if (isQuote(t[k])) open = t[k].text === '“' || t[k].text === '"' && !open;
  return open;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which']);
const MAX_SPEAKER_WORDS = 6;

/** The comma that closes a relative clause set off by commas, when the verb at `verb` reports inside it; else -1. */
function setOffRelativeEnd(t: SentenceContext['doc']['tokens'], verb: number, start: number, end: number): number {
  let k = verb - 1;
  while (k > start && verb - k <= MAX_SPEAKER_WORDS && !RELATIVE_PRONOUNS.has(t[k].lower) && t[k].text !== ',' && t[k].pos !== 'VERB') k--;
  if (!RELATIVE_PRONOUNS.has(t[k].lower) || t[k - 1]?.text !== ',') return -1;
  for (let c = verb + 2; c < end - 1; c++) if (t[c].text === ',') return c;
  return -1;
}

// markers of a clause that dates what it hangs on
const TEMPORAL = new Set(['after', 'before', 'since', 'when', 'until', 'while']);

/**
 * After the comma at `comma` a temporal clause on the reporting verb itself, with no reported clause after it: it dates
 * the report and is the outlet's ("charged the opposition leader with terrorism, days after police detained him",
 * "accused Russia of the attack, hours after drones struck Kyiv"), not what the speaker charges or says.
 */
function timesTheReport(ctx: SentenceContext, verb: number, comma: number): boolean {
  const view = ctx.tree();
  const temporal = (n: number) => view.label(n) === 'advcl' && TEMPORAL.has(view.marker(n) ?? '');
  // the clause itself, or a measure of time it hangs on ("days after police detained him": obl "days", advcl "detained")
  const opener = view.children(verb).find((n) => n > comma && view.span(n)[0] >= comma); // (the comma may hang on it)
  if (opener === undefined || !temporal(opener) && !view.children(opener).some(temporal)) return false;
  return !view.childrenWith(verb, 'ccomp', 'xcomp').some((c) => c > comma);
}

function isAbove(view: ReturnType<SentenceContext['tree']>, node: number, below: number): boolean {
  for (let n = view.head(below); n >= 0; n = view.head(n)) if (n === node) return true;
  return false;
}

/** The noun at `noun` is a claim the tree hangs on the clause before it (`parataxis`) and a relative clause answers. */
function answersClaim(ctx: SentenceContext, noun: number): boolean {
  if (ctx.doc.tokens[noun].pos !== 'NOUN') return false;
  const view = ctx.tree();
  return view.label(noun) === 'parataxis' && view.children(noun).some((k) => view.label(k) === 'acl:relcl' && k > noun);
}
