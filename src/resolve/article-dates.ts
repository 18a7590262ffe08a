import type { DateMention } from './types.ts';
import { boundsAStretch, datesTheReport, findDates, YEAR_OF_NOUN_RULE } from './dates.ts';
import { shiftDay } from './date-phrases.ts';
import { anchorsPeriod, shiftPeriod } from './period-anaphors.ts';
import { datelineSpan } from './dateline.ts';

/** How far back "earlier in the day" looks for the day the story is speaking of. */
const ANAPHOR_REACH = 3;
export const ANAPHOR_OWN_SENTENCE = 'date:anaphor-own-sentence';
/** How many sentences a paragraph's date carries through sentences that state none. */
const PARAGRAPH_REACH = 3;
/** How many sentences back an old date carries through the history the story goes on telling (see `historyCarried`). */
const HISTORY_REACH = 6;
export const HISTORY_CARRIED = 'date:history-carried';
/** How far before a sentence its dates may be looked for. */
const LOOK_BACK = Math.max(ANAPHOR_REACH, PARAGRAPH_REACH);

/**
 * The dates of an article's sentences, each sentence parsed once and only when asked for. A day anaphor
 * ("earlier in the day", "the day before") takes the day the previous sentences last stated:
 * "The clash began late Wednesday. Officials said a soldier was killed earlier in the day." → Wednesday.
 */
export class ArticleDates {
  private readonly cache = new Map<number, DateMention[]>();
  private readonly statedCache = new Map<number, DateMention[]>();

  private readonly nowCue: RegExp | null;
  private readonly flashbackCue: RegExp | null;
  // "NIAMEY, June 23 (AFP) - Jihadists killed 34 soldiers on Thursday": a wire dateline's date is the day the story was
  // filed, never a time the text ties to an act, so it dates nothing (and leaves the act its own "on Thursday")
  private readonly dateline: { start: number; end: number } | null;

  /**
   * `text`, the article, lets a date carry on through a paragraph (see `carried`); without it only to the next sentence.
   * `cues.now`, words that bring a story back to its own time ("today", "now", "is"), end the history an old date
   * tells; `cues.flashback` ("had") tell an old date as a look back from a later time, whose acts it does not date.
   */
  constructor(private readonly sentences: ReadonlyArray<{ text: string; start: number }>, private readonly published: string | null, private readonly text?: string, cues: { readonly now: readonly string[]; readonly flashback: readonly string[] } = { now: [], flashback: [] }) {
    this.nowCue = wordsPattern(cues.now);
    this.flashbackCue = wordsPattern(cues.flashback);
    this.dateline = text === undefined ? null : datelineSpan(text);
  }

  of(index: number): DateMention[] {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const own = this.stated(index);
    const found = own.map((d) => {
      if (d.period !== undefined) {
        // "in 2014 ... that year", "annexed Crimea in 2014. That year, ...": the month or year last stated before it
        const unit = d.period.unit;
        const anchor = [...own].reverse().find((o) => o.end <= d.start && anchorsPeriod(o, unit))?.value ?? this.lastStated(index, (o) => anchorsPeriod(o, unit));
        return anchor ? { ...d, value: shiftPeriod(anchor, d.period, this.published) } : d;
      }
      if (d.anaphor === undefined) return d;
      // "The army said on Tuesday that rebels attacked the base the day before": a day its own sentence states before it
      // is the day the anaphor counts from, before the previous sentences' (the telling day of reported speech too)
      const sameSentence = dayBefore(own, d.start);
      const day = sameSentence ?? this.lastStatedDay(index);
      if (day) return { ...d, value: shiftDay(day, d.anaphor), ...(sameSentence ? { rule: ANAPHOR_OWN_SENTENCE } : {}) };
      // "At Sedan in September 1870 the Germans captured the emperor. Two days later, ...": counted from an old month
      // with no day, the anaphor falls in that month as near as it can be told (the news's own months are left alone)
      const month = this.lastStated(index, (o, k) => o.precision === 'month' && o.anaphor === undefined && o.period === undefined && !this.describesNoun(k, o));
      return month !== null && this.published !== null && month < this.published.slice(0, 7) && !withinStoryTime(month, this.published) ? { ...d, value: month, precision: 'month' as const } : d;
    });
    this.cache.set(index, found);
    return found;
  }

  /**
   * Parses now, one sentence after another, the dates of these sentences and of the `lookBack` before each (what
   * `carried` and a day anaphor look back at). Parsed one at a time between the coder's other stages, chrono's many
   * large patterns had left the CPU's caches each time: ~190 µs of CPU a sentence on the bench corpus, ~90 in one run.
   * The answers are the same either way (a sentence's dates depend on its text and the publication date only).
   */
  readAhead(indexes: Iterable<number>, lookBack = LOOK_BACK): void {
    const wanted = new Set<number>();
    for (const i of indexes) for (let k = Math.max(0, i - lookBack); k <= i && k < this.sentences.length; k++) wanted.add(k);
    for (const k of [...wanted].sort((a, b) => a - b)) this.stated(k);
  }

  /**
   * Reads ahead what dating events in these sentences will ask for: their own dates first; then, only if some of
   * them state none, what those may carry (the sentence before each) and the story's date (the `lead` sentences).
   * Anything else (a paragraph's date carried further, a day anaphor's day) is read when asked. On 300 bench
   * articles chrono read 5,847 sentences where reading the sentence before every event's and the lead read 6,710.
   */
  readForEvents(sentences: readonly number[], lead: readonly number[]): void {
    this.readAhead(sentences, 0);
    const dateless = sentences.filter((i) => this.stated(i).length === 0);
    if (dateless.length > 0) this.readAhead([...lead, ...dateless], 1);
  }

  /** The sentence's dates as it writes them (a day anaphor not yet resolved), parsed once. */
  stated(index: number): DateMention[] {
    let found = this.statedCache.get(index);
    if (found === undefined) {
      const s = this.sentences[index];
      found = findDates(s.text, s.start, this.published);
      const dateline = this.dateline;
      if (dateline !== null && s.start < dateline.end) found = found.filter((d) => d.end <= dateline.start || d.start >= dateline.end);
      this.statedCache.set(index, found);
    }
    return found;
  }

  /**
   * The date a sentence with none of its own continues: the previous sentence's only date, unless that dates a
   * report. "On Saturday, police barred the marches. Thousands fought battles in the streets." → Saturday.
   * A sentence before with no date at all passes on what it continues, within one paragraph: "In August near
   * Kabul, three attacks left 35 dead. One of them killed a soldier. Another killed three contractors." → August.
   */
  carried(index: number): DateMention | null {
    return this.recentCarried(index, PARAGRAPH_REACH) ?? this.historyCarried(index);
  }

  private recentCarried(index: number, reach: number): DateMention | null {
    if (index === 0) return null;
    const all = this.carriable(index - 1);
    if (all.length === 0 && reach > 1 && this.sameParagraph(index - 1, index)) return this.recentCarried(index - 1, reach - 1);
    // a span after publication ("within 24 hours" read forward) is no date the story's events continue
    const prev = all.filter((d) => d.precision !== 'year' && withinStoryTime(d.value, this.published));
    if (prev.length !== 1) return null;
    const s = this.sentences[index - 1];
    // "have traded fire since October": the start of a stretch dates no later sentence's act
    if (boundsAStretch(s.text, prev[0].start - s.start) || SINCE_BEGAN.test(s.text.slice(0, prev[0].start - s.start))) return null;
    // "The attack came a day after troops killed six militants": the count dates the act after it, earlier than the news
    if (COUNTED_RELATION.test(prev[0].text)) return null;
    // "signed a deal with the EU in July. Saied rejected ...": a month or a week told inside a sentence dates that
    // sentence's act; only one opening the sentence sets the scene for the next ("In August, ..."); a day goes on
    if (prev[0].precision !== 'day' && !opensTheSentence(s.text, prev[0].start - s.start)) return null;
    return datesTheReport(s.text, prev[0].start - s.start, prev[0].end - s.start) ? null : prev[0];
  }

  /**
   * The old date a history goes on with: "On September 17, 1944, paratroopers landed near Arnhem. They seized the
   * bridge." → 1944-09-17, not the day of publication. It carries over dateless sentences, across paragraphs, until a
   * sentence states another date or turns back to the story's own time ("Today the bridge bears his name").
   */
  private historyCarried(index: number): DateMention | null {
    if (this.published === null || this.cued(this.nowCue, index)) return null;
    for (let k = index - 1; k >= Math.max(0, index - HISTORY_REACH); k--) {
      if (this.cued(this.nowCue, k)) return null;
      const all = this.carriable(k);
      if (all.length === 0) continue;
      if (this.cued(this.flashbackCue, k)) return null;
      const s = this.sentences[k];
      const old = this.oldDates(k, all);
      // as in `recentCarried`: a year or month told inside a sentence ("annexed Crimea in 2014") dates that sentence's
      // act only; one opening the sentence ("In 1944, ...") or a day sets the scene for what follows, and so does any
      // old date of a history told date after date (`historyGoesOn`)
      const last = old[old.length - 1];
      if (old.length !== all.length || (last.precision !== 'day' && !opensTheSentence(s.text, last.start - s.start) && !this.historyGoesOn(k))) return null;
      // "condemned the Hamas attack of October 7, 2023": a date that names a past act by its day dates that act only, no
      // history the next sentences go on telling ("On the night of October 6, 1973, ..." opens one)
      if (NAMED_BY_DATE.test(s.text.slice(0, last.start - s.start))) return null;
      return { ...last, rule: HISTORY_CARRIED };
    }
    return null;
  }

  /**
   * A year written out ("1944", "the 1990s") or counted from one ("three years later"), or a day counted from an old
   * day ("two days later"), before the story's time, that dates an act (not a report, not either end of a stretch).
   */
  private oldDates(k: number, all: readonly DateMention[]): DateMention[] {
    const s = this.sentences[k];
    return all.filter((d) => (YEAR.test(d.text) || d.period !== undefined || d.anaphor !== undefined) && d.value < this.published!.slice(0, d.value.length) && !withinStoryTime(d.value, this.published) && !boundsAStretch(s.text, d.start - s.start) && !STRETCH_START.test(s.text.slice(0, d.start - s.start)) && !datesTheReport(s.text, d.start - s.start, d.end - s.start));
  }

  /**
   * "In November 1853 a squadron destroyed the fleet at Sinop. Allied armies landed in Crimea in September 1854. British
   * troops bombarded the forts.": the dated sentence before `k` that tells only of old times is itself the next step of
   * a history, so its date goes on even told inside it; one background sentence in the news ("Russia annexed Crimea in
   * 2014.") dates its own act only.
   */
  private historyGoesOn(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - HISTORY_REACH); j--) {
      if (this.cued(this.nowCue, j) || this.cued(this.flashbackCue, j)) return false;
      const all = this.carriable(j);
      if (all.length === 0) continue;
      const old = this.oldDates(j, all);
      return old.length > 0 && old.length === all.length;
    }
    return false;
  }

  /** The sentence's dates a later sentence may go on with: not a year said of a noun ("since the 2021 coup"), which dates that act only. */
  private carriable(index: number): DateMention[] {
    return this.of(index).filter((d) => d.rule !== YEAR_OF_NOUN_RULE);
  }

  /** The sentence has one of the cue's words outside its quotes ("The bridge now bears his name"). */
  private cued(cue: RegExp | null, index: number): boolean {
    return cue !== null && cue.test(this.sentences[index].text.replace(QUOTED, ' '));
  }

  /** No blank line between the two sentences (known only when the article text was given). */
  private sameParagraph(a: number, b: number): boolean {
    if (this.text === undefined) return false;
    const x = this.sentences[a];
    return !/\n\s*\n/.test(this.text.slice(x.start + x.text.length, this.sentences[b].start));
  }

  /** The last date of the few sentences before `index` that `fits`. */
  private lastStated(index: number, fits: (d: DateMention, sentence: number) => boolean): string | null {
    for (let i = index - 1; i >= Math.max(0, index - ANAPHOR_REACH); i--) {
      const found = this.of(i).filter((d) => fits(d, i));
      if (found.length) return found[found.length - 1].value;
    }
    return null;
  }

  /** The last day-precise, non-anaphoric date of the few sentences before `index`. */
  private lastStatedDay(index: number): string | null {
    for (let i = index - 1; i >= Math.max(0, index - ANAPHOR_REACH); i--) {
      const days = this.of(i).filter((d) => d.precision === 'day' && d.anaphor === undefined && !this.describesNoun(i, d));
      if (days.length) return days[days.length - 1].value;
    }
    return null;
  }

  /**
   * "Boluarte, who took office in December 2022, had few allies. The vote came a day after gunmen opened fire": a date
   * inside a relative clause set off by commas tells its noun's past, no day the story goes on counting from.
   */
  private describesNoun(index: number, d: DateMention): boolean {
    const s = this.sentences[index];
    const before = s.text.slice(0, d.start - s.start);
    const opened = before.search(/,\s+(?:who|which|whose|whom)\s[^,]*$/i);
    return opened >= 0 && s.text.slice(d.end - s.start).includes(',');
  }
}

/** A pattern for any of these words or phrases, whole (null for none). */
function wordsPattern(words: readonly string[]): RegExp | null {
  return words.length > 0 ? new RegExp(`\\b(?:${words.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i') : null;
}

/** The last day-precise, non-anaphoric date of a sentence that ends before `start`. */
function dayBefore(dates: readonly DateMention[], start: number): string | null {
  const days = dates.filter((d) => d.precision === 'day' && d.anaphor === undefined && d.end <= start);
  return days.length ? days[days.length - 1].value : null;
}

/** The date stands in the sentence's opening words ("In August near Kabul, ...", "Last June, ..."). */
function opensTheSentence(sentence: string, start: number): boolean {
  return OPENING_WORDS.test(sentence.slice(0, start));
}

// "the attack of", "the coup of": an act's noun naming it by the date after it (not a time's: "on the night of")
const NAMED_BY_DATE = /\b(?!(?:night|morning|evening|afternoon|day|eve|dawn|dusk|weekend|week|hours?|early\s+hours)\s+of\b)[a-z]+\s+of\s+$/;
// a year written with its four digits ("1944", "September 17, 1944", "the 1990s")
const YEAR = /\b\d{4}s?\b/;
// "killed since the protests began on October 21": the day a stretch began, told in its "since" clause, dates no act after
const SINCE_BEGAN = /\bsince\s+(?:[\w'’-]+\s+){1,5}(?:began|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$/i;
// "starting in June 2005", "from 1990": the start of a stretch that goes on after it
const STRETCH_START = /\b(?:starting|beginning|from)\s+(?:in\s+)?$/i;
// a quotation, whose tense is its speaker's then
const QUOTED = /"[^"]*"|“[^”]*”/g;

// at most two words before the date, with no comma: "In", "Earlier in", "Late last"
const OPENING_WORDS = /^\W*(?:[A-Za-z]+\s+){0,2}$/;

// a stretch counted before or after another act ("two weeks after", date-phrases.ts durationRelations)
const COUNTED_RELATION = /\s(?:after|before)$/i;

/**
 * A date the story's events can continue: not after publication ("would allow for 90 days until the vote" is a
 * plan) and not more than a year before it ("alliances signed starting in June 2005" is history).
 */
function withinStoryTime(value: string, published: string | null): boolean {
  if (published === null) return true;
  const day = published.slice(0, 10);
  const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return value.slice(0, 10) <= day && value >= yearBefore.slice(0, value.length);
}

