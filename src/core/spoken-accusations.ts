import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Trigger } from '../extract/triggers.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { findSubject } from '../extract/roles.ts';
import { isQuote } from '../extract/clause.ts';
import { sameActor } from './actor-ref.ts';
import type { SpeechActContext } from './speech-acts.ts';

// Accusations made in speech (core/speech-acts.ts): an act alleged, an act a speaker says is a crime.

/** A speech cue that governs an act: its kind, its tokens, its words. */
export interface CueHit { readonly act: string; readonly start: number; readonly end: number; readonly words: string }

/**
 * "Authorities allege the mayor ordered the attack", "the general alleged that Pakistani troops shelled the
 * posts": an allegation accuses whoever did the act (coding guide rules 3 and 5: "An accusation that X did Y
 * is coded as ACCUSE"); the act itself stays with certainty alleged. An act with no named doer accuses no one.
 */
export function allegation(ctx: SentenceContext, cue: CueHit, c: Candidate, sc: SpeechActContext): Candidate | null {
  const speaker = findSubject(ctx, cue.start);
  const accused = c.actors.filter((a) => !speaker.some((s) => s === a || sameActor(s, a, sc.antecedents)));
  const info = lookupCameo(ctx.kb.ontology, '112');
  if (!speaker.length || !accused.length || !info) return null;
  const trigger: Trigger = {
    pattern: { id: `speech-act:allegation ${cue.words}`, kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
    start: cue.start, end: cue.end, head: cue.start, tokens: range(cue.start, cue.end),
  };
  return { trigger, info, actors: speaker, targets: accused, rules: ['pattern:speech-act:allegation', `speech-act:alleged:${c.info.type}`] };
}

const COPULA_GAP = 6;
/**
 * "Netanyahu said the nuclear talks with Iran were a bad deal", “The strike is a war crime,” the minister said,
 * "Kenya said the raid proved the brutality of the militants": an act a speaker condemns through a copula, or a
 * verb that says what the act is, is the speaker's ACCUSE (data/lexicon/condemnation-words.tsv).
 */
export function characterisation(ctx: SentenceContext, c: Candidate, sc: SpeechActContext): Candidate | null {
  if (c.trigger.pattern.kind !== 'noun') return null;
  const t = ctx.doc.tokens;
  let be = -1;
  for (let i = c.trigger.end; i < Math.min(ctx.sentence.tokenEnd, c.trigger.end + COPULA_GAP); i++) {
    if (t[i].lemma === 'be' && t[i].pos === 'AUX' || t[i].lemma === 'be' && t[i].pos === 'VERB') { be = i; break; }
    // “the attack shows the cowardice of the militants”: a verb that says what the act is
    if (t[i].pos === 'VERB' && ctx.kb.lexicon.presentingVerbs.has(t[i].lemma)) { be = i; break; }
    // “the strikes violated Syria's sovereignty”: a verb that condemns the act by itself
    if (t[i].pos === 'VERB' && ctx.kb.lexicon.condemningVerbs.has(t[i].lemma)) { be = i; break; }
    // a quotation mark may open the speaker's words: this attack “demonstrates the vile nature of ...”
    if (t[i].pos === 'VERB' || t[i].pos === 'PUNCT' && !isQuote(t[i]) || t[i].pos === 'SCONJ') return null;
  }
  if (be < 0) return null;
  let word = ctx.kb.lexicon.condemningVerbs.has(t[be].lemma) ? be : -1;
  for (let i = be + 1; word < 0 && i < Math.min(ctx.sentence.tokenEnd, be + 5); i++) {
    if (ctx.kb.lexicon.condemnationWords.has(t[i].lemma) || ctx.kb.lexicon.condemnationWords.has(t[i].lower)) { word = i; break; }
    if (t[i].pos === 'VERB' || t[i].pos === 'SCONJ' || t[i].text === ',') return null;
  }
  const speaker = word >= 0 ? sc.frameOf(c.trigger.head)?.speaker : null;
  const info = speaker ? lookupCameo(ctx.kb.ontology, '111') : null;
  if (!speaker || !info) return null;
  const trigger: Trigger = {
    pattern: { id: 'speech-act:condemnation', kind: 'verb', steps: [], cameo: info.code, requiresObject: false },
    start: c.trigger.start, end: word + 1, head: c.trigger.head, tokens: [...c.trigger.tokens, ...(be === word ? [be] : [be, word])],
  };
  // the accused is who did the act ("the Israeli strike"), not whom it hit; else whom the condemnation names
  // ("the attack shows the vile nature of Al-Shabab")
  const doers = c.actors.filter((a) => !sameActor(a, speaker, sc.antecedents));
  const named = doers.length ? undefined : ofPhrase(ctx, word);
  const targets = named && !sameActor(named, speaker, sc.antecedents) ? [named] : doers;
  return { trigger, info, actors: [speaker], targets, rules: ['pattern:speech-act:condemnation', `speech-act:content:${c.info.type}`] };
}

/**
 * "Amnesty said Israel is committing genocide", "the report said armed groups committed war crimes": a verb act a
 * speaker names only by a condemning word (condemnation-words.tsv: crimes, genocide, atrocities), with no article to
 * make it one occasion, is a charge of conduct, no incident (coding guide rule 5): the speaker's ACCUSE of its doers.
 * "police said gunmen committed a massacre in the village" tells one incident and stays; so does the outlet's own voice.
 */
export function chargedConduct(ctx: SentenceContext, c: Candidate, sc: SpeechActContext): Candidate | null {
  if (c.trigger.pattern.kind !== 'verb' || c.info.type !== 'ASSAULT' || c.actors.length === 0) return null;
  const t = ctx.doc.tokens, words = ctx.kb.lexicon.condemnationWords;
  const word = c.trigger.tokens.find((k) => k > c.trigger.head && (words.has(t[k].lemma) || words.has(t[k].lower)));
  if (word === undefined || range(c.trigger.head + 1, word).some((k) => t[k].pos === 'DET')) return null;
  const speaker = sc.frameOf(c.trigger.head)?.speaker;
  const info = speaker ? lookupCameo(ctx.kb.ontology, '112') : null;
  const doers = speaker ? c.actors.filter((a) => !sameActor(a, speaker, sc.antecedents)) : [];
  if (!speaker || !info || doers.length === 0) return null;
  const trigger: Trigger = { ...c.trigger, pattern: { id: 'speech-act:charged-conduct', kind: 'verb', steps: [], cameo: info.code, requiresObject: false } };
  return { trigger, info, actors: [speaker], targets: doers, rules: [...c.rules.filter((r) => r.startsWith('pattern:')), 'pattern:speech-act:charged-conduct', `speech-act:content:${c.info.type}`] };
}

/** The actor an "of" right after a condemning word names: "the cowardice of the militants". */
function ofPhrase(ctx: SentenceContext, word: number): ActorPhrase | undefined {
  const t = ctx.doc.tokens;
  for (let i = word + 1; i < Math.min(ctx.sentence.tokenEnd, word + 3); i++) {
    if (t[i].lower !== 'of') continue;
    for (let k = i + 1; k < Math.min(ctx.sentence.tokenEnd, i + 3); k++) {
      const p = ctx.phraseAt.get(k);
      if (p) return p;
    }
  }
  return undefined;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
