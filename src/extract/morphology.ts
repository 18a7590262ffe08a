import type { Token } from '../nlp/types.ts';

/**
 * Base forms a word may have, beyond the lemmatiser's answer, which is sometimes wrong or missing
 * ("staged" → "stag", "abducted" tagged as an adjective and left alone, "Troops" not lemmatised):
 * "staged" → stage, "stopped" → stop, "abducted" → abduct, "carries" → carry, "strikes" → strike.
 */
export function baseForms(token: Token): string[] {
  let forms = cache.get(token);
  if (!forms) cache.set(token, (forms = computeBaseForms(token)));
  return forms;
}

// tokens are asked for their forms once per pattern step: remember the answer per token object
const cache = new WeakMap<Token, string[]>();

function computeBaseForms(token: Token): string[] {
  const w = token.lower;
  const out = new Set([token.lemma, w]);
  if (w.length <= 3) return [...out];
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    out.add(stem);
    out.add(`${stem}e`);
    if (/([bdgklmnprt])\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.add(stem);
    out.add(`${stem}e`);
    if (/([bdgklmnprt])\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
  return [...out];
}
