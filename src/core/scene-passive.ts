import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import { isPresentPerfect, verbTime } from '../extract/tree-clauses/index.ts';
import type { AnalyzedText, Sentence } from '../nlp/types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { findTriggers } from '../extract/triggers.ts';

// the words that point back at people already in the story: "the protesters", "these men", "they"
const BACK_DETERMINERS = new Set(['the', 'these', 'those']);
const BACK_PRONOUNS = new Set(['they', 'them', 'he', 'she']);

/**
 * "Riot police charged the marchers. Many of them were beaten as they were arrested.": an agentless passive in the
 * simple past whose subject points back at people the paragraph already tells of (a pronoun, a definite noun, a
 * quantifier of a definite group, or a quantifier standing alone) goes on with the scene the sentence before sets;
 * that scene, a clash, a crackdown or a protest told in the sentence before, is the occasion, where a passive alone
 * ("Brazil has been hit hardest", "The company reported profits. The workers were fired.") needs a date or place.
 */
export function continuesScene(view: TreeView, doc: AnalyzedText, kb: Knowledge, sentence: Sentence, verb: number): boolean {
  const before = doc.sentences[sentence.index - 1];
  if (before === undefined || !sameParagraph(doc, before, sentence)) return false;
  // a conjunct with no auxiliary of its own ("were kicked or beaten") shares its head's
  const tensed = view.base(verb) === 'conj' && view.childrenWith(verb, 'aux', 'aux:pass').length === 0 ? view.head(verb) : verb;
  if (tensed < 0 || verbTime(view, tensed) !== 'past' || isPresentPerfect(view, tensed)) return false;
  const subject = view.childrenWith(tensed, 'nsubj:pass')[0];
  const earlier = new Set(doc.tokens.slice(before.tokenStart, before.tokenEnd).map((t) => t.lemma));
  return subject !== undefined && pointsBack(view, subject, earlier) && findTriggers(doc.tokens, before, kb.patterns).some((tr) => SCENES.has(lookupCameo(kb.ontology, tr.pattern.cameo)?.type ?? ''));
}

const SCENES = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

function pointsBack(view: TreeView, node: number, earlier: ReadonlySet<string>): boolean {
  const word = view.tokens[node].lower;
  if (BACK_PRONOUNS.has(word)) return true;
  if (view.childrenWith(node, 'det').some((d) => BACK_DETERMINERS.has(view.tokens[d].lower))) return true;
  // "Many of the protesters", "some of them"; "Several" alone
  const of = view.childrenWith(node, 'nmod').filter((n) => view.marker(n) === 'of');
  if (of.length) return of.some((n) => pointsBack(view, n, earlier));
  // "... a protest by teachers. Several teachers were arrested": a count of people the sentence before names
  if (earlier.has(view.tokens[node].lemma) && view.childrenWith(node, 'det', 'amod', 'nummod').some((d) => view.upos(d) === 'NUM' || QUANTIFIERS.has(view.tokens[d].lower))) return true;
  return ['ADJ', 'DET', 'PRON'].includes(view.upos(node)) && view.children(node).length === 0 && QUANTIFIERS.has(word);
}

const QUANTIFIERS = new Set(['many', 'some', 'several', 'most', 'others', 'dozens', 'hundreds', 'scores']);

const sameParagraph = (doc: AnalyzedText, before: Sentence, after: Sentence) => !/\n\s*\n/.test(doc.text.slice(before.end, after.start));
