import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

const MODIFIERS = new Set(['DET', 'NUM', 'ADJ']);

/**
 * "Detainees were tortured by guards at the prison", "guards beat inmates in their cells": bare "guards" (a COP role in
 * data/actors/roles.tsv) are the state's keepers only where their sentence tells of custody (data/lexicon/custody-words.tsv);
 * elsewhere ("gunmen killed two guards at a bank") they are anyone's watchmen, no actor, and the phrase is dropped.
 * Guards named by what they guard ("prison guards", "border guards") are roles of their own and stay.
 */
export function withCustodyGuards(doc: AnalyzedText, phrases: readonly ActorPhrase[], custody: ReadonlySet<string> | undefined): ActorPhrase[] {
  return phrases.filter((p) => !(p.kind === 'role' && p.code === null && isBareGuards(doc, p) && !inCustody(doc, p, custody)));
}

function isBareGuards(doc: AnalyzedText, p: ActorPhrase): boolean {
  if (!/(^|\s)guards$/i.test(p.text)) return false;
  const end = p.end - 'guards'.length;
  for (let i = tokenAt(doc, p.start); i < doc.tokens.length && doc.tokens[i].start < end; i++) if (!MODIFIERS.has(doc.tokens[i].pos)) return false;
  return true;
}

function inCustody(doc: AnalyzedText, p: ActorPhrase, custody: ReadonlySet<string> | undefined): boolean {
  const sentence = doc.tokens[tokenAt(doc, p.start)]?.sentence;
  return doc.tokens.some((t) => t.sentence === sentence && (custody?.has(t.lower) === true || custody?.has(t.lemma) === true));
}
