import type { AnalyzedText, Sentence } from '../nlp/types.ts';
import type { QuoteSpan, ReportingFrame } from './frames.ts';

/**
 * The frame that reports the trigger: the innermost reporting frame around it, or the quotation it
 * sits in (whose speaker may be named in the sentence, or carried over from the previous quote:
 * “Iran is planning an attack,” Trump wrote. “If this happens, Iran will pay.”).
 */
export function chooseFrame(
  head: number, frames: readonly ReportingFrame[], quotes: readonly QuoteSpan[],
  quoteSpeakers: Map<number, ReportingFrame>, doc: AnalyzedText, sentence: Sentence,
): { frame: ReportingFrame | null; quote: { text: string; span: [number, number] } | null } {
  // nested reporting: the innermost speaker is the one whose frame opens last, "Pakistan is accusing India of
  // killing two officers, Reuters reported" (the killing is Pakistan's claim, which Reuters reports)
  const inner = frames
    .filter((f) => f.from <= head && head < f.to)
    .sort((a, b) => b.from - a.from || (a.to - a.from) - (b.to - b.from))[0] ?? null;
  const qi = quotes.findIndex((q) => q.fromToken <= head && head < q.toToken);
  if (qi < 0) return { frame: inner, quote: null };
  const q = quotes[qi];
  const quote = { text: doc.text.slice(q.start, q.end), span: [q.start, q.end] as [number, number] };
  // (a frame over the whole quotation is its speaker's, not one opened by a verb inside it: '"... soldiers who said they
  // would crush us, and we will march," the students said')
  const encloses = (f: ReportingFrame) => f.from < q.fromToken && f.to >= q.toToken - 1;
  const named = frames.find((f) => f.speaker && (f.to <= q.fromToken + 1 || f.from >= q.toToken - 1 || encloses(f) || f.rule === 'provenance:quote-then-speaker'));
  const previous = quoteSpeakers.get(qi - 1);
  // a quote running over several sentences is judged from the sentence it opens in:
  // “If she fails, we will return. She must stop it.” — the second sentence is still the senator's
  const opens = doc.tokens[q.fromToken]?.sentence ?? sentence.index;
  // a speaker named in this sentence wins; then the speaker found for this quote in an earlier sentence;
  // a quote that continues the previous one keeps its speaker
  const frame = named ?? inner ?? quoteSpeakers.get(qi) ?? (previous && doc.tokens[quotes[qi - 1].toToken]?.sentence >= opens - 1 ? previous : null);
  if (frame) quoteSpeakers.set(qi, frame);
  return { frame, quote };
}

/**
 * Records the speaker of each quotation that closes in this sentence, whether or not the sentence codes an
 * event, so that a quote continuing it keeps its speaker:
 * “We give her 24 hours,” the senator said. “If she fails, we will be back. She must stop supporting them.”
 * A quotation that is a sentence of its own, right after a sentence naming a speaker, is that speaker's:
 * Ms. Lin tells VOA she is worried. “They must keep pressing the regime to free them.”
 */
export function noteQuoteSpeakers(
  frames: readonly ReportingFrame[], before: readonly ReportingFrame[], quotes: readonly QuoteSpan[],
  quoteSpeakers: Map<number, ReportingFrame>, doc: AnalyzedText, sentence: Sentence,
): void {
  const introduced = [...before].reverse().find((f) => f.speaker && f.certainty !== 'denied');
  quotes.forEach((q, qi) => {
    const opensHere = q.fromToken - 1 === sentence.tokenStart;
    const closing = doc.tokens[q.toToken];
    const endsSentence = !closing || doc.tokens[q.toToken + 1]?.sentence !== closing.sentence || doc.tokens[q.toToken + 1]?.pos === 'PUNCT';
    const namedInside = frames.some((f) => f.speaker && f.from <= q.fromToken + 1 && f.to >= q.toToken - 1 && f.rule !== 'provenance:according-to');
    if (introduced && opensHere && endsSentence && !namedInside && !quoteSpeakers.has(qi)) quoteSpeakers.set(qi, introduced);
    const last = q.toToken - 1;
    if (last >= sentence.tokenStart && last < sentence.tokenEnd && last >= q.fromToken && !quoteSpeakers.has(qi)) chooseFrame(last, frames, quotes, quoteSpeakers, doc, sentence);
  });
}
