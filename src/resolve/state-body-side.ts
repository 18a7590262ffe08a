import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';

export const STATE_BODY_OF_LEAD_STATE = 'actor:state-body-of-lead-state';
// the bodies of a state this takes up: its government and its armed forces ("the defence ministry" is MIL)
const STATE_ROLES = new Set(['GOV', 'MIL']);
// a state's code, or one of its bodies' ("RUS", "RUSGOV", "RUSMIL")
const STATE_CODE = /^([A-Z]{3})(GOV|MIL)?$/;
const COORDINATED_AFTER = /^\s*(,|and\b|or\b)/i;

/**
 * "Russia accused Ukraine of shelling a border village. The foreign ministry said ...": a bare body of a state (the
 * last words a national body's, data/lexicon/national-bodies.tsv) opening its sentence, where the story names no
 * country of its own, is the body of the state that opens the sentence before it (the state, or a body or official
 * of it), the speaker of the paragraph. Only
 * a state named alone there counts ("China and the Philippines clashed ..." names two: none); a sentence opening with
 * anyone else ("Officials in Kyiv said ...") lends none, and a body acting on that very state gives it back
 * (core/assemble.ts): uncoded stays better than wrong.
 */
export function withLeadStateBodies(doc: AnalyzedText, phrases: readonly ActorPhrase[], nationalBodies: ReadonlySet<string>): ActorPhrase[] {
  const firstOf = new Map<number, ActorPhrase>();
  for (const p of phrases) {
    const s = doc.tokens[tokenAt(doc, p.start)]?.sentence;
    if (s !== undefined && !firstOf.has(s) && !p.locative) firstOf.set(s, p);
  }
  return phrases.map((p) => {
    if (p.kind !== 'role' || p.code !== null || p.rule !== 'actor:role' || !STATE_ROLES.has(p.roleCode ?? '') || !isNationalBody(p.text, nationalBodies)) return p;
    const at = tokenAt(doc, p.start);
    const sentence = doc.tokens[at]?.sentence ?? -1;
    if (firstOf.get(sentence) !== p || doc.tokens[at - 1]?.lower !== 'the' || !opensSentence(doc, at - 1)) return p;
    const lead = firstOf.get(sentence - 1);
    // (the state itself, or a body or official of it: "Ukraine's air force said", "Russia's foreign minister said")
    const state = lead && lead.kind !== 'anaphor' ? STATE_CODE.exec(lead.code ?? '')?.[1] : undefined;
    if (!lead || !state || !opensSentence(doc, tokenAt(doc, lead.start)) || COORDINATED_AFTER.test(doc.text.slice(lead.end, lead.end + 5))) return p;
    return { ...p, code: `${state}${p.roleCode}`, rule: STATE_BODY_OF_LEAD_STATE };
  });
}

/** The phrase's last word or two are a national body's ("the foreign ministry", "the ministry", "the government"). */
function isNationalBody(text: string, nationalBodies: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return nationalBodies.has(words[words.length - 1]) || nationalBodies.has(words.slice(-2).join(' '));
}

/** Token `i` is its sentence's first word, or the first after a dateline's dash ("MOSCOW (Reuters) - Russia ..."). */
function opensSentence(doc: AnalyzedText, i: number): boolean {
  const t = doc.tokens[i], before = doc.tokens[i - 1];
  if (!t) return false;
  if (!before || before.sentence !== t.sentence) return true;
  // (a word before it of its own: a possessor, "Russia's", still opens with the state: "Russia's defence ministry")
  return /^[-–—:]$/.test(before.text);
}
