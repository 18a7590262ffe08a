import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

// ", D-Conn.,", " (R-Texas)", ", I-Vt.,": the U.S. Congress's party-and-state tag after a member's name
const PARTY_TAG = /^\s*[,(]\s*[DRI]-[A-Z][a-z]*\.?(?:[A-Z][a-z]*\.)*(?:\s[A-Z][a-z]*\.?)?\s*(?=[,)])/;
const PARTY_TAG_RULE = 'actor:party-tag';

/**
 * "Sen. Chris Murphy, D-Conn., said ...", "Rep. Joe Wilson (R-S.C.) urged ...": a name the gazetteers do not know,
 * followed by a party-and-state tag, is a member of the U.S. Congress (USALEG) wherever the story is filed; the tag
 * itself names no one (the capitals in it read as an unknown name are dropped).
 */
export function withPartyTags(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const tags: Array<{ start: number; end: number }> = [];
  const tagged = phrases.map((p) => {
    if (p.code !== null || !(p.kind === 'role' && p.roleCode === 'LEG' || p.rule === 'actor:unknown-name')) return p;
    const tag = PARTY_TAG.exec(doc.text.slice(p.end, p.end + 24));
    if (!tag) return p;
    tags.push({ start: p.end, end: p.end + tag[0].length + 1 });
    return { ...p, kind: 'person' as const, code: 'USALEG', roleCode: undefined, rule: PARTY_TAG_RULE };
  });
  return tagged.filter((p) => !tags.some((t) => p.start >= t.start && p.end <= t.end));
}
