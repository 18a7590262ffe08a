import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { tokenAt } from '../resolve/token-map.ts';
import type { ReportingFrame } from './frames.ts';

// how many sentences back the issuer of "the statement" may be named
const LOOK_BACK = 3;
const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * A document speaks for whoever issued it: "The ministry issued a statement on Sunday. The statement said police
 * killed five militants" is the ministry saying so. A frame whose speaker is a definite speaking document
 * (data/lexicon/saying-vehicles.tsv, `speaks`) takes the issuer of the last such document named in the sentences
 * just before: the speaker who said something in it ("said in a statement"), else the first actor named before it
 * in its sentence ("Human Rights Watch published a report"). With no issuer in sight the document stays the speaker.
 */
export function withDocumentSpeakers(
  frames: readonly ReportingFrame[], sentence: number, earlierFrames: ReadonlyArray<readonly ReportingFrame[] | undefined>,
  doc: AnalyzedText, phrases: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, documents: ReadonlySet<string>,
): ReportingFrame[] {
  return frames.map((f) => {
    // "The report said ..." was read as hearsay ("reports said"): one definite report is its issuer's claim
    const hearsay = f.rule === 'provenance:hearsay' && f.speaker === null && isDefiniteReport(doc, f.from - 2, documents);
    // "the interior ministry's statement said": its possessor issued it
    const owner = f.speaker ? possessorOf(doc, f.speaker, phrases, antecedents, documents) : f.rule === 'provenance:hearsay' ? reportOwner(doc, f.from - 2, phrases, antecedents, documents) : null;
    if (owner) return { ...f, speaker: owner, via: 'provenance:document-issuer', ...(f.speaker ? {} : { certainty: 'claimed' }) };
    if (!hearsay && (!f.speaker || !isDefiniteDocument(doc, f.speaker, documents))) return f;
    const issuer = issuerBefore(sentence, earlierFrames, doc, phrases, antecedents, documents);
    if (!issuer) return f;
    return { ...f, speaker: issuer, via: 'provenance:document-issuer', ...(hearsay ? { certainty: 'claimed' } : {}) };
  });
}

/** The actor named as the possessor of a speaking document ("the ministry's statement"), or null. */
function possessorOf(doc: AnalyzedText, speaker: ActorPhrase, phrases: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, documents: ReadonlySet<string>): ActorPhrase | null {
  const last = tokenAt(doc, speaker.end - 1);
  if (last < 1 || !documents.has(doc.tokens[last].lemma) || speaker.code !== null && speaker.kind !== 'named') return null;
  const mark = doc.tokens.slice(tokenAt(doc, speaker.start), last).findIndex((t) => t.pos === 'PART' && /^['’]s?$/.test(t.text));
  if (mark < 0) return null;
  const markAt = doc.tokens[tokenAt(doc, speaker.start) + mark].start;
  const p = phrases.find((x) => x.start >= speaker.start && x.end <= markAt && !x.locative);
  return p ? named(p, antecedents) : null;
}

/** "The ministry's report said" (read as hearsay): the actor that owns the report at token `i`. */
function reportOwner(doc: AnalyzedText, i: number, phrases: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, documents: ReadonlySet<string>): ActorPhrase | null {
  const t = doc.tokens;
  if (i < 2 || !t[i] || !documents.has(t[i].lower) || !(t[i - 1].pos === 'PART' && /^['’]s?$/.test(t[i - 1].text))) return null;
  const p = phrases.find((x) => x.end === t[i - 2].end && !x.locative);
  return p ? named(p, antecedents) : null;
}

/** The hearsay noun at `i` is one definite document ("The report said"), not reports at large. */
function isDefiniteReport(doc: AnalyzedText, i: number, documents: ReadonlySet<string>): boolean {
  const t = doc.tokens[i];
  return t !== undefined && documents.has(t.lower) && i > 0 && DEFINITE.has(doc.tokens[i - 1].lower) && doc.tokens[i - 1].sentence === t.sentence;
}

/** "The statement", "this report": a determiner, then words ending in a speaking document, and no possessor. */
function isDefiniteDocument(doc: AnalyzedText, speaker: ActorPhrase, documents: ReadonlySet<string>): boolean {
  const first = tokenAt(doc, speaker.start);
  const last = tokenAt(doc, speaker.end - 1);
  if (first < 0 || last < 0 || !DEFINITE.has(doc.tokens[first].lower) || !documents.has(doc.tokens[last].lemma)) return false;
  for (let i = first + 1; i < last; i++) if (doc.tokens[i].pos === 'PART' || doc.tokens[i].pos === 'PROPN') return false;
  return true;
}

function issuerBefore(
  sentence: number, earlierFrames: ReadonlyArray<readonly ReportingFrame[] | undefined>, doc: AnalyzedText,
  phrases: readonly ActorPhrase[], antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, documents: ReadonlySet<string>,
): ActorPhrase | null {
  for (let k = sentence - 1; k >= 0 && k >= sentence - LOOK_BACK; k--) {
    const s = doc.sentences[k];
    let mention = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (documents.has(doc.tokens[i].lemma) && doc.tokens[i].pos === 'NOUN') mention = i;
    if (mention < 0) continue;
    // "The army said in a statement that ...": who spoke in it
    const spoke = earlierFrames[k]?.find((f) => f.speaker && f.speaker.kind !== 'anaphor' && !isDefiniteDocument(doc, f.speaker, documents));
    if (spoke?.speaker) return spoke.speaker;
    // "Human Rights Watch published a report": the actor named before the document in its sentence
    const at = doc.tokens[mention].start;
    for (const p of phrases) {
      if (p.start < s.start || p.end > at || p.locative) continue;
      const actor = named(p, antecedents);
      if (actor) return actor;
    }
    return null;
  }
  return null;
}

/** The actor a phrase names: itself, or what its pronoun or description was resolved to (null if unresolved). */
function named(p: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorPhrase | null {
  const actor = p.kind === 'anaphor' ? antecedents.get(p) : p;
  return actor && actor.kind !== 'anaphor' ? actor : null;
}
