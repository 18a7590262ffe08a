import type { Token } from '../nlp/types.ts';
import type { SentenceContext } from './context.ts';

/** The noun of kinship or alliance (data/lexicon/kin-nouns.tsv) after "'s" (and an adjective) past the phrase ending at `last`. */
export function ownersRelative(ctx: SentenceContext, last: number): Token | undefined {
  const t = ctx.doc.tokens;
  const apostrophe = /^['’]s$/.test(t[last + 1]?.text ?? '');
  if (!apostrophe && !/['’]s$/.test(t[last].text)) return undefined;
  const k = apostrophe ? last + 2 : last + 1;
  const noun = t[k]?.pos === 'ADJ' ? t[k + 1] : t[k];
  return noun !== undefined && noun.sentence === t[last].sentence && ctx.kb.lexicon.kinNouns.has(noun.lemma) ? noun : undefined;
}
