import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { CueEntry } from '../knowledge/types.ts';
import type { Token } from '../nlp/types.ts';

const BEFORE = 6;
const YEAR = /^(?:(?:mid|early|late)-?)?(?:1[89]|20)\d\d(?:s|'s)?$/i;

/**
 * Generic, habitual or durative background is no event (data/lexicon/background-cues.tsv):
 * "Militias have repeatedly attacked bases", "the group has long targeted Christians",
 * "the rebels have been fighting the government since 1964", "the two armies have clashed for decades".
 */
export function withoutBackground(ctx: SentenceContext, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    if (!isBackground(ctx, c)) return true;
    onDrop?.(c, 'candidate:background');
    return false;
  });
}

function isBackground(ctx: SentenceContext, c: Candidate): boolean {
  const t = ctx.doc.tokens;
  const cues = ctx.kb.lexicon.backgroundCues;
  if (describesConflict(ctx, c)) return true;
  for (let i = c.trigger.start - 1; i >= Math.max(ctx.sentence.tokenStart, c.trigger.start - BEFORE); i--) {
    if (clauseEdge(t[i])) break;
    if (cues.some((cue) => cue.value === 'before' && matchesAt(t, i, cue))) return true;
  }
  for (let i = c.trigger.end; i < ctx.sentence.tokenEnd; i++) {
    // "since" opens its own clause: test the cue before the edge
    if (cues.some((cue) => cue.value === 'after' && matchesAt(t, i, cue))) return true;
    if (clauseEdge(t[i])) break;
  }
  return false;
}

const clauseEdge = (t: Token) => t.text === ',' || t.text === ';' || t.text === ':' || t.pos === 'SCONJ' || t.pos === 'CCONJ';

function matchesAt(tokens: readonly Token[], i: number, cue: CueEntry): boolean {
  let k = i;
  for (const w of cue.words) {
    const t = tokens[k];
    if (!t) return false;
    if (w === '#year') {
      // "mid-1960s" may come as three tokens
      const joined = tokens.slice(k, k + 3).map((x) => x.text).join('');
      const m = /^(?:(?:mid|early|late)-?)?(?:1[89]|20)\d\d(?:s|'s)?/i.exec(joined);
      if (!m && !YEAR.test(t.text)) return false;
      k++;
      continue;
    }
    if (t.lemma !== w && t.lower !== w) return false;
    k++;
  }
  return true;
}

const RELATIVE = new Set(['that', 'which']);
const NOUN_PHRASE = 5;

/**
 * "a bloody war in the 1990s that killed 30,000 people", "the uprising that ousted the president", "the
 * conflict, which has displaced millions": a relative clause on a conflict noun (cues marked relative-of)
 * tells what the conflict did, it reports no new act.
 */
function describesConflict(ctx: SentenceContext, c: Candidate): boolean {
  const t = ctx.doc.tokens;
  const from = ctx.sentence.tokenStart;
  let i = c.trigger.start - 1;
  while (i >= from && (t[i].pos === 'AUX' || t[i].pos === 'ADV')) i--;
  if (i < from || !RELATIVE.has(t[i].lower)) return false;
  i--;
  if (i >= from && t[i].text === ',') i--;
  for (let k = i; k >= Math.max(from, i - NOUN_PHRASE); k--) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].pos === 'PUNCT') return false;
    if (ctx.kb.lexicon.backgroundCues.some((cue) => cue.value === 'relative-of' && (cue.words[0] === t[k].lemma || cue.words[0] === t[k].lower))) return true;
  }
  return false;
}
