import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';
import { isConveyance } from './conveyance.ts';
import { withLeadStateBodies } from './state-body-side.ts';

// the armed roles a definite description takes up: "the army", "the military", "the police", "the troops"
const ARMED = new Set(['MIL', 'COP']);
// "the peacekeepers": a mission's troops, sent from abroad, are never the side the story named its army with
export const isPeacekeepers = (text: string) => /\bpeace-?keep/i.test(text);

/**
 * "The Sudanese army said it had retaken the palace. The military said its troops killed dozens": a bare armed role
 * after "the" takes up the side the article named that role with before, when all earlier such names agree on one
 * country (the phrase keeps its words; its code is that side's, rule `actor:definite-role-of-named-side`). Where
 * two sides were named, or none, it stays as it was.
 */
export function withDefiniteSides(doc: AnalyzedText, phrases: readonly ActorPhrase[], weaponNouns: ReadonlySet<string>, nationals: ReadonlyMap<string, string>, nationalBodies?: ReadonlySet<string>): ActorPhrase[] {
  const sides = new Map<string, string | null>();
  // (then a bare national body opening its sentence takes the state opening the one before, state-body-side.ts)
  const sided = phrases.map((p) => {
    const role = sideRole(doc, p, nationals) ?? '';
    if (p.kind === 'role' && p.code !== null && p.entry?.country && /^[A-Z]{3}(MIL|COP)$/.test(p.code)) {
      if (isConveyance(doc, p, weaponNouns)) return p;
      const c = p.entry.country, r = p.code.slice(3);
      sides.set(r, sides.has(r) && sides.get(r) !== c ? null : c);
      return p;
    }
    if (p.kind !== 'role' || p.code !== null || p.rule !== 'actor:role' || !ARMED.has(role) || p.locative || isPeacekeepers(p.text)) return p;
    const side = sides.get(role);
    const before = doc.tokens[tokenAt(doc, p.start) - 1];
    if (!side || before?.lower !== 'the') return p;
    return { ...p, code: `${side}${role}`, rule: 'actor:definite-role-of-named-side' };
  });
  return nationalBodies ? withLeadStateBodies(doc, sided, nationalBodies) : sided;
}

/**
 * The role under which a bare role phrase takes up a side the article named: its own, unless the demonym form of its
 * noun names another (data/lexicon/nationals.tsv): "the junta" rules its country ("a Malian junta" is MLIGOV), so
 * "Russian forces arrived in Mali at the junta's invitation" lends the junta no Russian side.
 */
export function sideRole(doc: AnalyzedText, p: ActorPhrase, nationals: ReadonlyMap<string, string>): string | undefined {
  const last = tokenAt(doc, p.end - 1), prev = doc.tokens[last - 1];
  // (a compound role is its own: "the defence ministry" is the named army's, whatever a bare "ministry" would be)
  if (prev && prev.start >= p.start && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return nationals.get(`${prev.lemma} ${doc.tokens[last].lemma}`) || p.roleCode;
  return nationals.get(doc.tokens[last]?.lemma ?? '') || p.roleCode;
}
