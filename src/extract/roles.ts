import type { ActorPhrase } from '../resolve/types.ts';
import { prenominalParticiple } from './prenominal-participle.ts';
import { baseForms, formTable } from './morphology.ts';
import type { Token } from '../nlp/types.ts';
import type { SentenceContext } from './context.ts';
import { isLeftBoundary, isRightBoundary } from './clause.ts';
import { coordinatedVerb } from './coordinated-verb.ts';
import { opensSayingVehicle } from './saying-vehicle.ts';
import { relativeAntecedent } from './relative-antecedent.ts';
import { objectGapNoun } from './tree-roles/object-gap.ts';
import { TOLL_VERBS } from './tree-roles/named-act.ts';
import { cuePhrases } from './cue-groups.ts';
import { asideAfterComma } from './comma-aside.ts';
import { participleForm } from './tree-roles/passive-conjunct.ts';
import { ownersRelative } from './owners-relative.ts';

// made once (a literal in a function made a new RegExp at every call)
const GERUND = /[a-z]ing$/;
const POSSESSIVE_S = /^[’']s$/;
const PARTICIPLE_ENDING = /(ing|ed)$/;
const PAST_ENDING = /[a-z]ed$/;
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);
const MODIFIER_SKIP = new Set(['DET', 'ADJ', 'NUM']);
const COUNT_HEDGES = new Set(['more', 'fewer', 'less']);
const QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'tens', 'millions', 'scores', 'some', 'many', 'several', 'most', 'all', 'none', 'two', 'three', 'four', 'five', 'six', 'dozen', 'number', 'group', 'delegation', 'team', 'convoy', 'members']);

/** First token of a phrase, and the word before it once determiners and adjectives are skipped. */
function governor(ctx: SentenceContext, p: ActorPhrase): { index: number; lower: string; pos: string } | null {
  const t = ctx.doc.tokens;
  let i = firstToken(ctx, p) - 1;
  // "tried frenzied, urban guerrilla tactics": a comma after an adjective is inside the noun phrase
  while (i >= ctx.sentence.tokenStart && (MODIFIER_SKIP.has(t[i].pos) || t[i].text === ',' && t[i - 1]?.pos === 'ADJ')) i--;
  return i >= ctx.sentence.tokenStart ? { index: i, lower: t[i].lower, pos: t[i].pos } : null;
}

export function firstToken(ctx: SentenceContext, p: ActorPhrase): number {
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (ctx.doc.tokens[i].end > p.start) return i;
  return ctx.sentence.tokenEnd;
}
export function lastTokenOf(ctx: SentenceContext, p: ActorPhrase): number {
  return lastToken(ctx, p);
}
function lastToken(ctx: SentenceContext, p: ActorPhrase): number {
  let last = firstToken(ctx, p);
  while (last + 1 < ctx.sentence.tokenEnd && ctx.doc.tokens[last + 1].start < p.end) last++;
  return last;
}

/**
 * Of phrases in apposition, the one that names: "Nabil Abdallah, the Sudanese army spokesman" → the name. A name no
 * code vouches for takes the code of the title beside it (a person's or a group's): the person speaks and acts for
 * the army or group the title names.
 */
function apposedName(out: readonly ActorPhrase[]): ActorPhrase | undefined {
  const name = out.find((x) => x.kind !== 'role' && x.kind !== 'anaphor');
  if (!name || name.kind !== 'named' || name.code !== null) return name;
  const title = out.find((x) => x !== name && x.code !== null && (x.kind === 'person' || x.kind === 'group' || x.kind === 'organization' || x.kind === 'role'));
  return title ? { ...name, code: title.code, entry: title.entry, kind: 'person', roleCode: title.roleCode } : name;
}

/**
 * "In remarks carried by Xinhua, the defense ministry said", "Following talks with Kenyan officials, the Somali
 * president agreed": the comma that closes a sentence's opening phrase (the sentence opens with a preposition,
 * subordinator or participle, and no comma comes before) joins nothing across it: no apposition, no list.
 */
function closesOpener(ctx: SentenceContext, comma: number): boolean {
  const t = ctx.doc.tokens;
  const first = t[ctx.sentence.tokenStart];
  if (!first || !(first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'VERB' && PARTICIPLE_ENDING.test(first.lower))) return false;
  for (let k = ctx.sentence.tokenStart; k < comma; k++) if (t[k].text === ',') return false;
  return true;
}

/** Phrases joined to `p` by "and", "or" or commas: "Russia and Belarus", "Iran, Syria and Iraq". */
function coordinated(ctx: SentenceContext, p: ActorPhrase, direction: 1 | -1): ActorPhrase[] {
  const out = [p];
  const t = ctx.doc.tokens;
  let cur = p;
  let sawConjunction = false;
  for (;;) {
    let i = direction > 0 ? lastToken(ctx, cur) + 1 : firstToken(ctx, cur) - 1;
    let sawJoin = false;
    let closed = false;
    while (i >= ctx.sentence.tokenStart && i < ctx.sentence.tokenEnd && ['and', 'or', ',', 'as', 'well', 'the', '/'].includes(t[i].lower)) {
      sawJoin = true;
      // "X, the army spokesman": an article after a comma opens an apposition, not a list
      if (t[i].lower !== ',' && t[i].lower !== 'the') sawConjunction = true;
      if (t[i].text === ',' && closesOpener(ctx, i)) closed = true;
      i += direction;
    }
    const next = ctx.phraseAt.get(i);
    // Commas alone make an apposition ("the other PMU group, Kata'ib Hezbollah"): one actor, the name.
    const done = !sawJoin || !next || next === cur || next.locative || next.kind === 'anaphor' && next.refersTo !== 'any_singular' && next.refersTo !== 'group'
      || !sawConjunction && closed;
    if (done) return sawConjunction ? out : [apposedName(out) ?? p];
    out.push(next);
    cur = next;
  }
}

/**
 * The subject of the verb at `head`: the nearest phrase to its left in the same clause that is not
 * the object of a preposition or verb, skipping relative clauses and parentheses.
 */
export function findSubject(ctx: SentenceContext, head: number, allowPossessor = false, rules?: string[]): ActorPhrase[] {
  const t = ctx.doc.tokens;
  if (ctx.skip.has(head)) return relativeAntecedent(ctx, head, rules);
  for (let i = head - 1; i >= ctx.sentence.tokenStart; i--) {
    if (ctx.skip.has(i)) continue;
    if (isLeftBoundary(t[i], ctx.kb.lexicon.reporting, t) && i !== head) {
      // "Russia denied attacking", "the army claimed to have recaptured": the reporting verb's subject acts
      const between = t.slice(i + 1, head);
      const controlled = t[i].pos === 'VERB' && between.every((x) => ['to', 'have', 'having', 'been'].includes(x.lower) || x.pos === 'ADV');
      if (!controlled) return [];
      continue;
    }
    const p = ctx.phraseAt.get(i);
    if (!p || p.locative) continue;
    const gov = governor(ctx, p);
    // after "said" a phrase starts the reported clause ("said its forces struck"): a subject, not an object
    const afterReporting = gov?.pos === 'VERB' && ctx.kb.lexicon.reporting.has(t[gov.index].lemma);
    // "Dozens of opposition supporters were arrested": a quantity, not a preposition
    // "more than 125,000 supporters rallied": the hedge of a count, not a preposition
    const quantity = gov?.lower === 'of' && QUANTITIES.has(t[gov.index - 1]?.lower ?? '') || gov?.lower === 'than' && COUNT_HEDGES.has(t[gov.index - 1]?.lower ?? '');
    const describing = gov?.lower === 'by' && describingAgent(ctx, gov.index);
    if (describing) rules?.push('roles:describing-participle-agent');
    const oblique = !quantity && gov && (gov.pos === 'ADP' && (gov.lower !== 'by' || describing) || gov.pos === 'VERB' && !afterReporting && !isLeadingParticiple(ctx, gov.index) && !describesPhrase(ctx, gov.index, p) || gov.lower === 'of' || gov.lower === 'against');
    // "showed the protesters marching (and chanting)", "saw soldiers shooting": the object right before a participle
    // (or a participle joined to one) does it; not a participle's own object ("shooting worshippers and setting fire to
    // homes": the two participles share their doer)
    const participleSubject = gov?.pos === 'VERB' && GERUND.test(t[head].lower) && !GERUND.test(t[gov.index].lower)
      && t.slice(lastToken(ctx, p) + 1, head).every((x) => x.lower === 'and' || x.pos === 'ADV' || x.pos === 'VERB' && GERUND.test(x.lower));
    if (participleSubject) rules?.push('roles:object-before-participle');
    i = firstToken(ctx, p);
    if (oblique && !participleSubject) continue;
    // "Iran's": a possessor, not the subject — unless asked for ("Ukraine's bid was backed by Poland": Ukraine is backed)
    if (POSSESSIVE_S.test(t[lastToken(ctx, p) + 1]?.lower ?? '') && !allowPossessor) continue;
    return coordinated(ctx, p, -1).reverse();
  }
  return [];
}

/**
 * "a clinic run by a charity", "a school operated by the UN": the "by" of a participle right after a noun names
 * who does what describes that noun, never the subject of a verb further on ("..., killing four patients").
 * So does a participle opening an aside: "The attack, described by Israel as terrorism, killed two people",
 * "The Houthis, backed by Iran, attacked a ship".
 */
function describingAgent(ctx: SentenceContext, by: number): boolean {
  const t = ctx.doc.tokens;
  const participle = by - 1;
  // a sentence (or document) that opens with "by" has no participle before it
  if (participle <= ctx.sentence.tokenStart) return false;
  // the tagger reads some participles as adjectives ("branded")
  const isParticiple = (k: number) => t[k].pos === 'VERB' || t[k].pos === 'ADJ' && /ed$/.test(t[k].lower);
  if (isParticiple(participle) && (['NOUN', 'PROPN'].includes(t[participle - 1].pos) || t[participle - 1].text === ',')) return true;
  // "The attack, called an act of terrorism by the UN, killed": the agent of a participle aside opened by a comma
  for (let k = by - 1; k > ctx.sentence.tokenStart && k >= by - 10 && t[k].text !== ','; k--) if (t[k - 1].text === ',' && isParticiple(k) && PAST_ENDING.test(t[k].lower)) return true;
  return false;
}

/**
 * "Suspected Boko Haram fighters stormed the town", "Alleged rebels ambushed a patrol": a participle that opens
 * the sentence modifies the noun after it (the taggers read it as a verb with that noun as its object).
 */
export function isLeadingParticiple(ctx: SentenceContext, i: number): boolean {
  return i === ctx.sentence.tokenStart && PAST_ENDING.test(ctx.doc.tokens[i].lower);
}
// "Three suspected militants were killed": a participle modifying the phrase's own noun governs nothing in it
const describesPhrase = (ctx: SentenceContext, i: number, p: ActorPhrase) => ((n) => n !== null && n >= firstToken(ctx, p) && n <= lastToken(ctx, p))(prenominalParticiple(ctx.tree(), i));

/**
 * The target after the pattern: the first participant phrase in the same clause, directly or
 * after a preposition ("attacked X", "sanctions on X", "talks with X"); "by X" is the agent, not a target.
 */
export function findObject(ctx: SentenceContext, from: number, maxTokens = 12, patternTokens: readonly number[] = [], inPhrase = false): ActorPhrase[] {
  const t = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.tokenEnd, from + maxTokens);
  // "Ruto, whom he met at the White House": in a relative clause whose object is the noun it hangs on, "at X" is the setting
  const gapped = () => t[from - 1]?.pos === 'VERB' && objectGapNoun(ctx.tree(), ctx.kb, from - 1) !== null;
  for (let i = from; i < end; i++) {
    if (isRightBoundary(t[i], t[i + 1], t) || t[i].pos === 'CCONJ' && coordinatedVerb(ctx, i + 1) || asideAfterComma(ctx, i)) return [];
    if (opensSayingVehicle(t, i, ctx.kb.lexicon.sayingVehicles, ctx.kb.lexicon.platforms) || inPhrase && predicateOfEarlierSubject(ctx, i, from)) return [];
    const p = ctx.phraseAt.get(i);
    // "held firm": the pattern's own non-noun words are not its object; "killed three people" keeps "people"
    if (!p || (patternTokens.includes(i) && t[i].pos !== 'NOUN' && t[i].pos !== 'PROPN' && !formTable(t).standsIn(i))) continue; // ("expelled him" read as the row's "ambassador" keeps him)
    // "released its drone footage": a possessive determiner belongs to the object, it is not the object
    if (p.kind === 'anaphor' && !p.roleCode && POSSESSIVE_DETERMINERS.has(p.text.toLowerCase()) && !formTable(t).standsIn(i)) continue;
    const gov = governor(ctx, p);
    if (p.locative && !partnerIn(ctx, gov, patternTokens, from) || gov?.lower === 'by' || gov?.lower === 'according' || (gov && byPartitive(ctx, gov.index)) || (gov && forWhom(ctx, gov.index, patternTokens)) || gov?.lower === 'at' && gapped()) {
      i = lastToken(ctx, p);
      continue;
    }
    // "an attack on retailer Amazon and China fired back": past "and", a name before its verb opens the next clause;
    // "a drone hit a power station, Mayor X said": so does one after a comma (the trailing speaker)
    if (newClauseSubject(t, from, firstToken(ctx, p), lastToken(ctx, p))) return [];
    // "warned Israel's allies", "urged Ukraine's partners": the owner's kin or ally is another, no one the window can code
    const relative = ownersRelative(ctx, lastToken(ctx, p));
    if (relative !== undefined) return [{ ...p, end: relative.end, text: ctx.doc.text.slice(p.start, relative.end), code: null, entry: null, kind: 'role', roleKind: 'person', roleCode: undefined }];
    return coordinated(ctx, p, 1);
  }
  return [];
}

/**
 * "Israel's strike on the school | sparked condemnation": for an act noun's window (`inPhrase`), the predicate of the phrase
 * it began in ends that phrase, unless an act or toll verb tells whom it hit ("a raid killed nine soldiers"; not "angered Beijing").
 */
function predicateOfEarlierSubject(ctx: SentenceContext, i: number, from: number): boolean {
  const tree = ctx.tree(), lemma = ctx.doc.tokens[i].lemma, act = TOLL_VERBS.has(lemma) || ctx.kb.patterns.get(lemma)?.some((x) => x.kind === 'verb');
  return ctx.doc.tokens[i].pos === 'VERB' && tree.upos(i) === 'VERB' && tree.childrenWith(i, 'nsubj').some((s) => s < from) && !(act && tree.childrenWith(i, 'obj').some((o) => ctx.phraseAt.has(o)));
}

/**
 * "pledged to invest $15 billion in Pakistan", "will invest in Kenya's railways": after a verb of investing (clause-cues.tsv
 * partner-in) the country "in" names is the partner the money goes to, not where the act happens. The verb is the
 * pattern's, or the infinitive of an intent noun's window ("a pledge by Saudi Arabia | to invest $15 billion in Pakistan").
 */
function partnerIn(ctx: SentenceContext, gov: { index: number; lower: string } | null, patternTokens: readonly number[], from: number): boolean {
  if (gov?.lower !== 'in') return false;
  const t = ctx.doc.tokens;
  const verbs = cuePhrases(ctx.kb.lexicon.clauseCues, 'partner-in');
  if (patternTokens.some((k) => k < gov.index && verbs.has(t[k].lemma))) return true;
  for (let k = from + 1; k < gov.index; k++) if (t[k - 1].lower === 'to' && verbs.has(t[k].lemma)) return true;
  return false;
}

// "in support of X", "on behalf of X", "in solidarity with X": whom the act is done for
const FOR_WHOM: Readonly<Record<string, ReadonlySet<string>>> = { of: new Set(['support', 'behalf']), with: new Set(['solidarity']) };

/**
 * "the Kenyans counterattacked in support of the Somali troops": the phrase after these words is whom the act helps,
 * never what it lands on; a pattern that holds the words itself ("protest on behalf of") names its object by them.
 */
function forWhom(ctx: SentenceContext, gov: number, patternTokens: readonly number[]): boolean {
  const words = FOR_WHOM[ctx.doc.tokens[gov].lower];
  return words !== undefined && gov > ctx.sentence.tokenStart && words.has(ctx.doc.tokens[gov - 1].lower) && !patternTokens.includes(gov);
}

/** The phrase from `first` to `last` follows an "and"/"or", a subordinator or a comma after `from`, and is followed by its own verb. */
function newClauseSubject(t: readonly Token[], from: number, first: number, last: number): boolean {
  // ("and Hamas later fired rockets": an adverb may stand before the verb)
  const next = t[last + 1]?.pos === 'ADV' ? t[last + 2] : t[last + 1];
  if (!next || next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  let k = first - 1;
  while (k > from && (['DET', 'ADJ', 'NUM'].includes(t[k].pos) || t[k].lower === 'of' && t[k - 1].pos !== 'VERB')) k--; // (", some of them carrying")
  if (k > from && t[k].text === ',') return true;
  // "opened fire on the crowd after protesters threw stones": so does one after a subordinator
  for (k = first - 1; k > from; k--) if (t[k].pos === 'CCONJ' || SUBORDINATORS.has(t[k].lower)) return true;
  return false;
}

// of time and cause; a condition's subject ("until Russia withdraws", "unless X") is whom a refusal or threat aims at
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'as', 'since', 'although', 'though', 'whereas']);

/** "by X" after a passive verb or an event noun: the agent. */
export function findAgent(ctx: SentenceContext, from: number, maxTokens = 8): ActorPhrase[] {
  const t = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.tokenEnd, from + maxTokens);
  // "raids (allegedly) carried out by X" describe the act; "a strike hit a clinic run by a charity": a verb after
  // other words starts another clause, whose "by" is its own
  let describing = true;
  for (let i = from; i < end; i++) {
    // ("were beaten and detained by soldiers": a participle coordinated right after the trigger shares the agent after it)
    const coordinatedParticiple = i === from && t[i].pos === 'CCONJ' && t[i + 1]?.pos === 'VERB' && participleForm(t[i + 1].lower);
    if (isRightBoundary(t[i], t[i + 1], t) && !coordinatedParticiple) return [];
    if (t[i].pos === 'VERB' && !describing) return [];
    // "talks mediated by Qatar", "a truce brokered by Egypt": that participle's "by" is a third party, not the doer
    // (the word tagger may call the participle an adjective and keep its -ed form as the lemma)
    if ((t[i].pos === 'VERB' || t[i].pos === 'ADJ') && baseForms(t[i]).some((f) => ctx.kb.lexicon.thirdPartyParticiples.has(f))) return [];
    if (!['VERB', 'ADV', 'AUX', 'PART'].includes(t[i].pos) && !['that', 'which'].includes(t[i].lower) && !coordinatedParticiple) describing = false;
    if (t[i].lower !== 'by') continue;
    const p = partitiveOf(ctx, i + 1) ?? ctx.phraseAt.get(i + 1) ?? ctx.phraseAt.get(i + 2);
    return p ? coordinated(ctx, p, 1) : [];
  }
  return [];
}

// "an attack on a post by members of the Karen National Union", "raids by fighters of the group": who acts is
// the "of" noun (the quantities and parts of a group that participants.ts reads on the tree)
const GROUP_PARTS = new Set([...QUANTITIES, 'member', 'fighters', 'militants', 'elements', 'supporters', 'unit', 'units', 'remnants', 'coalition', 'alliance', 'umbrella', 'network', 'consortium']);

/** The phrase after "[the] members of [the]" starting at `i`, or undefined. */
function partitiveOf(ctx: SentenceContext, i: number): ActorPhrase | undefined {
  const t = ctx.doc.tokens;
  let k = i;
  while (k < ctx.sentence.tokenEnd && MODIFIER_SKIP.has(t[k].pos)) k++;
  if (!GROUP_PARTS.has(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'of') return undefined;
  return ctx.phraseAt.get(k + 2) ?? ctx.phraseAt.get(k + 3);
}

/** `of` at `ofIndex` closes "by [the] members of": the phrase after it is an agent, not a target. */
function byPartitive(ctx: SentenceContext, ofIndex: number): boolean {
  const t = ctx.doc.tokens;
  if (t[ofIndex]?.lower !== 'of' || !GROUP_PARTS.has(t[ofIndex - 1]?.lower ?? '')) return false;
  let k = ofIndex - 2;
  while (k >= ctx.sentence.tokenStart && MODIFIER_SKIP.has(t[k].pos)) k--;
  return t[k]?.lower === 'by';
}
