import type { Token } from '../nlp/types.ts';
import irregularVerbs from 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js';

/**
 * Base forms a word may have, beyond the lemmatiser's answer, which is sometimes wrong or missing
 * ("staged" → "stag", "abducted" tagged as an adjective and left alone, "Troops" not lemmatised):
 * "staged" → stage, "stopped" → stop, "abducted" → abduct, "carries" → carry, "strikes" → strike,
 * "shot" → shoot, "retaken" → retake (WordNet's irregular verb forms, from the wink model).
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
  // "shot", "retaken", "fought" read as nouns keep no verb lemma: WordNet's irregular forms give it
  if (Object.hasOwn(irregularVerbs, w)) out.add(irregularVerbs[w]);
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

/**
 * The base forms of a document's tokens by index, for the trigger matcher, which asks for every token
 * of every pattern window: an array read instead of a WeakMap lookup each time.
 */
export class FormTable {
  private readonly forms: Array<string[] | undefined> = [];

  constructor(private readonly tokens: readonly Token[]) {}

  at(i: number): string[] {
    return (this.forms[i] ??= baseForms(this.tokens[i]));
  }
}

const tables = new WeakMap<readonly Token[], FormTable>();

/** The form table of a document's token array (one per array, made on first use). */
export function formTable(tokens: readonly Token[]): FormTable {
  let table = tables.get(tokens);
  if (!table) tables.set(tokens, (table = new FormTable(tokens)));
  return table;
}
