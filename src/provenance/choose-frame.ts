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
  const inner = frames
    .filter((f) => f.from <= head && head < f.to)
    .sort((a, b) => (a.to - a.from) - (b.to - b.from))[0] ?? null;
  const qi = quotes.findIndex((q) => q.fromToken <= head && head < q.toToken);
  if (qi < 0) return { frame: inner, quote: null };
  const q = quotes[qi];
  const quote = { text: doc.text.slice(q.start, q.end), span: [q.start, q.end] as [number, number] };
  const named = frames.find((f) => f.speaker && (f.to <= q.fromToken + 1 || f.from >= q.toToken - 1 || f.rule === 'provenance:quote-then-speaker'));
  const previous = quoteSpeakers.get(qi - 1);
  // a speaker named in this sentence wins; a quote that continues the previous one keeps its speaker
  const frame = named ?? inner ?? (previous && doc.tokens[quotes[qi - 1].toToken]?.sentence >= sentence.index - 1 ? previous : null);
  if (frame) quoteSpeakers.set(qi, frame);
  return { frame, quote };
}
