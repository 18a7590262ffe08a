import type { SentenceContext } from './context.ts';

/**
 * A past participle between a determiner or preposition and the noun it modifies: "supporters of jailed Kremlin
 * critic Alexei Navalny", "the detained activists", "for abducted children". It describes the noun; who did it
 * is not said there.
 */
export function prenominalParticiple(ctx: SentenceContext, head: number): boolean {
  const t = ctx.doc.tokens;
  const before = t[head - 1];
  const after = t[head + 1];
  if (!before || !after || before.sentence !== t[head].sentence || after.sentence !== t[head].sentence) return false;
  const opens = before.pos === 'DET' || before.pos === 'ADP' && before.lower !== 'by';
  return opens && /ed$/.test(t[head].lower) && (after.pos === 'NOUN' || after.pos === 'PROPN');
}
