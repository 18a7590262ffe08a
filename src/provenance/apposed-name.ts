import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';
import { isCalendarWord } from '../nlp/calendar.ts';

// what may stand between the comma and the title: "a spokesman", "a senior police spokesman", "the group's leader"
const TITLE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);
const MAX_TITLE_WORDS = 5;
const MODIFIERS = new Set(['DET', 'ADJ', 'VERB', 'PROPN']);
const MAX_NAME_WORDS = 5;

/**
 * A speaker named, then described by a title in apposition: "Roberto Diaz, a spokesman for the state police,
 * said ...", "Lanan, a spokesperson for the rebels, confirmed the fighting", "..., Amina Yusuf, the camp's
 * director, told reporters". The subject search finds the title word (a role phrase, "spokesman"); the person who
 * speaks is the name before the comma. The name is the actor phrase there, else the capitalised words themselves
 * (a person no gazetteer knows). Null when the title has no name before it.
 */
export function apposedName(ctx: SentenceContext, title: ActorPhrase): ActorPhrase | null {
  if (!isPersonTitle(ctx, title)) return null;
  const t = ctx.doc.tokens;
  let i = firstTokenOf(ctx, title) - 1;
  // "Mahn Mahn, the Karen National Union (KNU) spokesman told": a parenthesised acronym is part of the title
  for (let n = 0; i > ctx.sentence.tokenStart && t[i].text !== ',' && n < MAX_TITLE_WORDS; i--) {
    if (t[i].text === ')' || t[i].text === '(' || t[i + 1]?.text === ')' && t[i - 1]?.text === '(') continue;
    if (!TITLE_WORDS.has(t[i].pos)) return null;
    n++;
  }
  if (t[i]?.text !== ',' || i <= ctx.sentence.tokenStart) return null;
  const last = i - 1;
  let first = last;
  while (first - 1 >= ctx.sentence.tokenStart && t[first - 1].pos === 'PROPN' && last - first < MAX_NAME_WORDS) first--;
  if (t[last].pos !== 'PROPN') return null;
  // the name opens the sentence or its own comma-set phrase: "Lanan, a spokesperson", "..., Roberto Diaz, a spokesman"
  const opens = first === ctx.sentence.tokenStart || t[first - 1].text === ',';
  if (!opens) return null;
  const phrase = ctx.phraseAt.get(first);
  const name = phrase && phrase.start === t[first].start && phrase.end === t[last].end ? phrase : plainSpeaker(t, first, last + 1);
  // "Ahmed Ali, a Houthi spokesman", "X, the KNU spokesman": a name no code vouches for speaks for the group its
  // title names (the title's own code, else a group or organisation named among the title's words)
  const group = title.code !== null ? title : titleGroup(ctx, i + 1, firstTokenOf(ctx, title));
  return name.code === null && group ? { ...name, code: group.code, entry: group.entry, kind: 'person' } : name;
}

/**
 * "Ali Musa, the interior minister, said", "The interior minister, Ali Musa, said": a name no code vouches for, with a
 * person's title set off beside it by commas, holds that title: its code, else its role for the story's country to
 * complete as it completes the title's own (core/actor-ref.ts withContextCountry).
 */
export function nameWithApposedTitle(ctx: SentenceContext, name: ActorPhrase): ActorPhrase {
  if (name.code !== null || name.kind !== 'named' && name.kind !== 'person') return name;
  const t = ctx.doc.tokens;
  const first = firstTokenOf(ctx, name);
  let last = first;
  while (last + 1 < ctx.sentence.tokenEnd && t[last + 1].end <= name.end) last++;
  const after = t[last + 1]?.text === ',' ? setOffTitle(ctx, last + 2) : null;
  const title = after ?? (t[first - 1]?.text === ',' ? openingTitle(ctx, first - 2) : null);
  if (!title) return name;
  if (title.code !== null) return { ...name, code: title.code, entry: title.entry, kind: 'person' };
  return title.roleCode ? { ...name, kind: 'role', roleKind: 'person', roleCode: title.roleCode } : name;
}

// ("the interior minister" set off after a name is read as a definite anaphor of a person's role: its role is the title)
const isRoleTitle = (p: ActorPhrase | undefined): p is ActorPhrase => p !== undefined && (p.kind === 'role' || p.kind === 'anaphor') && p.roleKind === 'person' && p.roleCode !== undefined;

/** ", the interior minister," after a name: a person's role from token `k` (or the word after its article) to a comma. */
function setOffTitle(ctx: SentenceContext, k: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  const title = ctx.phraseAt.get(k) ?? (t[k]?.pos === 'DET' ? ctx.phraseAt.get(k + 1) : undefined);
  if (!isRoleTitle(title)) return null;
  const next = t.find((x, i) => i >= k && x.start >= title.end);
  return next?.text === ',' ? title : null;
}

/** "The interior minister," opening the sentence before a name: a person's role ending at token `k`. */
function openingTitle(ctx: SentenceContext, k: number): ActorPhrase | null {
  const title = ctx.phraseAt.get(k);
  if (!isRoleTitle(title) || title.end !== ctx.doc.tokens[k].end) return null;
  const opening = firstTokenOf(ctx, title);
  const before = ctx.doc.tokens[opening - 1];
  const opens = opening === ctx.sentence.tokenStart || before?.text === ',' || before?.pos === 'DET' && opening - 1 === ctx.sentence.tokenStart;
  return opens ? title : null;
}

/** A group or organisation named among tokens [from, to) of a title: "the Karen National Union (KNU) spokesman". */
function titleGroup(ctx: SentenceContext, from: number, to: number): ActorPhrase | null {
  for (let k = from; k < to; k++) {
    const p = ctx.phraseAt.get(k);
    if (p && p.code !== null && (p.kind === 'group' || p.kind === 'organization')) return p;
  }
  return null;
}

/** A title a person holds: a person role ("spokesman"), or a group's or country's phrase ending in one ("Houthi spokesman"). */
function isPersonTitle(ctx: SentenceContext, title: ActorPhrase): boolean {
  if (title.kind === 'role') return title.roleKind === 'person';
  if (title.kind !== 'group' && title.kind !== 'organization' && title.kind !== 'country' && title.kind !== 'person') return false;
  const last = ctx.doc.tokens.find((x) => x.end === title.end);
  return last !== undefined && last.start > title.start && ctx.kb.roles.lookup(last.lower).some((r) => r.kind === 'person');
}

/**
 * The same apposition when the subject search skipped it as a parenthesis and found nothing: "Lanan, a
 * spokesperson for the Kachin Independence Organization, confirmed the fighting" (verb right after the closing
 * comma). The title is the first person-role phrase between the two commas.
 */
export function nameBeforeApposition(ctx: SentenceContext, verb: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let close = verb - 1;
  while (close > ctx.sentence.tokenStart && t[close].pos === 'ADV') close--;
  if (t[close]?.text !== ',') return null;
  for (let i = close - 1; i > ctx.sentence.tokenStart && close - i <= MAX_TITLE_WORDS + 6 && t[i].text !== ','; i--) {
    const p = ctx.phraseAt.get(i);
    const previous = ctx.phraseAt.get(i - 1);
    if (p && p !== previous && p.kind === 'role' && p.roleKind === 'person') return apposedName(ctx, p);
  }
  return null;
}

/**
 * A title the gazetteer knows, then a name it does not, right before the reporting verb: "Colonel Paul Njoroge
 * told VOA", "AMISOM spokesman Lieutenant Colonel Wilson Rono said", "Police chief Hamza Bello said". The speaker
 * phrase stops at the title; it is stretched over the capitalised words up to the verb, keeping its code, and
 * named by them. A weekday is no name ("the ministry Friday said").
 */
export function titledName(ctx: SentenceContext, subject: ActorPhrase, verb: number): ActorPhrase {
  const t = ctx.doc.tokens;
  let last = verb - 1;
  while (last > ctx.sentence.tokenStart && t[last].pos === 'ADV') last--;
  let first = last;
  while (first > ctx.sentence.tokenStart && t[first].pos === 'PROPN' && !isCalendarWord(t[first].text) && t[first].start >= subject.end) first--;
  first++;
  if (first > last || t[first - 1].end !== subject.end || ctx.phraseAt.has(first)) return subject;
  const name = plainSpeaker(t, first, last + 1);
  const whole = plainSpeaker(t, firstTokenOf(ctx, subject), last + 1);
  return { ...subject, end: whole.end, text: whole.text, name: name.text };
}

function firstTokenOf(ctx: SentenceContext, p: ActorPhrase): number {
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (ctx.doc.tokens[i].end > p.start) return i;
  return ctx.sentence.tokenEnd;
}

/**
 * "A spokesman for the RSF told reporters", "a spokeswoman for the ministry said", "the spokesman of the Taliban
 * said": a bare title with a "for"/"of" group speaks for that group. The speaker's words run from the title over
 * the group, with the group's name and code (an anaphor group, "the rebels", keeps the title's kind and no code).
 */
export function titleForGroup(ctx: SentenceContext, title: ActorPhrase): ActorPhrase | null {
  if (title.kind !== 'role' || title.roleKind !== 'person' || title.code !== null) return null;
  const t = ctx.doc.tokens;
  const after = t.findIndex((x) => x.start >= title.end);
  if (after < 0 || !['for', 'of'].includes(t[after].lower) || t[after].sentence !== t[firstTokenOf(ctx, title)].sentence) return null;
  // the group's own modifiers may come first: "for the Kurdish-led SDF", "for the outlawed Muslim Brotherhood"
  let k = after + 1;
  // (never past the verb the title is the subject of: '"...," a resident of Goma told Reuters' speaks for no Reuters)
  while (k < after + 5 && t[k] && !ctx.phraseAt.has(k) && (MODIFIERS.has(t[k].pos) && !ctx.kb.lexicon.reporting.has(t[k].lemma) || t[k].text === '-' || /^(led|backed)$/.test(t[k].lower))) k++;
  const group = ctx.phraseAt.get(k);
  if (!group || group.locative && group.kind !== 'country' || group.end < t[k].end) return null;
  const text = ctx.doc.text.slice(title.start, group.end);
  if (group.kind === 'anaphor') return group.refersTo === 'group' ? { ...title, end: group.end, text, name: text } : null;
  if (group.code === null || group.kind === 'person' || group.kind === 'named') return null;
  return { ...group, start: title.start, text, locative: false, prep: null };
}
