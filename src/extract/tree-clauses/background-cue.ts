import type { CueEntry } from '../../knowledge/types.ts';
import type { Token } from '../../nlp/types.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import { clauseMarkers } from './clause-path.ts';
import { cueGroup } from '../cue-groups.ts';
import { isPresentPerfect, verbTime } from './verb-time.ts';
import { isCalendarWord } from '../../nlp/calendar.ts';
import { opensRankingApposition } from '../ranking-apposition.ts';

const YEAR = /^(?:(?:mid|early|late)-?)?(?:1[89]|20)\d\d(?:s|'s)?$/i;
const DECADE = /^(?:(?:mid|early|late)-?)?(?:1[89]|20)\d0(?:s|'s)/i;

function matchesAt(tokens: readonly Token[], i: number, cue: CueEntry): boolean {
  let k = i;
  for (const w of cue.words) {
    const t = tokens[k];
    if (!t) return false;
    // "in the 1990s": a decade, no single year
    if (w === '#decade') {
      const joined = tokens.slice(k, k + 3).map((x) => x.text).join('');
      if (!DECADE.test(joined) && !DECADE.test(t.text)) return false;
      k++;
      continue;
    }
    if (w === '#year') {
      // "mid-1960s" may come as three tokens
      const joined = tokens.slice(k, k + 3).map((x) => x.text).join('');
      if (!/^(?:(?:mid|early|late)-?)?(?:1[89]|20)\d\d(?:s|'s)?/i.test(joined) && !YEAR.test(t.text)) return false;
      k++;
      continue;
    }
    // "over the past two decades": a count
    if (w === '#num') {
      if (t.pos !== 'NUM') return false;
      k++;
      continue;
    }
    if (t.lemma !== w && t.lower !== w) return false;
    k++;
  }
  return true;
}

/**
 * The background cue that makes the act at `head` generic, habitual or durative (data/lexicon/background-cues.tsv),
 * read off the tree, or null:
 *  - `before` cues are the verb's own adverbs and auxiliaries: "militias have repeatedly attacked bases",
 *    "the group has long targeted Christians";
 *  - `after` cues open the verb's own obliques: "have been fighting the government since 1964", "have clashed for decades";
 *  - `relative-of` cues are conflict nouns a relative clause describes: "a war that killed 30,000 people";
 *  - a present perfect (or a present passive) with a "since" clause or phrase is a record up to now: "the two armies
 *    have fought three wars since they won independence", "600 people have been killed since October", "the group
 *    is blamed for thousands of deaths since launching its insurgency".
 * A conjunct without its own subject shares its verb's adverbs: "have repeatedly shelled the town and burned homes";
 * so does a participle clause: "have repeatedly protested, calling the raids a violation".
 */
export function backgroundCue(view: TreeView, head: number, cues: readonly CueEntry[]): string | null {
  const t = view.tokens;
  let verb = head;
  // so does a participle that goes with it: "has repeatedly protested against the incursions, calling them a violation"
  const shares = (v: number) => view.label(v) === 'conj' || view.label(v) === 'advcl' && /ing$/.test(t[v].lower) && view.childrenWith(v, 'mark').length === 0;
  while (shares(verb) && view.head(verb) >= 0 && view.childrenWith(verb, 'nsubj', 'nsubj:pass').length === 0) verb = view.head(verb);
  // "have previously signed three peace deals", "has repeatedly launched attacks on": an act noun's object verb sets its time
  const upos = view.upos(head), base = view.base(head);
  const noun = upos === 'NOUN' || upos === 'PROPN';
  // ("Israel's offensive has since killed 35,000": the act noun that does a tally is the tally's background too)
  const support = noun && (base === 'obj' || base === 'nsubj') ? view.head(head) : -1;
  // "have repeatedly protested against the incursions": the adverbs of the verb whose oblique it is (only those: "since
  // the invasion, millions have fled" dates the fleeing by the act, the act is no tally)
  const oblique = noun && base === 'obl' ? view.head(head) : -1;
  // the verbs read, each once, in this order (a list, not a set: asked for every candidate)
  const verbs = verb === head ? [head] : [head, verb];
  if (support >= 0 && !verbs.includes(support)) verbs.push(support);
  if (oblique >= 0 && !verbs.includes(oblique)) verbs.push(oblique);
  const before = cueGroup(cues, 'before').entries;
  for (const v of verbs) {
    for (const a of view.childrenWith(v, 'advmod', 'aux')) {
      const cue = cueAt(t, a, before);
      if (cue) return cue.words.join(' ');
    }
    if (v === oblique && v !== head && v !== verb && v !== support) continue;
    const lasting = v !== oblique && inPerfectOrProgressive(view, v);
    for (const o of view.childrenWith(v, 'obl', 'nmod', 'advcl', 'advmod')) {
      const [first, end] = view.span(o);
      // (", the deadliest attack on the army since 2019": the parse may hang the ranking's own time on the verb)
      if (rankedBetween(t, v, first)) continue;
      const cue = cueGroup(cues, 'after').entries.find((c) => matchesAt(t, first, c) && !narrowedByNoun(t, first + c.words.length, end, c)) ?? (lasting ? lastingCue(view, o, cues) : undefined)
        ?? eraCue(view, o, cues) ?? rateCue(t, first, end, cues);
      if (cue) return cue.words.join(' ');
    }
    // ("fires 10,000 shells a day", "has executed 1,000 people this year": the parse may hang the rate or the stretch on the object)
    for (const obj of view.childrenWith(v, 'obj')) for (const o of view.childrenWith(obj, 'nmod')) {
      const [first, end] = view.span(o);
      const cue = rateCue(t, first, end, cues) ?? (lasting && o > obj ? lastingCue(view, o, cues) : undefined);
      if (cue) return cue.words.join(' ');
    }
    if (isRecordSince(view, v, cues)) return 'present perfect since';
  }
  if (verb === head && !noun) {
    const toll = conflictToll(view, head, cues);
    if (toll !== null) return toll;
  }
  if (view.label(head) !== 'acl:relcl') return null;
  // "a bloody war in the 1990s that killed 30,000": the clause may hang on the conflict noun's modifier
  for (let n = view.head(head), hops = 0; n >= 0 && hops < 2; n = view.base(n) === 'nmod' ? view.head(n) : -1, hops++) {
    const cue = cueGroup(cues, 'relative-of').entries.find((c) => (c.words[0] === t[n].lemma || c.words[0] === t[n].lower));
    if (cue) return `relative of ${cue.words[0]}`;
  }
  return null;
}

// what makes "a day" a point in time and no rate: "a day after rebels seized it", "a week earlier"
const RELATIVE_TIME = new Set(['after', 'before', 'earlier', 'later', 'ago', 'since', 'into', 'of']);
/**
 * "fires about 10,000 artillery shells a day", "arrest some 300 people a week": a rate (background-cues.tsv, where =
 * rate) is a statistic of a practice, no act on an occasion (coding guide rule 1: no generic statistics). The phrase
 * must be the rate alone: "a day after the rebels seized it" dates an act.
 */
function rateCue(t: readonly Token[], first: number, end: number, cues: readonly CueEntry[]): CueEntry | undefined {
  const cue = cueAt(t, first, cueGroup(cues, 'rate').entries);
  return cue !== undefined && first + cue.words.length === end && !RELATIVE_TIME.has(t[end]?.lower ?? '') ? cue : undefined;
}

/**
 * "in the past week", "in the past 24 hours": a noun right after a cue of plain words, inside the same phrase,
 * names a recent span, not the open past the cue means ("have attacked the town in the past").
 */
/** The first cue of `entries` that matches at token i (a loop: asked at every adverb of every candidate's verbs). */
function cueAt(tokens: readonly Token[], i: number, entries: readonly CueEntry[]): CueEntry | undefined {
  for (const cue of entries) if (matchesAt(tokens, i, cue)) return cue;
  return undefined;
}

function narrowedByNoun(t: readonly Token[], next: number, end: number, cue: CueEntry): boolean {
  if (cue.words.some((w) => w.startsWith('#')) || next >= end) return false;
  return t[next].pos === 'NOUN' || t[next].pos === 'NUM' && t[next + 1]?.pos === 'NOUN';
}

/**
 * A tally up to now: a present perfect, or a present passive, whose own "since" clause or phrase opens the period
 * ("have fought three wars since independence", "are blamed for thousands of deaths since launching"). Coordinated
 * tallies share the period the last one names: "600 have been killed and 20,000 wounded since October".
 */
function isRecordSince(view: TreeView, verb: number, cues: readonly CueEntry[]): boolean {
  // ("have killed 50 people since Monday": a since-phrase of a recent day tells one fight's toll so far, the news itself)
  const since = (o: number) => view.marker(o) === 'since' && !recentDay(view, o, cues);
  // the parse often hangs a closing "since September" on the object: "have arrested 1,000 protesters since September"
  const sinceOn = (v: number) => view.childrenWith(v, 'advcl').some((c) => clauseMarkers(view, c).includes('since'))
    || view.childrenWith(v, 'obl').some(since)
    || view.childrenWith(v, 'obj', 'nsubj:pass').some((n) => view.childrenWith(n, 'nmod').some(since))
    // ("Since November 2023, the Houthis have attacked ...": the parse may take a fronted "since" for the verb's own
    // mark and its time for a bare oblique right after it)
    || view.childrenWith(v, 'mark').some((m) => view.tokens[m].lower === 'since' && view.childrenWith(v, 'obl').some((o) => view.span(o)[0] === m + 1 && !recentDay(view, o, cues)));
  const record = (v: number) => isPresentPerfect(view, v) || view.isPassive(v) && verbTime(view, v) === 'present';
  if (!record(verb)) return false;
  // "Israel's offensive has since killed more than 35,000 Palestinians": "since" alone, with a count, is a tally too
  // ("the army has since withdrawn" is a later act, and stays)
  const sinceTally = (v: number) => view.childrenWith(v, 'advmod').some((a) => view.tokens[a].lower === 'since') && countedObject(view, v);
  return sinceOn(verb) || sinceTally(verb) || view.childrenWith(verb, 'conj').some((c) => record(c) && sinceOn(c));
}

/**
 * "since Monday", "since early Saturday", "since the weekend", "since dawn", "since last week": the since-phrase
 * names a day of the story's own week (a weekday, or a cue of background-cues.tsv `recent-day`), not a year or a
 * month, so what has happened since is one fight's toll so far ("clashes have killed 20 people since Tuesday").
 */
function recentDay(view: TreeView, phrase: number, cues: readonly CueEntry[]): boolean {
  const t = view.tokens;
  let k = view.span(phrase)[0];
  while (k < phrase && ['since', 'the', 'early', 'late'].includes(t[k].lower)) k++;
  if (isCalendarWord(t[k].text) && t[k].lower.endsWith('day')) return true;
  if (cueAt(t, k, cueGroup(cues, 'recent-day').entries) !== undefined) return true;
  // ("since the vote on Wednesday", "since the attack on Sunday": an occasion the phrase dates to a weekday)
  const [, end] = view.span(phrase);
  // (the parse may hang the weekday on the verb, right after the phrase)
  for (let i = k + 1; i <= end + 1 && i < t.length; i++) if (t[i - 1].lower === 'on' && isCalendarWord(t[i].text) && t[i].lower.endsWith('day')) return true;
  return false;
}

const COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores']);
/** The verb's object or passive subject is counted: "more than 35,000 Palestinians", "thousands of people". */
function countedObject(view: TreeView, verb: number): boolean {
  return view.childrenWith(verb, 'obj', 'nsubj:pass').some((o) => COUNTS.has(view.tokens[o].lower) || view.tokens[o].pos === 'NUM'
    || view.childrenWith(o, 'nummod').length > 0);
}

const PERFECT_AUX = new Set(['have', 'has', 'had', "'ve"]);

/**
 * "has waged", "have been fighting": a verb in the perfect or the progressive, whose stretch of years ("for more than
 * 15 years") is how long it has gone on; "jailed him for 15 years" is a stretch the act sets, not background.
 */
function inPerfectOrProgressive(view: TreeView, verb: number): boolean {
  return view.childrenWith(verb, 'aux').some((a) => PERFECT_AUX.has(view.tokens[a].lower) || (view.tokens[a].lemma === 'be' && /ing$/.test(view.tokens[verb].lower)));
}

/**
 * "seized the region in a war in the 1990s", "captured the town during the 1980s": a decade on the verb, or on the
 * phrase its oblique names, dates the act to an era, told as history (data/lexicon/background-cues.tsv `era`).
 */
function eraCue(view: TreeView, o: number, cues: readonly CueEntry[]): CueEntry | undefined {
  const entries = cueGroup(cues, 'era').entries;
  if (entries.length === 0) return undefined;
  for (const n of [o, ...view.childrenWith(o, 'nmod')]) {
    const cue = entries.find((c) => matchesAt(view.tokens, view.span(n)[0], c));
    if (cue) return cue;
  }
  return undefined;
}

/**
 * A stretch of years on the verb, or one the parser hung on the verb's place ("attacked villages in the region for
 * over two years": a stretch of time describes no place).
 */
function lastingCue(view: TreeView, o: number, cues: readonly CueEntry[]): CueEntry | undefined {
  const entries = cueGroup(cues, 'after-perfect').entries;
  for (const n of [o, ...view.childrenWith(o, 'nmod')]) {
    const cue = entries.find((c) => matchesAt(view.tokens, view.span(n)[0], c));
    if (cue) return cue;
  }
  return undefined;
}

// acts, not conflicts: "fighting killed 12 in the town" and "clashes left five dead" tell one occasion's toll
const OCCASION_CONFLICTS = new Set(['fighting', 'fight', 'clash', 'clashes', 'battle']);
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'overnight', 'tonight']);

/**
 * "The insurgency has killed more than 6,000 people", "Gang violence has killed 3,000 people this year", "More than 2,000
 * people were killed in jihadist violence last year", "The war killed about 400,000 people": a conflict (the nouns of the
 * `relative-of` cues: a war, an insurgency, violence) that kills, as the verb's subject or as the passive's "in"/"by"
 * phrase, tallies the toll of many occasions, which is no act of its own (coding guide rule 1: generic statistics).
 * A day in the clause makes it one occasion's toll ("violence killed 12 people in the town on Sunday").
 */
function conflictToll(view: TreeView, verb: number, cues: readonly CueEntry[]): string | null {
  const t = view.tokens;
  const doers = [...view.childrenWith(verb, 'nsubj')];
  if (view.isPassive(verb)) for (const o of view.childrenWith(verb, 'obl')) if (view.marker(o) === 'in' || view.marker(o) === 'by') doers.push(o);
  const relativeOf = cueGroup(cues, 'relative-of').entries;
  const conflict = doers.find((n) => !OCCASION_CONFLICTS.has(t[n].lemma) && !OCCASION_CONFLICTS.has(t[n].lower) && relativeOf.some((c) => c.words.length === 1 && (c.words[0] === t[n].lemma || c.words[0] === t[n].lower)));
  if (conflict === undefined) return null;
  const [from, to] = view.span(verb);
  for (let k = from; k < to; k++) if (DAY_WORDS.has(t[k].lower)) return null;
  return `toll of ${t[conflict].lemma}`;
}

/** A ranking apposition (", the deadliest attack ...") opens between the verb at `verb` and a word after it at `word`. */
function rankedBetween(t: readonly Token[], verb: number, word: number): boolean {
  for (let k = verb + 1; k < word; k++) if (opensRankingApposition(t, k, word)) return true;
  return false;
}
