import type { TreeView } from '../extract/tree-roles/index.ts';
import { plainSpeaker } from './speaker-phrase.ts';
import type { ReportingFrame } from './frames.ts';
import { isCalendarWord } from '../nlp/calendar.ts';
import { isQuote } from '../extract/clause.ts';
import { opensRelativeTime } from './closing-verb.ts';
import { quoteOpenAt } from './frame-end.ts';

// a reported clause hangs on its reporting verb as ccomp ("Najah said [23 militants were killed]") or parataxis
const REPORTED = new Set(['ccomp', 'parataxis']);
// the clause before a trailing "..., witnesses said." may also hang on the verb as advcl (a greedy parse's choice)
const REPORTED_BEFORE = new Set(['ccomp', 'parataxis', 'advcl']);
const MAX_CLIMB = 6;
// words a measure of time takes before its "after": "less than an hour"
const MEASURE_WORDS = 5;
// unattributed hearsay ("reports said") is provenance:hearsay's, alleged with no one named
const HEARSAY = /^(?:reports?|rumou?rs?)$/i;
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * A speaker no gazetteer knows still makes what it says a claim (data/lexicon/reporting-verbs.tsv), read off the
 * tree as the reporting verb's nominal subject. Used only when the reporting frames found no speaker phrase.
 *  - provenance:unknown-speaker, the reported clause under the verb: "Najah said 23 militants were killed by the
 *    government forces", "The state-run New Light of Myanmar says 46 prisoners were released";
 *  - a common noun speaks too: "Witnesses said gunmen stormed the church", "Doctors say the army shelled the
 *    clinic" (class "a speaker the gazetteer has no entry for");
 *  - provenance:unknown-speaker-after, the reporting verb after the clause it reports, hung on it as parataxis
 *    or holding it as its own clause: "Gunmen attacked a police post in Kano, killing three officers, witnesses
 *    said", "Rebels shelled the airport overnight, aid workers say".
 */
export function unknownSpeakerFrame(view: TreeView, head: number, reporting: ReadonlyMap<string, string>): ReportingFrame | null {
  const t = view.tokens;
  // the tree holding a clause under it settles that a word the tagger called a noun is the verb: "Officials report that"
  const isReporting = (v: number) => v >= 0 && reporting.has(t[v].lemma);
  // the same when the parse tangled the measure and the clause after it: the act follows ", days after" directly
  if (afterMeasuredTime(t, head)) return null;
  for (let n = head, hops = 0; n >= 0 && hops < MAX_CLIMB; n = view.head(n), hops++) {
    // ", a day after protesters stormed parliament": what the clause measures from is the outlet's setting of the
    // report, whatever verb the tree hangs the measure on (frame-end.ts ends the report at its comma)
    if (measuresFromAnotherAct(view, n) || afterSemicolon(view, n)) return null;
    const verb = view.head(n);
    // "..., a charge Yerevan denied": the apposition's answer is the outlet's, not the report's before it
    if (view.label(n) === 'acl:relcl' && verb >= 0 && view.label(verb) === 'parataxis') return null;
    if (REPORTED.has(view.base(n)) && isReporting(verb) && verb < n) return speakerFrame(view, verb, reporting, 'provenance:unknown-speaker');
    // "[clause], witnesses said.": the verb holds the clause before it
    if (REPORTED_BEFORE.has(view.base(n)) && isReporting(verb) && verb > n && commaBefore(view, verb)) return speakerFrame(view, verb, reporting, 'provenance:unknown-speaker-after');
    // "[clause], aid workers say.": the verb hangs on the clause as parataxis
    const after = view.childrenWith(n, 'parataxis').find((c) => c > head && isReporting(c) && commaBefore(view, c));
    if (after !== undefined) return speakerFrame(view, after, reporting, 'provenance:unknown-speaker-after');
  }
  return null;
}

/** The phrase at `n` opens, after a comma, with a time measured from another act: ", two days after rebels ...". */
function measuresFromAnotherAct(view: TreeView, n: number): boolean {
  const t = view.tokens;
  const [first, to] = view.span(n);
  // the comma may hang on the phrase itself, and the measure ("hours") on another word than the clause after it
  const from = t[first].text === ',' ? first + 1 : first;
  for (let k = from - 1; k >= 0 && k >= from - MEASURE_WORDS; k--) if (t[k].text === ',') return opensRelativeTime(t, k + 1, to);
  return false;
}

/** The clause at `n` opens after a semicolon outside a quotation: "...; rebels shelled the town" is no report's. */
function afterSemicolon(view: TreeView, n: number): boolean {
  const t = view.tokens;
  const [first] = view.span(n);
  const semicolon = t[first].text === ';' ? first : t[first - 1]?.text === ';' ? first - 1 : -1;
  if (semicolon < 0) return false;
  let start = semicolon;
  while (start > 0 && t[start - 1].sentence === t[semicolon].sentence) start--;
  return !quoteOpenAt(t, start, semicolon);
}

// how far back from an act its clause's ", days after" may open: "a week after the ruling party's armed youth wing attacked"
const MAX_CLAUSE_OPENING = 12;

/** The act at `head` is told in a clause opened, after the nearest comma before it, by a time measured from it. */
function afterMeasuredTime(t: TreeView['tokens'], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - MAX_CLAUSE_OPENING; k--) {
    if (t[k].text === ',') return opensRelativeTime(t, k + 1, head + 2);
    if (t[k].text === '.' || isQuote(t[k])) return false;
  }
  return false;
}

// a trailing speaker is set off by a comma: "..., witnesses said", '"...," a herder said' (the comma inside the closing
// quote); not "an amnesty the government says is aimed at"
function commaBefore(view: TreeView, verb: number): boolean {
  const subject = view.childrenWith(verb, 'nsubj')[0];
  if (subject === undefined) return false;
  const first = view.span(subject)[0];
  const before = view.tokens[first - 1];
  return before?.text === ',' || before !== undefined && isQuote(before) && view.tokens[first - 2]?.text === ',';
}

function speakerFrame(view: TreeView, verb: number, reporting: ReadonlyMap<string, string>, rule: string): ReportingFrame | null {
  const t = view.tokens;
  const subject = view.childrenWith(verb, 'nsubj')[0];
  // "expressed alarm Monday over reports that ...": a weekday or a month is never a speaker; nor is a pronoun
  // (an anaphor the resolver did not take up names no one)
  if (subject === undefined || !NOMINAL.has(t[subject].pos) || isCalendarWord(t[subject].text) || HEARSAY.test(t[subject].text)) return null;
  const [from, to] = view.span(subject, (c) => ['acl:relcl', 'acl', 'appos', 'punct', 'conj', 'cc'].includes(view.label(c)));
  // the speaker's words end before any verb the parse left inside them ("officials who fled said")
  if (t.slice(from, to).some((x) => x.pos === 'VERB' && t[x.index - 1]?.text !== '-')) return null;
  const speaker = plainSpeaker(t, from, to);
  return { from: verb + 1, to: verb + 1, speaker, verb: t[verb].text, certainty: reporting.get(t[verb].lemma) ?? 'claimed', quote: null, rule };
}
