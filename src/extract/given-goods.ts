import type { SentenceContext } from './context.ts';

export const GIVEN_GOODS_RULE = 'roles:given-goods-subject';

/**
 * "Food and medicine supplied by Qatar arrived in Gaza", "Vaccines donated by Japan were distributed in Hanoi": goods
 * described by a giving participle (data/lexicon/giving-participles.tsv) and the subject of the sentence's verb are
 * what the sentence tells of, so their giving is the news (PLOVER AID), not a description of the noun as "areas seized
 * by the rebels" is. Goods that are an object ("received tanks supplied by Poland") are the receiving verb's
 * (tree-roles/recipient-subject.ts).
 */
export function givenGoodsSubject(ctx: SentenceContext, participle: number): boolean {
  const tree = ctx.tree();
  if (tree.label(participle) !== 'acl' || !ctx.kb.lexicon.givingParticiples.has(ctx.doc.tokens[participle].lemma)) return false;
  const goods = tree.head(participle);
  return goods >= 0 && (tree.base(goods) === 'nsubj' || tree.label(goods) === 'nsubj:pass');
}
