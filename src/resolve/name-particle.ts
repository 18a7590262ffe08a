import type { AnalyzedText } from '../nlp/types.ts';
import { tokenAt } from './token-map.ts';

// the particles of Arabic names: "Abdullah al-Ani", "Hamad bin Khalifa", "Ali el-Sayed", "Ahmed ould Abdallah"
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'ould', 'ag']);

/**
 * "Shaikh Abdullah al-Ani": a one-word alias of a known person ("Abdullah", Saudi Arabia's king) followed by a name
 * particle is the given name of someone else.
 */
export function beforeNameParticle(doc: AnalyzedText, start: number, end: number): boolean {
  const i = tokenAt(doc, start);
  if (doc.tokens[i]?.end !== end) return false;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.sentence === doc.tokens[i].sentence && NAME_PARTICLES.has(next.lower) && /^[-\s]*[A-Z]/.test(doc.text.slice(next.end, next.end + 3));
}
