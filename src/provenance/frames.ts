import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from '../extract/context.ts';
import { findSubject } from '../extract/roles.ts';
import { isQuote } from '../extract/clause.ts';
import { plainSpeaker, quoteClosesBefore } from './speaker-phrase.ts';
import { baseForms } from '../extract/morphology.ts';
import { answeredClaim, invertedSpeaker, leadingSpeaker, possessedSpeaker, trailingSpeaker } from './trailing-speaker.ts';
import { accordingToReach, accordingToSource } from './according-to.ts';
import { apposedName, nameBeforeApposition, nameWithApposedTitle, titleForGroup, titledName } from './apposed-name.ts';
import { speakerBeforeAside } from './cited-aside.ts';
import { reportsThatClause } from './dated-that.ts';
import { participleSpeakerFrame } from './participle-speaker.ts';
import { subordinateClauseSpeaker } from './subordinate-speaker.ts';
import { impersonalPassiveFrame } from './impersonal-passive.ts';
import { closesItsSentence } from './closing-verb.ts';
import { quotedAsSayingFrame } from './quoted-speaker.ts';
import { claimNounFrame } from './claim-noun.ts';
import { reportEnd } from './frame-end.ts';
import { conjoinedSpeaker } from './conjoined-speaker.ts';
import { colonSpeakerFrame } from './colon-speaker.ts';

/** "X accused Y of Z, which Y denies": the denier answers the charge's content, not the act of charging (certainty.ts). */
export const DENIED_RELATIVE_RULE = 'provenance:denied-relative';
import { TOLD_BY, tellingAfterAuxiliary, toldHearer } from './told-hearer.ts';
import { CONTRASTED_SPEAKER_RULE, contrastComma, contrastedSpeaker, endFramesAt } from './contrasted-speaker.ts';

/** Who says the events in token range [from, to) happened: "X said ...", "according to X", a quote. */
export interface ReportingFrame {
  readonly from: number;
  readonly to: number;
  readonly speaker: ActorPhrase | null;
  readonly verb: string;
  readonly certainty: string;
  readonly quote: { readonly text: string; readonly span: [number, number] } | null;
  readonly rule: string;
  /** A second rule that changed who speaks ("provenance:document-issuer") */
  readonly via?: string;
}

export interface QuoteSpan {
  readonly fromToken: number;
  readonly toToken: number; // exclusive
  readonly start: number;
  readonly end: number;
}

/** Quotations in the whole document, which may run over several sentences. */
export function findQuotes(doc: AnalyzedText): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  doc.tokens.forEach((t, i) => {
    if (!isQuote(t)) return;
    const opening = t.text === '“' || t.text === '«' || (t.text === '"' && open < 0);
    if (opening && open < 0) open = i;
    else if (!opening || open >= 0) {
      if (open >= 0) out.push({ fromToken: open + 1, toToken: i, start: doc.tokens[open].start, end: t.end });
      open = -1;
    }
  });
  return out;
}

const SPEAKER_OPENERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PART']);

function speakerAfter(ctx: SentenceContext, verb: number): ActorPhrase | null {
  for (let i = verb + 1; i < Math.min(ctx.sentence.tokenEnd, verb + 5); i++) {
    // "According to reports, two people died": the speaker ends at the comma, "people" is no source
    if (ctx.doc.tokens[i].pos === 'PUNCT') return null;
    const p = ctx.phraseAt.get(i);
    if (p) return p;
    // "..., confirmed the fighting to VOA": a phrase after the verb's object is no speaker; "said the army's spokesman" is
    if (!SPEAKER_OPENERS.has(ctx.doc.tokens[i].pos)) break;
  }
  return plainSpeakerAfter(ctx.doc.tokens, verb, ctx.sentence.tokenEnd);
}

// '"...," said a herder who fled': an article and its noun right after the verb speak, though no gazetteer knows them
function plainSpeakerAfter(t: readonly Token[], verb: number, end: number): ActorPhrase | null {
  if (t[verb + 1]?.pos !== 'DET' || !t[verb - 1] || !isQuote(t[verb - 1])) return null;
  let last = verb + 2;
  while (last < end && (t[last].pos === 'ADJ' || t[last].pos === 'NOUN') && t[last + 1]?.pos === 'NOUN') last++;
  return last < end && t[last].pos === 'NOUN' ? plainSpeaker(t, verb + 1, last + 1) : null;
}

// '"...," a widow told VOA': a noun right before the verb (past adverbs) is its subject, the name after it whom it was
// told; only a verb right after the comma or quote ('"...," said the army') has its speaker after it (a name ends the
// subject too: '"...," a farmer in Mali told Reuters', '"...," Kenya's police chief Kanja told reporters')
function afterOwnSubject(t: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (t[k]?.pos === 'ADV') k--;
  return t[k]?.pos === 'NOUN' || t[k]?.pos === 'PROPN' && t[k - 1]?.text !== ',' && !/^["'“”‘’]$/.test(t[k - 1]?.text ?? '');
}

// "alleged that", "alleged Thursday that": the tagger sometimes takes a reporting verb for an adjective; "that" after it settles it
// ... as it may one after an auxiliary: "had informed him that" (told-hearer.ts)
const isReporting = (ctx: SentenceContext, t: Token) =>
  (t.pos === 'VERB' || reportsThatClause(ctx.doc.tokens, t.index) || tellingAfterAuxiliary(ctx, t.index)) && someFormIn(t, ctx.kb.lexicon.reporting);

/** True when one of the token's base forms is in `words` (asked at every token: a loop, no callback made). */
function someFormIn(t: Token, words: { has(word: string): boolean }): boolean {
  const forms = baseForms(t);
  for (let k = 0; k < forms.length; k++) if (words.has(forms[k])) return true;
  return false;
}

/**
 * Reporting frames of one sentence:
 *  - "X said (that) ..." → what follows the verb;
 *  - "..., X said." / "..., said X." → what precedes the speaker (provenance:trailing-speaker when X is a noun
 *    phrase right after the comma, src/provenance/trailing-speaker.ts);
 *  - "according to X" → the whole sentence.
 */
export function sentenceFrames(ctx: SentenceContext): ReportingFrame[] {
  const t = ctx.doc.tokens;
  const s = ctx.sentence;
  const frames: ReportingFrame[] = [colonSpeakerFrame(ctx)].filter((f) => f !== null);
  // the "that" after which a denial of claims starts: the claim's own frame gives way to it
  let deniedFrom = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (t[i].lower === 'according' && t[i + 1]?.lower === 'to') {
      const speaker = accordingToSource(ctx, i + 1);
      const [from, to] = accordingToReach(t, i, s.tokenStart, s.tokenEnd);
      frames.push({ from, to, speaker, verb: 'according to', certainty: 'claimed', quote: null, rule: 'provenance:according-to' });
      continue;
    }
    // "rejected claims that they had attacked", "dismissed reports that": a denial of what follows "that"
    const denialEnd = denialOfClaims(ctx, i);
    if (denialEnd > 0) {
      deniedFrom = denialEnd;
      const speaker = findSubject(ctx, i)[0] ?? null;
      frames.push({ from: denialEnd, to: s.tokenEnd, speaker, verb: t[i].text, certainty: 'denied', quote: null, rule: 'provenance:denied-claims' });
      continue;
    }
    // "Russia's claim that it had captured the village": the owner says what the clause tells
    const claim = claimNounFrame(ctx, i, i + 2 === deniedFrom);
    if (claim) {
      frames.push(claim);
      continue;
    }
    // "reports said a Taliban attack killed 20", "over reports that forces advanced": hearsay, not a named source
    const hearsay = hearsayFrom(ctx, i);
    if (hearsay > 0) {
      frames.push({ from: hearsay, to: s.tokenEnd, speaker: null, verb: t[i].text, certainty: 'alleged', quote: null, rule: 'provenance:hearsay' });
      continue;
    }
    // "Hamas is said to have fired", "it is believed that": nobody named says so, and the subject is no speaker
    const impersonal = impersonalPassiveFrame(ctx, i);
    if (impersonal) {
      frames.push(impersonal);
      continue;
    }
    if (!isReporting(ctx, t[i]) || answeredClaim(ctx, i) || withholds(ctx, i)) continue;
    // "Officials did not confirm that Israel had struck the site": who says it is not the one who would not say it
    if (unsaid(t, i, s.tokenStart)) {
      frames.push({ from: i + 1, to: s.tokenEnd, speaker: null, verb: t[i].text, certainty: 'alleged', quote: null, rule: 'provenance:unconfirmed' });
      continue;
    }
    const verb = baseForms(t[i]).find((b) => ctx.kb.lexicon.reporting.has(b)) ?? t[i].lemma;
    const certainty = ctx.kb.lexicon.reporting.get(verb) ?? 'claimed';
    // "he was told (by police) that ...": the hearer says nothing; the teller, else the frame around, says it
    const heard = toldHearer(ctx, i);
    if (heard?.teller) {
      frames.push({ from: i + 1, to: reportEnd(ctx, i), speaker: heard.teller, verb: t[i].text, certainty, quote: null, rule: TOLD_BY });
      continue;
    }
    if (heard && frames.some((f) => f.from <= i && i < f.to)) continue;
    const quoted = quotedAsSayingFrame(ctx, i, certainty);
    if (quoted) {
      frames.push(quoted);
      continue;
    }
    const participle = participleSpeakerFrame(ctx, i, certainty);
    if (participle) {
      frames.push(participle);
      continue;
    }
    // "..., said two Palestinian officials": the phrase after the verb speaks of what the comma closes
    const inverted = invertedSpeaker(ctx, i);
    if (inverted && inverted.comma > s.tokenStart + 1) {
      frames.push({ from: s.tokenStart, to: inverted.comma, speaker: inverted.speaker, verb: t[i].text, certainty, quote: null, rule: 'provenance:inverted-speaker' });
      continue;
    }
    // "X said ..., while Y said ...": the words after the contrast speak (contrasted-speaker.ts)
    const contrast = contrastComma(t, i, s.tokenStart);
    const contrasted = contrast > 0 ? contrastedSpeaker(ctx, i, contrast) : null;
    if (contrasted) {
      endFramesAt(frames, contrast);
      frames.push({ from: i + 1, to: reportEnd(ctx, i), speaker: contrasted, verb: t[i].text, certainty, quote: null, rule: CONTRASTED_SPEAKER_RULE });
      continue;
    }
    // "..., as officials said militants had attacked": the phrase right after a subordinator speaks, not the main clause's
    // subject that the word-level search reaches when it takes "as" for a preposition (wire-38)
    const cited = speakerBeforeAside(ctx, conjoinedSpeaker(ctx, i) ?? subordinateClauseSpeaker(ctx, i) ?? findSubject(ctx, i)[0] ?? null, i);
    const found = possessedSpeaker(ctx, cited.speaker, i);
    // "Roberto Diaz, a spokesman for the police, said": the name speaks, not its title
    const subject = found ? apposedName(ctx, found) ?? titleForGroup(ctx, found) ?? titledName(ctx, nameWithApposedTitle(ctx, found), i) : nameBeforeApposition(ctx, i) ?? leadingSpeaker(ctx, i) ?? subordinateClauseSpeaker(ctx, i);
    const before = t.slice(s.tokenStart, i).some((x) => x.text === ',' || isQuote(x));
    // "..., witnesses told Reuters", "..., the governor wrote on Telegram": what follows the verb is no content
    const restIsEmpty = closesItsSentence(t, i, s.tokenEnd);
    // "..., killing three, witnesses said": the words after the last comma speak, whatever the subject search found
    const trailing = restIsEmpty ? trailingSpeaker(ctx, i) : null;
    if (trailing && trailing.comma > s.tokenStart + 1) {
      frames.push({ from: s.tokenStart, to: trailing.comma, speaker: trailing.speaker, verb: t[i].text, certainty, quote: null, rule: 'provenance:trailing-speaker' });
      continue;
    }
    const subjectStart = subject ? firstTokenOf(ctx, subject) : -1;
    if (subject && restIsEmpty && subjectStart > s.tokenStart + 2 && t.slice(s.tokenStart, subjectStart).some((x) => x.text === ',')) {
      // "..., which Kyiv denies": a denial in a closing relative answers the charge the sentence tells (DENIED_RELATIVE_RULE)
      const rule = cited.aside ? 'provenance:cited-aside' : certainty === 'denied' && t[subjectStart - 1]?.lower === 'which' ? DENIED_RELATIVE_RULE : 'provenance:clause-speaker-verb';
      frames.push({ from: s.tokenStart, to: subjectStart, speaker: subject, verb: t[i].text, certainty, quote: null, rule });
    } else if (subject) {
      const quoteBefore = quoteClosesBefore(t, s.tokenStart, firstTokenOf(ctx, subject)); // (not one still open: '"…, I concede," Ruto said')
      if (quoteBefore && firstTokenOf(ctx, subject) > s.tokenStart + 2) {
        frames.push({ from: s.tokenStart, to: firstTokenOf(ctx, subject), speaker: subject, verb: t[i].text, certainty, quote: null, rule: 'provenance:quote-then-speaker' });
      }
      // the verb read from its that-clause, the tagger having called it an adjective: provenance:dated-that
      const rule = cited.aside ? 'provenance:cited-aside' : t[i].pos !== 'VERB' ? 'provenance:dated-that' : 'provenance:speaker-verb-clause';
      frames.push({ from: i + 1, to: reportEnd(ctx, i), speaker: subject, verb: t[i].text, certainty, quote: null, rule });
    } else if (before && !afterOwnSubject(t, i)) {
      const speaker = speakerAfter(ctx, i);
      if (speaker) frames.push({ from: s.tokenStart, to: i, speaker, verb: t[i].text, certainty, quote: null, rule: 'provenance:clause-verb-speaker' });
    }
  }
  // "No group has claimed responsibility for the bombing, which killed 12 people": a speaker who is no one says nothing
  return frames.filter((f) => !f.speaker || !NOBODY.test(f.speaker.text));
}

// a negation right before a reporting verb: "did not confirm", "could not confirm", "would not say", "declined to confirm"
const UNSAYING = new Set(['not', "n't", 'never', 'decline', 'refuse', 'unable']);
function unsaid(t: readonly Token[], verb: number, from: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 3); k--) {
    if (UNSAYING.has(t[k].lower) || UNSAYING.has(t[k].lemma)) return true;
    if (t[k].pos !== 'AUX' && t[k].pos !== 'PART' && t[k].pos !== 'ADV') return false;
  }
  return false;
}

const NOBODY = /^(?:no|nobody|none|no one|neither)\b/i;

// "denied the students the right to march", "denied journalists access": "deny" withholds a thing (within its first
// four words, data/lexicon/withheld-things.tsv) and denies no claim
function withholds(ctx: SentenceContext, verb: number): boolean {
  const t = ctx.doc.tokens;
  if (t[verb].lemma !== 'deny') return false;
  for (let k = verb + 1; k < Math.min(verb + 5, ctx.sentence.tokenEnd); k++) {
    if (ctx.kb.lexicon.withheldThings.has(t[k].lower)) return true;
    if (t[k].pos === 'VERB' || t[k].lower === 'that' || t[k].text === ',') return false;
  }
  return false;
}

function firstTokenOf(ctx: SentenceContext, p: ActorPhrase): number {
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (ctx.doc.tokens[i].end > p.start) return i;
  return ctx.sentence.tokenEnd;
}

const DENYING = new Set(['reject', 'deny', 'dismiss', 'refute', 'rebuff', 'repudiate', 'dispute']);
const CLAIM_NOUNS = new Set(['claim', 'report', 'allegation', 'accusation', 'suggestion', 'charge', 'rumour', 'rumor']);

// nouns of unattributed hearsay: what they say is alleged (coding guide, certainty: alleged is "'reportedly'")
const HEARSAY = new Set(['report', 'rumor', 'rumour']);
const CONFIRMING = new Set(['confirm', 'verify', 'corroborate']);

/**
 * Token index where hearsay starts at `i`, else -1: a hearsay noun as the subject of a reporting verb ("reports
 * said ...", `i` on the noun) or with a that-clause ("alarm over reports that ...", not "confirmed reports that").
 */
function hearsayFrom(ctx: SentenceContext, i: number): number {
  const t = ctx.doc.tokens;
  // the tagger reads a capitalised first word as a name: "Reports said ..." opens a sentence as often as a clause
  const opening = i === ctx.sentence.tokenStart && t[i].pos === 'PROPN';
  if (!(t[i].pos === 'NOUN' || opening) || !someFormIn(t[i], HEARSAY) || (ctx.phraseAt.has(i) && !opening)) return -1;
  const next = t[i + 1];
  if (!next || next.sentence !== t[i].sentence) return -1;
  if (next.lower === 'that') {
    // "Officials report that ...": after a noun, "report" is the verb the tagger misread; after a verb it is the
    // noun ("had received reports that", "is investigating reports that")
    if (!['ADP', 'DET', 'ADJ', 'VERB'].includes(t[i - 1]?.pos ?? '')) return -1;
    const confirming = t.slice(Math.max(ctx.sentence.tokenStart, i - 3), i).findIndex((x) => CONFIRMING.has(x.lemma));
    // "could not confirm reports that ..." still reports hearsay
    const confirmed = confirming >= 0 && !unsaid(t, Math.max(ctx.sentence.tokenStart, i - 3) + confirming, ctx.sentence.tokenStart);
    return confirmed ? -1 : i + 2;
  }
  return isReporting(ctx, next) ? i + 2 : -1;
}

/** Token index after "that" when the verb at `i` denies claims ("rejected claims that"), else -1. */
export function denialOfClaims(ctx: SentenceContext, i: number): number {
  const t = ctx.doc.tokens;
  if (!someFormIn(t[i], DENYING)) return -1;
  for (let j = i + 1; j < Math.min(ctx.sentence.tokenEnd, i + 6); j++) {
    if (CLAIM_NOUNS.has(t[j].lemma) && t[j + 1]?.lower === 'that') return j + 2;
    // "rejected Kyiv's claim that", "dismissed the rebels' claims that": the claim's owner may stand between
    const possessive = (k: number) => t[k] !== undefined && (t[k].pos === 'PART' || t[k].pos === 'PUNCT') && /^['’]s?$/.test(t[k].text);
    if (t[j].pos !== 'DET' && t[j].pos !== 'ADJ' && t[j].pos !== 'PROPN' && !possessive(j) && !(t[j].pos === 'NOUN' && possessive(j + 1))) return -1;
  }
  return -1;
}
