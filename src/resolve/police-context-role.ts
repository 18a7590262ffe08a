import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export const POLICE_CONTEXT_RULE = 'actor:police-context-role';

const roleOf = (p: ActorPhrase) => (p.code && /^[A-Z]{3}[A-Z]{3}$/.test(p.code) ? p.code.slice(3) : p.code === null ? p.roleCode ?? '' : '');
const countryOf = (p: ActorPhrase) => p.entry?.country ?? (p.code && /^[A-Z]{3}/.test(p.code) ? p.code.slice(0, 3) : null);

/**
 * "Police said officers fired tear gas", "Three officers were injured when protesters threw stones at police": a bare
 * role noun that names the police in a police story (data/lexicon/police-context-roles.tsv: "officers", "agents",
 * "personnel") is the police (COP) where its own sentence or the one before names the police and no military; it
 * takes that police's country when only one is named ("Kenyan police said officers arrested 40 protesters" → KENCOP).
 * Only the noun with determiners, numbers and adjectives before it: "army officers", "FBI agents" name their own.
 */
export function withPoliceContext(doc: AnalyzedText, phrases: readonly ActorPhrase[], nouns: ReadonlySet<string>): ActorPhrase[] {
  const ambiguous = (p: ActorPhrase) => p.kind === 'role' && p.code === null && p.rule === 'actor:role' && !p.locative && bareNoun(doc, p, nouns);
  const sentenceOf = (p: ActorPhrase) => doc.tokens[tokenAt(doc, p.start)]?.sentence ?? -1;
  return phrases.map((p) => {
    if (!ambiguous(p)) return p;
    const s = sentenceOf(p);
    const around = phrases.filter((q) => q !== p && !ambiguous(q) && (sentenceOf(q) === s || sentenceOf(q) === s - 1));
    if (!around.some((q) => roleOf(q) === 'COP') || around.some((q) => roleOf(q) === 'MIL')) return p;
    const countries = new Set(around.filter((q) => roleOf(q) === 'COP').map(countryOf).filter((c) => c !== null));
    const code = countries.size === 1 ? `${[...countries][0]}COP` : null;
    return { ...p, code, roleCode: 'COP', rule: POLICE_CONTEXT_RULE };
  });
}

const MODIFIERS = new Set(['DET', 'NUM', 'ADJ']);

/** The phrase is one of the nouns, with only determiners, numbers and adjectives before it ("three senior officers"). */
function bareNoun(doc: AnalyzedText, p: ActorPhrase, nouns: ReadonlySet<string>): boolean {
  const text = p.text.toLowerCase();
  const noun = [...nouns].filter((n) => text === n || text.endsWith(` ${n}`)).sort((a, b) => b.length - a.length)[0];
  if (noun === undefined) return false;
  const end = p.end - noun.length;
  for (let i = tokenAt(doc, p.start); i < doc.tokens.length && doc.tokens[i].start < end; i++) if (!MODIFIERS.has(doc.tokens[i].pos)) return false;
  return true;
}
