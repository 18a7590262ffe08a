import type { AnalyzedText } from '../nlp/types.ts';
import type { SpeakerTurn } from '../nlp/speaker-labels.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { tokenAt } from '../resolve/token-map.ts';
import { findQuotes, type QuoteSpan, type ReportingFrame } from './frames.ts';

export const SPEAKER_TURN_RULE = 'provenance:speaker-turn';
export const QUESTIONER_TURN_RULE = 'provenance:questioner-turn';
const HONORIFIC = /^(?:(?:mr|ms|mrs|dr|sen|rep|amb|gen)\.?|the)\s+/i;

/**
 * A transcript's turn is a quotation of its labelled speaker (nlp/speaker-labels.ts): what the turn says is the
 * speaker's, and its "we" is the speaker, as in a quote closed by "the spokesman said". The speaker is the person the
 * text introduced by that surname ("State Department spokesperson Matthew Miller" for "MR MILLER"), else the label
 * as written. A questioner's turn is told by no one the story is about. Returns the text's quotations with the turns
 * among them, in order, and the speakers known so far by quotation index (the turns'; `chooseFrame` adds the rest).
 */
export function articleQuotes(doc: AnalyzedText, turns: readonly SpeakerTurn[], phrases: readonly ActorPhrase[], isOutlet: (label: string) => boolean = () => false): { quotes: QuoteSpan[]; speakers: Map<number, ReportingFrame> } {
  const quotes = findQuotes(doc), speakers = new Map<number, ReportingFrame>();
  if (turns.length === 0) return { quotes, speakers };
  // "A:" answers for the person the introduction says was interviewed; with none named, the turn is no one's
  const interviewee = turns.some((t) => t.anonymous) ? intervieweeOf(doc.text, turns[0].nameStart, phrases) : null;
  const spans = turns.filter((t) => !t.anonymous || interviewee !== null).map((turn) => {
    const fromToken = tokenAt(doc, turn.bodyStart), toToken = tokenAt(doc, turn.bodyEnd - 1) + 1;
    return { turn, span: { fromToken, toToken, start: turn.bodyStart, end: turn.bodyEnd } };
  });
  // a turn before the quotations inside it, so a word in both is the turn's unless its own sentence names a speaker
  const all = [...quotes, ...spans.map((s) => s.span)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const { turn, span } of spans) {
    // "AFP:", "Reuters:", "Al Jazeera:": a news outlet's label at a press conference is a journalist's question
    const frame: ReportingFrame = turn.questioner || isOutlet(turn.name)
      ? { from: span.fromToken, to: span.toToken, speaker: null, verb: 'asked', certainty: 'claimed', quote: null, rule: QUESTIONER_TURN_RULE }
      : { from: span.fromToken, to: span.toToken, speaker: turn.anonymous && interviewee ? interviewee : labelledSpeaker(doc.text, turn, phrases), verb: 'said', certainty: 'claimed', quote: null, rule: SPEAKER_TURN_RULE };
    speakers.set(all.indexOf(span), frame);
  }
  return { quotes: all, speakers };
}

/**
 * The person the label names: the first mention before the turn ending in the label's last word ("Matthew Miller"
 * for "MR MILLER") or holding the label's title, or a title the label's name follows ("Foreign Ministry Spokesperson" before "Mao Ning"), else
 * the label itself.
 */
function labelledSpeaker(text: string, turn: SpeakerTurn, phrases: readonly ActorPhrase[]): ActorPhrase {
  const words = turn.name.replace(HONORIFIC, '').split(/\s+/);
  const surname = words[words.length - 1].toLowerCase(), said = words.join(' ').toLowerCase();
  for (const p of phrases) {
    if (p.start >= turn.nameStart) break;
    if (p.locative || !(p.kind === 'person' || p.kind === 'named' || p.kind === 'role')) continue;
    const last = p.text.split(/\s+/).pop()!.toLowerCase().replace(/['’]s?$/, '');
    // (a label that is the title of a named holder: "THE PRIME MINISTER" for "Prime Minister Keir Starmer"; a bare
    // "prime minister" in the headline names no one)
    const holder = p.kind !== 'role' || p.text.split(/\s+/).length > words.length;
    if (holder && (last === surname || words.length > 1 && ` ${p.text.toLowerCase()} `.includes(` ${said} `))) return p;
    const after = /^\s+/.exec(text.slice(p.end, p.end + 3))?.[0].length ?? -1;
    if (p.kind === 'role' && after > 0 && text.slice(p.end + after, p.end + after + said.length).toLowerCase() === said) {
      const end = p.end + after + said.length;
      return { ...p, end, text: text.slice(p.start, end), name: text.slice(p.start, end), rule: `${p.rule}+actor:speaker-label` };
    }
  }
  const name = words.map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  return {
    start: turn.nameStart, end: turn.nameStart + turn.name.length, text: turn.name, name, code: null, kind: 'named',
    plural: false, entry: null, locative: false, rule: 'actor:speaker-label',
  };
}

// the words before the person an interview is with: "spoke with", "an interview with", "interviewed", "sat down with"
const INTERVIEWED_BEFORE = /\b(?:with|interviewed|to)\s+$/i;

/**
 * The person an interview's introduction (the text before its first turn) names as interviewed: the person after "spoke
 * with", "an interview with", "interviewed" ("VOA spoke with Foreign Minister X"), else the one person it names.
 */
function intervieweeOf(text: string, firstTurn: number, phrases: readonly ActorPhrase[]): ActorPhrase | null {
  const people = phrases.filter((p) => p.end <= firstTurn && !p.locative && (p.kind === 'person' || p.roleKind === 'person'));
  const named = people.find((p) => INTERVIEWED_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start).replace(/\b(?:the|an?)\s+$/i, '')));
  return named ?? (new Set(people.map((p) => p.code ?? p.name)).size === 1 ? people[0] : null);
}
