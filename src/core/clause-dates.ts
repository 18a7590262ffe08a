import type { Token } from '../nlp/types.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { DateMention } from '../resolve/types.ts';
import { isPresentPerfect, verbTime } from '../extract/tree-clauses/index.ts';
import { opensRankingApposition } from '../extract/ranking-apposition.ts';
import { YEAR_OF_NOUN_RULE } from '../resolve/dates.ts';
import { datesInOtherPluperfectRelatives, isPluperfectRelative } from './pluperfect-relative.ts';

/**
 * The sentence's dates that may date the event at `trigger`, read off the tree: a date inside a relative clause that
 * does not hold the trigger dates that clause's act, not the event ("Opposition parties, which boycotted the vote on
 * Monday, called for a strike", "The rebels, who seized the town in March, released 20 prisoners"). A relative clause in
 * the perfect set off by commas is read off the words too, where the parse hung it elsewhere ("its embassy, where six
 * aides have sheltered since March, had been surrounded").
 */
export function datesOfTriggerClause(view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], trigger: number, reaction = false, actNoun: (lemma: string) => boolean = () => false): DateMention[] {
  if (dates.length === 0) return dates as DateMention[];
  // "The war erupted in April 2023 and has displaced 12 million people": a present perfect joined to a past act is a
  // record up to now; only a date inside its own words dates it
  // (so is a pluperfect relative clause's act, done before the sentence's: pluperfect-relative.ts)
  const ownOnly = view.has(trigger) && (isPerfectConjunctOfPast(view, tokens, trigger) || isPluperfectRelative(view, tokens, trigger));
  const kept = dates.filter((d) => {
    const word = tokenAt(tokens, d.end, trigger);
    if (word < 0 || !view.has(word)) return true;
    if (ownOnly && !dominates(view, trigger, word)) return false;
    if (d.rule === YEAR_OF_NOUN_RULE && !yearDatesTheAct(view, word, trigger, reaction, actNoun)) return false;
    if (inOtherSetOffRelative(tokens, word, trigger, actNoun)) return false;
    if (inOtherConjunctsReport(view, word, trigger)) return false;
    if (inRankingAfter(tokens, word, trigger)) return false;
    if (datesOtherNoun(view, tokens, word, trigger, reaction)) return false;
    for (let node = word, steps = 0; node >= 0 && steps < 40; node = view.head(node), steps++) {
      if (view.label(node) === 'acl:relcl') return dominates(view, node, trigger);
    }
    return true;
  });
  if (view.has(trigger) && view.upos(trigger) === 'NOUN') return datesAfterGoverningVerb(view, tokens, kept, trigger);
  // "met on Thursday and will host a delegation on Monday", "will resume next week after rebels ambushed a convoy on
  // Wednesday": a date the tree hangs on the act's own verb dates it before the sentence's other dates
  if (kept.length === 0 || !view.has(trigger) || view.upos(trigger) !== 'VERB') return kept;
  const verbOf = (d: DateMention) => {
    const word = tokenAt(tokens, d.end, trigger);
    return word >= 0 && view.has(word) ? nearestVerb(view, word) : -1;
  };
  const own = kept.filter((d) => verbOf(d) === trigger);
  // ("boycotted Saturday's talks on Wednesday": a date on the verb itself before one said of its object)
  const direct = own.filter((d) => view.head(tokenAt(tokens, d.end, trigger)) === trigger);
  if (direct.length > 0 && own.every((d) => direct.includes(d) || isPossessiveDate(view, tokens, tokenAt(tokens, d.end, trigger)))) return direct;
  if (own.length > 0) return own;
  // "had been besieged for months and that famine was declared there in August": a clause below the act with a subject
  // of its own dates its own act
  return kept.filter((d) => {
    const verb = verbOf(d);
    // (a relative clause keeps its own reading above: "entered the town, where they arrested 12 people on Monday")
    if (verb >= 0 && verb !== trigger && dominates(view, trigger, verb) && inConjunctOfOtherTime(view, trigger, verb)) return false;
    return verb < 0 || verb === trigger || !dominates(view, trigger, verb) || view.label(verb) === 'acl:relcl' || view.children(verb).some((k) => RELATIVE_OPENERS.has(tokens[k].lower)) || view.childrenWith(verb, 'nsubj', 'nsubj:pass').length === 0;
  });
}

/**
 * "The army, which seized power in a 2022 coup, arrested ...": a year before a noun dates the act that noun names, so
 * the trigger's act only when the noun is the act itself ("the 2022 coup that ousted him"), the act noun that does or
 * undergoes it ("the 2014 annexation displaced thousands"; not the act a reaction is said of: "condemned the 2014
 * annexation" is said today), or the occasion it happened in ("in a 2022 coup", "during the 2019 protests").
 */
function yearDatesTheAct(view: TreeView, year: number, trigger: number, reaction: boolean, actNoun: (lemma: string) => boolean): boolean {
  const noun = view.head(year);
  if (noun < year || !NOUN_HEADS.has(view.upos(noun))) return false;
  if (noun === trigger || view.head(trigger) === noun && view.label(trigger) === 'acl:relcl') return true;
  if (view.head(noun) !== trigger) return false;
  const label = view.label(noun);
  if (label === 'obl') return OCCASION_MARKERS.has(view.marker(noun) ?? '');
  return actNoun(view.tokens[noun].lemma) && (/^nsubj/.test(label) || label === 'obj' && !reaction);
}
const OCCASION_MARKERS = new Set(['in', 'during']);
// (the parse may tag an act noun as an adjective: "in a 2015 offensive")
const NOUN_HEADS = new Set(['NOUN', 'ADJ']);

/**
 * "Nigeria on Tuesday condemned the arrest of its journalists by Cameroonian soldiers last month": an act noun that a
 * verb before it governs, where one date stands before the noun (the verb's day) and another after it, is dated by
 * the one after it; the parse hangs both on the verb. With no date after the noun, the verb's day stays its.
 */
function datesAfterGoverningVerb(view: TreeView, tokens: readonly Token[], dates: DateMention[], trigger: number): DateMention[] {
  // (up the noun phrase: "the arrest of two of its journalists" may have its head word last)
  let governor = view.head(trigger);
  for (let steps = 0; governor >= 0 && NOMINAL.has(view.upos(governor)) && steps < 6; steps++) governor = view.head(governor);
  if (dates.length < 2 || governor < 0 || governor > trigger || view.upos(governor) !== 'VERB') return dates;
  const at = (d: DateMention) => tokenAt(tokens, d.end, trigger);
  const after = dates.filter((d) => at(d) > trigger);
  return after.length > 0 && dates.some((d) => at(d) >= 0 && at(d) < governor + 2) ? after : dates;
}

/**
 * "congratulated the winner and is due to visit Tbilisi on Monday", "attacked the town and has held it since March":
 * a conjunct below the act that puts its own act at another time (its own auxiliary or copula) keeps its dates.
 */
function inConjunctOfOtherTime(view: TreeView, trigger: number, verb: number): boolean {
  const time = verbTime(view, trigger);
  for (let node = verb, steps = 0; node >= 0 && node !== trigger && steps < 40; node = view.head(node), steps++) {
    if (view.base(node) !== 'conj') continue;
    const own = view.childrenWith(node, 'aux', 'aux:pass', 'cop').length > 0;
    if (own && verbTime(view, node) !== time) return true;
  }
  return false;
}

/**
 * A date hung on a verb in the simple past reads before publication, whatever the sentence's future words: "Egyptian
 * officials met Hamas leaders on Thursday and are expected to host a delegation next week" (the last Thursday), "the
 * army warned India on Sunday" after a quoted "We will respond" (the Sunday of the warning). The tree says which
 * verb a date hangs on; a date on a future or modal verb keeps its reading ahead.
 */
export function pastActDates(view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], trigger: number): DateMention[] {
  if (!dates.some((d) => d.pastValue) || !view.has(trigger)) return dates as DateMention[];
  return dates.map((d) => {
    if (!d.pastValue) return d;
    const word = tokenAt(tokens, d.end, trigger);
    // "called a general strike for September 18": the day an act is called for is ahead, whatever the calling's tense
    if (word >= 0 && view.has(word) && view.marker(word) === 'for') return d;
    const verb = word >= 0 && view.has(word) ? nearestVerb(view, word) : -1;
    return verb >= 0 && isSimplePast(view, verb) ? { ...d, value: d.pastValue } : d;
  });
}

function isSimplePast(view: TreeView, verb: number): boolean {
  // "met … and visited": a conjunct with no auxiliary of its own has its head's tense
  const tensed = view.base(verb) === 'conj' && view.childrenWith(verb, 'aux').length === 0 && view.upos(view.head(verb)) === 'VERB' ? view.head(verb) : verb;
  return tensed >= 0 && verbTime(view, tensed) === 'past' && !isPresentPerfect(view, tensed);
}

function nearestVerb(view: TreeView, word: number): number {
  for (let node = view.head(word), steps = 0; node >= 0 && steps < 40; node = view.head(node), steps++) {
    if (view.upos(node) === 'VERB') return node;
  }
  return -1;
}

/** The last token of the sentence of `near` that ends at or before the character `end` (the date's head word). */
function tokenAt(tokens: readonly Token[], end: number, near: number): number {
  const sentence = tokens[near].sentence;
  let i = near;
  while (i > 0 && tokens[i - 1].sentence === sentence && tokens[i].start >= end) i--;
  while (tokens[i + 1] && tokens[i + 1].sentence === sentence && tokens[i + 1].end <= end) i++;
  return tokens[i].end <= end ? i : -1;
}

/**
 * "Israel said Monday it had struck targets in response to a rocket attack last week, and Hezbollah vowed to retaliate":
 * a clause joined with its own subject is not dated by what the other conjunct reports or gives as its reason (the
 * dates below that conjunct's complement or adverbial clause); a date on that conjunct's own verb may still be shared.
 * A conjunct sharing the speaker's subject is not dated by the speaker's report either.
 */
function inOtherConjunctsReport(view: TreeView, word: number, trigger: number): boolean {
  if (!view.has(trigger) || view.base(trigger) !== 'conj') return false;
  // (a speaker's second act shares its subject: "said the hostage would be freed next week, and accused Israel" is not
  // dated by what it reports, only by a date on the saying itself)
  const ownSubject = view.childrenWith(trigger, 'nsubj', 'nsubj:pass').length > 0;
  const first = view.head(trigger);
  for (let node = word, steps = 0; node >= 0 && steps < 40; node = view.head(node), steps++) {
    if (node === trigger) return false;
    if (view.head(node) === first) return ownSubject ? REPORTED.has(view.base(node)) : view.base(node) === 'ccomp';
  }
  return false;
}
const REPORTED = new Set(['ccomp', 'advcl']);

function dominates(view: TreeView, top: number, node: number): boolean {
  for (let k = node, steps = 0; k >= 0 && steps < 40; k = view.head(k), steps++) if (k === top) return true;
  return false;
}

const PRESENT_PERFECT_AUX = new Set(['has', 'have', "'ve"]);
const hasPerfectAux = (view: TreeView, tokens: readonly Token[], verb: number) => view.childrenWith(verb, 'aux').some((a) => PRESENT_PERFECT_AUX.has(tokens[a].lower));

// ("Al-Shabab, which has seized the port, said on Monday": so is a perfect relative clause's deed, the main verb's date not its own)
function isPerfectConjunctOfPast(view: TreeView, tokens: readonly Token[], verb: number): boolean {
  if (view.label(verb) === 'acl:relcl' && hasPerfectAux(view, tokens, verb)) return true;
  return view.base(verb) === 'conj' && hasPerfectAux(view, tokens, verb) && !hasPerfectAux(view, tokens, view.head(verb));
}

/**
 * Token `word` lies in a ranking apposition after the trigger ("killed 20 people, officials said, the worst attack in
 * the city since 2019"): its dates are the ranking's span, not the act's day.
 */
function inRankingAfter(tokens: readonly Token[], word: number, trigger: number): boolean {
  const sentence = tokens[word].sentence;
  for (let i = word; i > trigger && tokens[i].sentence === sentence; i--) {
    if (tokens[i].text === ',') return opensRankingApposition(tokens, i, word + 1);
  }
  return false;
}

/**
 * "rejected the results of last month's election on Thursday", "rallied against last week's killing of a student": a
 * date in the possessive dates the noun it is said of, not the act, unless that noun is the act ("Sunday's attack"
 * as the trigger), what does it ("Sunday's attack killed 12 people") or what it is done to ("boycotted January's
 * election"; not what a reaction is said of: "condemned Sunday's attack" is dated by the condemnation's own day).
 */
function datesOtherNoun(view: TreeView, tokens: readonly Token[], word: number, trigger: number, reaction = false): boolean {
  if (!isPossessiveDate(view, tokens, word)) return false;
  const noun = view.head(possessiveDate(view, tokens, word));
  // ... but a reaction to a past act ("condemned Sunday's attack", "welcomed Friday's release") is said on a day of
  // its own: the act it reacts to keeps that date (`reaction`: a statement of blame, praise or rejection)
  // ("Friday's raid on the paper's offices": a row's head word, "offices", hangs on the act noun the date is said of)
  return noun !== trigger && view.head(trigger) !== noun && !(view.head(noun) === trigger && (reaction ? /^nsubj/ : OWN_NOUN).test(view.label(noun)));
}

// the trigger's own nouns, whose date is the act's: "Sunday's attack killed 12", "boycotted January's election"
const OWN_NOUN = /^(?:nsubj|obj$)/;

/** The sentence's dates inside a set-off relative clause the trigger is not in (see inOtherSetOffRelative): another act's. */
export function datesOfOtherRelatives(tokens: readonly Token[], dates: readonly DateMention[], trigger: number, actNoun: (lemma: string) => boolean = () => false): DateMention[] {
  return dates.filter((d) => {
    const word = tokenAt(tokens, d.end, trigger);
    return word >= 0 && inOtherSetOffRelative(tokens, word, trigger, actNoun);
  });
}

/**
 * "Russia denounced the strikes that hit Belgorod on Sunday": a date in a relative clause on an act noun the trigger is
 * not in dates that act; for a reaction to it, it is no day of the story either (the comma-less kin of datesOfOtherRelatives).
 */
export function datesOfActNounRelatives(view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], trigger: number, actNoun: (lemma: string) => boolean): DateMention[] {
  return dates.filter((d) => {
    const word = tokenAt(tokens, d.end, trigger);
    if (word < 0 || !view.has(word)) return false;
    for (let node = word, steps = 0; node >= 0 && steps < 40; node = view.head(node), steps++) {
      if (view.label(node) === 'acl:relcl') return !dominates(view, node, trigger) && view.head(node) >= 0 && actNoun(tokens[view.head(node)].lemma);
    }
    return false;
  });
}

/** The sentence's dates inside a pluperfect relative clause the trigger is not in (pluperfect-relative.ts): an earlier act's. */
export const datesOfOtherPluperfectRelatives = (view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], trigger: number): DateMention[] =>
  datesInOtherPluperfectRelatives(view, tokens, dates, trigger, (d) => tokenAt(tokens, d.end, trigger));

/** The sentence's dates in the possessive of a noun other than the act's own (see datesOtherNoun): not the act's day. */
export function possessiveDatesOfOtherNouns(view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], trigger: number, reaction = false): DateMention[] {
  return dates.filter((d) => {
    const word = tokenAt(tokens, d.end, trigger);
    return word >= 0 && view.has(word) && datesOtherNoun(view, tokens, word, trigger, reaction);
  });
}

// the date word itself when `word` is the "'s" after it
const possessiveDate = (view: TreeView, tokens: readonly Token[], word: number) => (POSSESSIVE.has(tokens[word].lower) && view.label(word) === 'case' ? view.head(word) : word);
const isPossessiveDate = (view: TreeView, tokens: readonly Token[], word: number) => word >= 0 && view.label(possessiveDate(view, tokens, word)) === 'nmod:poss';

const POSSESSIVE = new Set(["'s", '’s', "'"]);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where']);
const PERFECT = new Set(['has', 'have', 'had', "'ve", "'d"]);

/**
 * Token `word` lies inside ", which|who|where ... ," (or up to the sentence's end), a clause in the perfect or one told
 * of an act ("arrested three men over the attack, which killed four soldiers last week": what the act did, and when),
 * and `trigger` outside it.
 */
function inOtherSetOffRelative(tokens: readonly Token[], word: number, trigger: number, actNoun: (lemma: string) => boolean): boolean {
  const sentence = tokens[word].sentence;
  let open = -1;
  for (let i = word; i > 0 && tokens[i - 1].sentence === sentence; i--) {
    if (tokens[i].text === ',') return false;
    if (RELATIVE_OPENERS.has(tokens[i].lower) && tokens[i - 1].text === ',') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = word;
  while (tokens[close + 1]?.sentence === sentence && tokens[close + 1].text !== ',') close++;
  // only a clause in the perfect is sure background ("where militants had hidden weapons in January"); one in the
  // simple past may go on with the story ("entered the town, where they arrested 12 people on Monday")
  const ofAct = tokens[open].lower === 'which' && open >= 2 && actNoun(tokens[open - 2].lemma);
  return (trigger < open || trigger > close) && (ofAct || tokens.slice(open, close + 1).some((t) => PERFECT.has(t.lower)));
}

/**
 * "claimed responsibility on Tuesday for Monday's bombing", "claimed Sunday's attack in a statement on Monday": a trigger
 * that ends in the act's own noun (`last`) is dated by that noun's possessive date, not by the claim's day; a
 * reaction is no such trigger ("condemned Sunday's attack" is said on its own day). None when the noun has no such date.
 */
export function datesOfEndingActNoun(view: TreeView, tokens: readonly Token[], dates: readonly DateMention[], head: number, last: number, actNoun: (lemma: string) => boolean = () => false): DateMention[] {
  if (!view.has(last) || view.upos(last) !== 'NOUN' || !actNoun(tokens[last].lemma)) return [];
  return dates.filter((d) => {
    const word = tokenAt(tokens, d.end, head);
    return isPossessiveDate(view, tokens, word) && view.head(possessiveDate(view, tokens, word)) === last;
  });
}
