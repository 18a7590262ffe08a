import { analyze, type WordKnowledge } from '../nlp/analyze.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import { retagDescribingParticiples } from '../extract/describing-participle.ts';
import type { Knowledge } from '../knowledge/types.ts';

/** What the tagger is told of words by the knowledge base (nlp/analyze.ts `WordKnowledge`), made once per coder. */
export function wordKnowledgeOf(kb: Knowledge): WordKnowledge {
  const known = (w: string) => kb.actors.lookup(w).some((e) => e.kind !== 'blocker');
  return {
    hyphenTitles: kb.lexicon.hyphenTitles,
    isName: known,
    tenureAdjectives: kb.lexicon.tenureAdjectives,
    commonWordNames: kb.lexicon.commonWordNames,
    // a nationality or a country ("German", "Sudan") or a title ("President", "army chief" opens with "army")
    opensOffice: (w) => kb.actors.lookup(w).some((e) => e.kind === 'country') || kb.roles.startsPhrase(w),
    isCountry: (w) => kb.actors.lookup(w).some((e) => e.kind === 'country'),
  };
}

/**
 * An article's sentences, tokens and tags, with the knowledge base's words (titles before names, hyphened titles, ...)
 * and its describing participles retagged (extract/describing-participle.ts).
 */
export const articleAnalyzer = (kb: Knowledge) => {
  const words = wordKnowledgeOf(kb);
  return (text: string): AnalyzedText => {
    const doc = analyze(text, kb.lexicon.honorifics, words);
    retagDescribingParticiples(doc.tokens as Token[], kb.lexicon.adjectivalParticiples, kb.lexicon.gerundParticiples, kb.lexicon.gerundVerbs);
    return doc;
  };
};
