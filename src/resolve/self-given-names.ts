import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { slugOf } from './unknown-names.ts';

export const SELF_GIVEN_NAME_RULE = 'actor:self-given-name';

// "A group of officers calling itself the National Committee for the Salvation of the People said it had deposed the
// president": the description introduces a body and the name after "calling itself", "known as", "which calls itself"
// (data/lexicon/clause-cues.tsv rows of self-naming) is what that body is called. The description is then the name's
// actor: it keeps the description's side (officers are an army's) or, for a bare "a group", becomes a group by that
// name; the name's own words (often split at "for", "of", "and" into pieces no gazetteer knows) are the same actor,
// so a speaker read from them and an "it" taking the description up both carry the name.

// words that join a body's name's capitalised words ("for the", "of", "and", French "de la")
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'in', 'to', 'on', '-', "'s", '’s']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
// between the description and the cue: nothing, a comma, or a relative pronoun ("a faction, which calls itself")
const DESCRIPTION_GAP = /^\s*,?\s*(?:(?:which|who|that)\s+)?$/i;
const REFLEXIVE = /^(itself|themselves)$/i;

interface SelfGivenName { readonly cueStart: number; readonly cueEnd: number; readonly start: number; readonly end: number; readonly plural: boolean | null }

/** The phrases with each description that names itself carrying that name, and the name's words as the same actor. */
export function withSelfGivenNames(doc: AnalyzedText, phrases: readonly ActorPhrase[], cues: ReadonlySet<string>, bodyNouns: ReadonlySet<string>): ActorPhrase[] {
  if (cues.size === 0) return [...phrases];
  let out = [...phrases];
  for (const named of selfGivenNames(doc, cues)) {
    const found = describedBefore(doc, out, named.cueStart, bodyNouns);
    if (!found) continue;
    const [description, replaced] = found;
    const text = doc.text.slice(named.start, named.end);
    const whole = out.find((p) => p.start === named.start && p.end === named.end && p.code !== null && p.entry !== null);
    const plural = named.plural ?? description.plural;
    const identity = whole
      ? { name: whole.name, code: whole.code, kind: whole.kind, entry: whole.entry, roleKind: whole.roleKind, roleCode: whole.roleCode }
      : description.code !== null || description.roleCode !== undefined
        ? { name: text, code: description.code, kind: description.kind === 'anaphor' ? 'group' as const : description.kind, entry: description.entry, roleKind: description.roleKind, roleCode: description.roleCode }
        : { name: text, code: slugOf(text), kind: 'group' as const, entry: null, roleKind: undefined, roleCode: undefined };
    const renamed: ActorPhrase = { ...description, ...identity, plural, refersTo: undefined, rule: SELF_GIVEN_NAME_RULE };
    const nameItself: ActorPhrase = { ...renamed, start: named.start, end: named.end, text, locative: false, prep: null };
    // (the reflexive "itself" of the cue and the name's pieces are no actors of their own)
    out = out.filter((p) => p !== replaced && (p.end <= named.cueStart || p.start >= named.end));
    out.push(renamed, nameItself);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every cue in the text followed by a capitalised name: the cue's span, the name's span, and the number the reflexive says. */
function selfGivenNames(doc: AnalyzedText, cues: ReadonlySet<string>): SelfGivenName[] {
  const found: SelfGivenName[] = [];
  const tokens = doc.tokens;
  const longest = Math.max(...[...cues].map((c) => c.split(' ').length));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = longest; n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (words.length < n || words.some((w) => w.sentence !== tokens[i].sentence) || !cues.has(words.map((w) => w.lower).join(' '))) continue;
      const name = nameAfter(tokens, i + n);
      if (name) {
        const reflexive = words.find((w) => REFLEXIVE.test(w.text));
        found.push({ cueStart: tokens[i].start, cueEnd: words[n - 1].end, ...name, plural: reflexive ? reflexive.lower === 'themselves' : null });
      }
      break;
    }
  }
  return found;
}

/** The capitalised name from token k (an opening "the" and quotes skipped, joining words kept between capitals). */
function nameAfter(tokens: readonly Token[], k: number): { start: number; end: number } | null {
  const sentence = tokens[k - 1]?.sentence;
  let i = k;
  while (tokens[i] && tokens[i].sentence === sentence && (QUOTES.has(tokens[i].text) || tokens[i].lower === 'the')) i++;
  let last = -1;
  for (let j = i; tokens[j] && tokens[j].sentence === sentence; j++) {
    if (/^\p{Lu}/u.test(tokens[j].text) && !QUOTES.has(tokens[j].text)) last = j;
    else if (!NAME_JOINERS.has(tokens[j].lower) || last < 0) break;
  }
  return last < 0 ? null : { start: tokens[i].start, end: tokens[last].end };
}

/**
 * The description right before the cue that the name is given to: a role ("soldiers", "army officers"), a group
 * description ("the rebels"), or a bare collective noun of `bodyNouns` no gazetteer read ("a group", "a faction"). A
 * person's or a known body's name before "known as" is no description: its other name is a nickname. Returns the
 * description and the phrase it replaces (null for a bare noun no phrase had).
 */
function describedBefore(doc: AnalyzedText, phrases: readonly ActorPhrase[], cueStart: number, bodyNouns: ReadonlySet<string>): [ActorPhrase, ActorPhrase | null] | undefined {
  const sentence = doc.sentences.find((s) => s.start <= cueStart && cueStart < s.end);
  if (!sentence) return undefined;
  const before = phrases.filter((p) => p.end <= cueStart && p.start >= sentence.start && !p.locative).pop();
  if (before && DESCRIPTION_GAP.test(doc.text.slice(before.end, cueStart))) {
    if (!(before.kind === 'role' || before.kind === 'anaphor' && before.refersTo === 'group')) return undefined;
    // ("a group of army officers", "a faction of the army": the collective noun opens the description, the side is the members')
    const opener = new RegExp(`\\b(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}?([a-z]+)\\s+of\\s+(?:the\\s+)?$`, 'i').exec(doc.text.slice(sentence.start, before.start));
    if (!opener || !bodyNouns.has(opener[1].toLowerCase())) return [before, before];
    const start = sentence.start + opener.index;
    return [{ ...before, start, text: doc.text.slice(start, before.end) }, before];
  }
  const bare = new RegExp(`\\b(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}?([a-z]+)${DESCRIPTION_GAP.source.slice(1)}`, 'i').exec(doc.text.slice(sentence.start, cueStart));
  if (!bare || !bodyNouns.has(bare[1].toLowerCase())) return undefined;
  const start = sentence.start + bare.index;
  const text = bare[0].replace(/[\s,]+(?:(?:which|who|that)\s*)?$/i, '');
  if (phrases.some((p) => p.end > start && p.start < start + text.length)) return undefined;
  return [{ start, end: start + text.length, text, name: text, code: null, kind: 'anaphor', plural: false, entry: null, refersTo: 'group', locative: false, rule: SELF_GIVEN_NAME_RULE }, null];
}
