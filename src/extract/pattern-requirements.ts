import type { ActorPhrase } from '../resolve/types.ts';
import { surelyActive } from './tree-roles/passive-conjunct.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { instrumentSubject } from './tree-roles/instrument-subject.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { isStayAbroad, stayHost } from './stay-abroad.ts';
import { isPassiveClause } from './tree-roles/tree-actors.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import { modalityOf } from './modality.ts';
import { isPhoneCall } from './phone-call.ts';
import { cuePhrases } from './cue-groups.ts';

/**
 * The conditions a pattern row's `requires` column sets on its clause, besides an object (candidate.ts):
 * `instrument`, a munition or an act as the verb's subject ("a rocket slammed into a school", where "the bus slammed
 * into a truck" is no attack); `place`, a named place as what the verb takes ("captured Bakhmut", "Kherson was
 * liberated", where "captured the suspect" or "captured the public's imagination" is no taking of ground); `stay`, a visitor's
 * dated stay in another country ("was in Eritrea last week": stay-abroad.ts); `active`, the verb in the active voice;
 * `negated`, a negation just before the idiom ("will not stand idly by", "won't sit idly by"), which is its own (for a
 * `spoken` warning, not after a past auxiliary: "did not hesitate to fire" tells what was done); `announced`, the act
 * still to come ("would respond to the strikes"); `callee`, a leader or state rung up (phone-call.ts).
 */
export function meetsRowRequirements(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.pattern.requiresInstrument && instrumentSubject(ctx.tree(), ctx.kb, tr.head, true) === null) return false;
  if (tr.pattern.requiresStay && !isStayAbroad(ctx, tr.head)) return false;
  if (tr.pattern.requiresActive && isCarried(ctx.tree(), tr.head)) return false;
  // (`announced`: "Russia would respond to the strikes" warns; "police responded to the attack" came to the scene)
  if (tr.pattern.requiresAnnouncement && modalityOf(ctx, tr.head, tr.start).status !== 'planned') return false;
  if (tr.pattern.requiresNegation && (ownedNegationAt(ctx, tr) < 0 || tr.pattern.spoken && negatesPastDeed(ctx, ownedNegationAt(ctx, tr)))) return false;
  if (tr.pattern.requiresCallee && !isPhoneCall(ctx, tr.head)) return false;
  if (tr.pattern.kind === 'noun' && contestedOccasion(ctx, tr.head)) return false;
  // (a verb row on the verb's noun form takes its place as a noun row does: "Russia's capture of Avdiivka")
  return !tr.pattern.requiresPlace || takesNamedPlace(ctx, tr.head, tr.pattern.kind === 'noun' || ctx.tree().upos(tr.head) === 'NOUN');
}

/** Whom a row's requirement names as the target: the host country of a stay ("was in Cairo": Egypt); null for other rows. */
export function requiredTarget(ctx: SentenceContext, tr: Trigger): ActorPhrase[] | null {
  const host = tr.pattern.requiresStay ? stayHost(ctx, tr.head) : null;
  return host ? [host] : null;
}

/**
 * The verb's object, or its passive subject (a noun row's "of" phrase), is headed by a place (not "Bakhmut's defenders"): one the article's places
 * hold, or a proper name that names a town and no person or body, where the tagger took the verb for another word and
 * so hid the town from the places ("liberated" read as an adjective, "retook" as a noun).
 */
function takesNamedPlace(ctx: SentenceContext, verb: number, actNoun: boolean): boolean {
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  // ("seized most of Goma": a share of a place, data/lexicon/partitive-words.tsv, is ground taken as the place is)
  const wholes = (o: number) => ctx.kb.lexicon.partitiveWords?.has(t[o].lower)
    ? view.childrenWith(o, 'nmod').filter((n) => view.childrenWith(n, 'case').some((c) => t[c].lower === 'of')) : [o];
  // ("the Taliban's takeover of Kabul": an act noun takes its place in its "of" phrase)
  const ofPlaces = actNoun ? view.childrenWith(verb, 'nmod').filter((n) => view.marker(n) === 'of') : [];
  return [...view.childrenWith(verb, 'obj', 'nsubj:pass'), ...ofPlaces].flatMap(wholes).some((o) => {
    if (ctx.places?.overlapping(t[o].start, t[o].end).some((p) => p.place.precision !== 'site')) return true;
    const phrase = ctx.phraseAt.get(o);
    if (t[o].pos !== 'PROPN' || phrase && phrase.kind !== 'country') return false;
    const words = [...view.childrenWith(o, 'compound', 'flat').filter((c) => c < o), o];
    return ctx.kb.cities(normalizeName(ctx.doc.text.slice(t[words[0]].start, t[o].end))).length > 0;
  });
}

/**
 * "was flown to The Hague", "was arrested in Manila and flown to The Hague": a passive verb, or a conjunct with no
 * subject or auxiliary of its own after one, whose subject is carried somewhere rather than making the trip.
 */
function isCarried(view: TreeView, verb: number): boolean {
  if (isPassiveClause(view, verb)) return true;
  const first = view.head(verb);
  // ("was detained and later flew to Moscow": a simple past makes its own trip)
  if (view.base(verb) !== 'conj' || first < 0 || !isPassiveClause(view, first) || surelyActive(view, verb)) return false;
  return view.children(verb).every((c) => !['nsubj', 'nsubj:pass', 'aux', 'aux:pass'].includes(view.label(c)));
}

const NEGATIONS = new Set(['not', "n't", 'never']);
// "did not hesitate to fire", "had not stood idly by": a spoken warning's idiom told of the past tells a deed, no warning
const PAST_AUXILIARIES = new Set(['did', 'had', 'was', 'were']);
function negatesPastDeed(ctx: SentenceContext, negation: number): boolean {
  const before = ctx.doc.tokens[negation - 1];
  return negation - 1 >= ctx.sentence.tokenStart && (PAST_AUXILIARIES.has(before.lower) || ctx.doc.tokens[negation].lower === 'never' && before.pos !== 'AUX');
}

/** "will not stand idly by", "will not simply stand idly by": the negation right before the trigger, or one adverb before it; -1 for none. */
export function ownedNegationAt(ctx: SentenceContext, tr: Trigger): number {
  const t = ctx.doc.tokens;
  const first = ctx.sentence.tokenStart;
  if (tr.start - 1 >= first && NEGATIONS.has(t[tr.start - 1].lower)) return tr.start - 1;
  return tr.start - 2 >= first && t[tr.start - 1].pos === 'ADV' && NEGATIONS.has(t[tr.start - 2].lower) ? tr.start - 2 : -1;
}

const ABILITY = new Set(['can', 'could']);
/**
 * Where the idiom's words begin, its own negation first: "cannot stand idly by", "can't sit idly by" say as "will not"
 * that the speaker will act, so an ability modal right before the negation is the idiom's too (no possibility told).
 */
export function ownedIdiomStart(ctx: SentenceContext, tr: Trigger): number {
  const negation = ownedNegationAt(ctx, tr);
  if (negation < 0) return tr.start;
  const before = ctx.doc.tokens[negation - 1];
  return negation - 1 >= ctx.sentence.tokenStart && before.pos === 'AUX' && ABILITY.has(before.lemma) ? negation - 1 : negation;
}

/**
 * "Carney's Liberals won Canada's snap election", "the ruling party lost Japan's snap poll": an election noun that a
 * contestant's verb takes as its object (clause-cues.tsv contest-verb, contested-occasion) is the vote they took part
 * in, not its calling; the noun is no act there.
 */
function contestedOccasion(ctx: SentenceContext, noun: number): boolean {
  const view = ctx.tree();
  const cues = ctx.kb.lexicon.clauseCues;
  if (!view.has(noun) || view.label(noun) !== 'obj' || !cuePhrases(cues, 'contested-occasion').has(ctx.doc.tokens[noun].lemma)) return false;
  const verb = view.head(noun);
  return verb >= 0 && cuePhrases(cues, 'contest-verb').has(ctx.doc.tokens[verb].lemma);
}
