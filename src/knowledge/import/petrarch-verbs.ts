import { SkipCounter } from './skip-counter.ts';

// Converts CAMEO.2.0.txt (PETRARCH2's verb dictionary) into our trigger-pattern rows.
//   ---  RUSH   [---]  ---          a block: its verbs share a default code
//   RUSH {RUSHES RUSHED}            a verb (forms are inflections; we match lemmas)
//   +CALL_OFF [160]                 a multi-word verb with its own code
//   - * &FOOD (TO +)  [073] # RUSH  a pattern: `*` the verb, `&SET` a synonym set, `(PREP …)` a
//                                   prepositional phrase, `{A B}` a compound, `$ + % ^` actor slots
// Our matcher puts the verb first, so a pattern with words before `*` (a subject) cannot be expressed.

export interface ConvertedPattern {
  /** Our pattern syntax: "rush * food|aid to". */
  readonly pattern: string;
  readonly cameo: string;
  readonly line: number;
  /** "CAMEO.2.0.txt:742 RUSH - * AID [070]" */
  readonly origin: string;
}

type Lemma = (word: string) => string;

interface Block {
  verbs: Array<{ words: string[]; code: string | null }>;
  code: string | null;
}

const blockCode = (text: string): string | null | 'bad' => {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return null;
  if (m[1].trim() === '---') return null;
  return /^\d{2,4}$/.test(m[1].trim()) ? m[1].trim() : 'bad';
};

/** Synonym sets: `&FOOD` followed by `+WORD` lines (only single words can be one pattern position). */
export function readSynsets(content: string): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of content.split('\n')) {
    const text = raw.replace(/#.*$/, '').trim();
    if (text.startsWith('---')) break;
    const head = /^&([A-Z0-9_]+?)_?$/.exec(text);
    if (head) sets.set(head[1], (current = []));
    else if (text.startsWith('+') && current) current.push(text.slice(1).replace(/_+$/, ''));
    else if (text === '') current = null;
  }
  return sets;
}

const COORDINATORS = new Set(['and', 'or', 'but']);

export function convertVerbDictionary(content: string, lemma: Lemma, skips: SkipCounter): ConvertedPattern[] {
  const synsets = readSynsets(content);
  const out: ConvertedPattern[] = [];
  let block: Block | null = null;
  let inBlocks = false;
  content.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const comment = /#\s*([A-Z_]+)/.exec(raw)?.[1] ?? null;
    const text = raw.replace(/\r$/, '').replace(/#.*$/, '').trim();
    if (text.startsWith('---')) {
      inBlocks = true;
      const code = blockCode(text);
      if (code === 'bad') skips.add('block code malformed', line);
      block = { verbs: [], code: code === 'bad' ? null : code };
      return;
    }
    if (!inBlocks || !block || text === '') return;
    if (text.startsWith('-')) {
      convertPattern(text.slice(1).trim(), block, comment, line, synsets, lemma, skips).forEach((p) => out.push(p));
      return;
    }
    // a verb line: "HURRY {HURRIES HURRYING HURRIED}", "+CALL_OFF [160]"
    const verb = /^\+?([A-Z][A-Z_'-]*?)_?\s*(?:\{[^}]*\})?\s*(\[[^\]]*\])?$/.exec(text);
    if (!verb) return skips.add('verb line malformed', line);
    const code = verb[2] ? blockCode(verb[2]) : null;
    if (code === 'bad') return skips.add('verb code malformed', line);
    const words = verb[1].split('_').filter(Boolean).map((w) => w.toLowerCase());
    // "KILLED_AND": a verb ending in a coordinator matches across the coordination ("killed 12 militants and seized
    // weapons" read as one act); the verb before it is ours already
    if (COORDINATORS.has(words[words.length - 1])) return skips.add('verb ending in a coordinator', line);
    block.verbs.push({ words, code });
    const own = code ?? block.code;
    if (own) out.push({ pattern: words.join(' '), cameo: own, line, origin: `CAMEO.2.0.txt:${line} ${verb[1]} [${own}]` });
  });
  return out;
}

function convertPattern(body: string, block: Block, commentVerb: string | null, line: number, synsets: Map<string, string[]>, lemma: Lemma, skips: SkipCounter): ConvertedPattern[] {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(body);
  if (!m) return skips.add('pattern without [code]', line), [];
  const [, shape, codeText] = m;
  const code = codeText.trim();
  if (code === '---') return skips.add('pattern that blocks an event ([---])', line), [];
  const pair = /^(\d{2,4})?(?::(\d{2,4}))?$/.exec(code);
  if (!pair) return skips.add('pattern code malformed', line), [];
  if (!pair[1]) return skips.add('pattern with only a reverse-direction code ([:code])', line), [];
  const star = shape.indexOf('*');
  if (star < 0) return skips.add('pattern without * (verb position)', line), [];
  if (shape.slice(0, star).trim() !== '') return skips.add('words before the verb (subject side)', line), [];
  const steps = patternSteps(shape.slice(star + 1), synsets, lemma);
  if ('error' in steps) return skips.add(steps.error, line), [];
  // the comment names the verb the pattern was written for; without one it holds for the whole block
  const verbs = block.verbs.filter((v) => commentVerb === null || v.words.join('_').toUpperCase() === commentVerb);
  if (verbs.length === 0) return skips.add('pattern for a verb not in its block', line), [];
  return verbs.map((v) => ({
    pattern: [v.words.join(' '), ...steps.steps].join(' ').replace(/(\* )+\*/g, '*').replace(/ \*$/, ''),
    cameo: pair[1],
    line,
    origin: `CAMEO.2.0.txt:${line} ${v.words.join('_').toUpperCase()} - ${shape.trim()} [${code}]`,
  }));
}

/** " &FOOD (TO +)" → ["*", "food|aid|…", "to"]: a gap after the verb, then the words in order. */
function patternSteps(shape: string, synsets: Map<string, string[]>, lemma: Lemma): { steps: string[] } | { error: string } {
  const tokens = shape.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
  const steps: string[] = ['*'];
  for (const token of tokens) {
    if (/^[$+%^]$/.test(token)) {
      steps.push('*'); // an actor's noun phrase sits here
      continue;
    }
    if (token.startsWith('&')) {
      const members = synsets.get(token.slice(1).replace(/_+$/, ''));
      if (!members) return { error: 'unknown synonym set' };
      const single = members.filter((w) => /^[A-Z'-]+$/.test(w));
      if (single.length === 0) return { error: 'synonym set without one-word members' };
      steps.push([...new Set(single.flatMap((w) => forms(w, lemma)))].join('|'));
      continue;
    }
    if (!/^[A-Z][A-Z'_-]*$/.test(token)) return { error: 'unexpected character in pattern' };
    for (const w of token.split('_').filter(Boolean)) steps.push([...new Set(forms(w, lemma))].join('|'));
  }
  if (steps.length === 1) return { error: 'pattern without words after the verb (the bare verb is its own row)' };
  return { steps };
}

/** "SANCTIONS" → ["sanction", "sanctions"]: the lemma the matcher compares, and the form as written. */
function forms(word: string, lemma: Lemma): string[] {
  const lower = word.toLowerCase();
  const l = lemma(lower);
  return l === lower ? [lower] : [l, lower];
}
