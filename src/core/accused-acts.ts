import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Token } from '../nlp/types.ts';

const DEFINITE = new Set(['a', 'an', 'the', 'this', 'that']);
const POSSESSIVE = new Set(['its', 'his', 'her', 'their', 'our']);
const OBJECT_WINDOW = 6;
const CEASEFIRE_VIOLATION = '196';
const CHARGE_WORDS = new Set(['of', 'for']);

/**
 * What an accusation alleges is coded as its own event only when it is a specific incident (coding guide
 * rule 5): "accused India of killing two soldiers", "accused Russia of shelling the plant on Sunday".
 * A generic charge stays inside the ACCUSE: "accused the rebels of killings and looting", "accused the
 * army of attacks on villages", "accused the government of fighting for territory". An act named after
 * the accusation's own clause has ended ("blamed the army for the violence and said the fighting …") is
 * no part of what is alleged.
 */
export function isUnspecificAccusedAct(ctx: SentenceContext, c: Candidate, link = c.trigger.nestedIn): boolean {
  if (!link) return false;
  const t = ctx.doc.tokens;
  // past the accusation's clause the words are no allegation: its nested copy goes, the sentence's own reading stays
  // ("accused Manila of provoking tensions and warned of countermeasures" warns too)
  for (let i = link.end; i < c.trigger.start; i++) if (endsClause(t, i)) return c.trigger.nestedIn !== undefined;
  if (c.trigger.tokens.some((k) => t[k].pos === 'NUM')) return false;
  const head = t[c.trigger.head];
  // "killings", "attacks": a plural act is a pattern of conduct, not an incident
  if (head.pos === 'NOUN' && head.lower !== head.lemma && head.lower.endsWith('s')) return true;
  if (head.pos === 'NOUN' && DEFINITE.has(t[c.trigger.start - 1]?.lower ?? '')) return false;
  // "accused Hamas of violating the ceasefire": a truce broken (CAMEO 196) names a norm, no incident, unless the charge
  // dates or counts it ("of violating the truce near Donetsk on Monday")
  if (c.info.code === CEASEFIRE_VIOLATION) return !datedOrCounted(ctx, c.trigger.head + 1);
  // "accused Tehran of supplying drones to Russia", "of collaborating with the militia": the name or the one thing in a
  // charge of cooperation is the partner every such charge has, no anchor of an incident (a day or a count still is)
  if (c.info.quadClass <= 2) return !datedOrCounted(ctx, c.trigger.head + 1, true);
  return !specificObject(ctx, c.trigger.head + 1, c.info.type === 'ASSAULT') && !datedOrCounted(ctx, c.trigger.head + 1);
}

// "and told VOA", "; it said", ", but Kyiv said": the accusation's complement ends at a clause edge ("of ambushing and
// killing", ", and of burning homes" coordinate inside it)
const endsClause = (t: readonly Token[], i: number) => t[i].text === ';' || t[i].pos === 'SCONJ'
  || (t[i].pos === 'CCONJ' && (t[i + 1]?.pos === 'AUX' || (t[i + 1]?.pos === 'VERB' && !t[i + 1].lower.endsWith('ing'))))
  || (t[i].pos === 'CCONJ' && t[i - 1]?.text === ',' && t[i + 1] !== undefined && !t[i + 1].lower.endsWith('ing') && t[i + 1].lower !== 'of')
  // ", an accusation Ukraine rejected": a noun phrase set off after the charge says something of it, it is not charged
  || (t[i].text === ',' && /^an?$/i.test(t[i + 1]?.text ?? '') && t[i + 2]?.pos === 'NOUN' && t[i + 3] !== undefined && t[i + 3].pos !== 'CCONJ' && t[i + 3].text !== ',')
  // ", days after police detained him", ", after troops seized the town": a time set off after the charge dates the
  // accusation, the outlet's (as provenance/frame-end.ts timesTheReport), no part of what is charged
  || (t[i].text === ',' && timeSetOff(t, i + 1));

// ", which has killed 4,000 people since 2018", ", where 500 have died": a relative clause set off after the charge tells
// of the place or conflict it names; its figures and dates are that clause's, no anchor of the charged act (an act told
// inside it is still its own: "of initiating the incident, which it said killed a soldier")
const endsCharge = (t: readonly Token[], i: number) => endsClause(t, i) || (t[i].text === ',' && /^(?:which|where|whose)$/i.test(t[i + 1]?.text ?? ''));

const TIME_MARKERS = new Set(['after', 'before', 'since', 'until', 'when', 'while']);
function timeSetOff(t: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(t.length, from + 4); k++) {
    if (TIME_MARKERS.has(t[k].lower)) return true;
    if (t[k].pos !== 'NUM' && t[k].pos !== 'DET' && t[k].pos !== 'NOUN' && t[k].pos !== 'ADJ') return false;
  }
  return false;
}

const WHEN = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|tonight|january|february|march|april|june|july|august|september|october|november|december)$/;

/**
 * "of firing rockets at Haifa on Sunday", "of killing 21 people in a guesthouse", "of funding militants who fired
 * rockets at Tel Aviv": the charge states a day, a toll or a named target ("partnered": a name is the partner's, no
 * anchor). A round toll or a setting is no anchor: "accused the army of killing dozens of protesters", "of killing
 * civilians in Darfur" charge a conduct, and the annotators code the ACCUSE alone; so does a strike the charge names
 * ("in the Nyala strikes"), told as its own event where the story tells it.
 */
function datedOrCounted(ctx: SentenceContext, from: number, partnered = false): boolean {
  const t = ctx.doc.tokens;
  for (let i = from; i < ctx.sentence.tokenEnd && !endsCharge(t, i) && t[i].text !== '.'; i++) {
    if (t[i].pos === 'NUM' || WHEN.test(t[i].lower) || t[i].pos === 'PROPN' && !partnered && !inSetting(t, from, i)) return true;
  }
  return false;
}

// "in Darfur", "across North Kivu", "in the Nyala strikes": a name after a preposition of setting places the conduct
// charged; after "at", "on" or "against" ("fired rockets at Tel Aviv") it names what was hit, an incident
const SETTING = new Set(['in', 'near', 'across', 'around', 'throughout', 'inside', 'within']);
function inSetting(t: readonly Token[], from: number, name: number): boolean {
  for (let k = name - 1; k >= from; k--) {
    if (t[k].pos === 'ADP') return SETTING.has(t[k].lower);
    if (!['PROPN', 'DET', 'ADJ', 'NOUN'].includes(t[k].pos)) return false;
  }
  return false;
}

/**
 * The object right after the act names one thing: a number, a name, or "a/the" + a singular noun, the last of a
 * compound ("the coup plotters" are many); an attack's "its" too ("of attacking its consulate in Damascus" one
 * building; "a pretext to topple his government" no incident).
 */
function specificObject(ctx: SentenceContext, from: number, attack = false): boolean {
  const t = ctx.doc.tokens;
  const end = Math.min(ctx.sentence.tokenEnd, from + OBJECT_WINDOW);
  for (let i = from; i < end; i++) {
    const x = t[i];
    if (x.pos === 'PUNCT' || x.pos === 'SCONJ' || x.pos === 'VERB' || (x.pos === 'ADP' && i > from)) return false;
    if (x.pos === 'NUM' || x.pos === 'PROPN') return true;
    if (DEFINITE.has(x.lower) || attack && POSSESSIVE.has(x.lower)) {
      let k = t.slice(i + 1, Math.min(end, i + 4)).findIndex((y) => y.pos === 'NOUN') + i + 1;
      if (k === i) continue;
      while (k + 1 < end && t[k + 1].pos === 'NOUN') k++;
      if (t[k].lower === t[k].lemma) return true;
    }
  }
  return false;
}

// the words of the accused between an accusation's verb and "of": names, nouns and their joints
const ACCUSED_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM']);
const CHARGE_REACH = 12;
function chargeAfterAccused(t: readonly Token[], start: number, accusations: readonly Candidate[]): Candidate['trigger'] | undefined {
  if (!CHARGE_WORDS.has(t[start - 1]?.lower ?? '')) return undefined;
  for (let k = start - 2; k >= Math.max(0, start - CHARGE_REACH); k--) {
    const accusation = accusations.find((a) => a.trigger.end - 1 === k);
    if (accusation) return accusation.trigger;
    if (!ACCUSED_WORDS.has(t[k].pos) && t[k].text !== ',') return undefined;
  }
  return undefined;
}

/**
 * "condemned US arms sales to Taiwan", "denounced Washington's arms sales", "criticised Western weapons deliveries": a
 * plural act of cooperation with no anchor of its own (an article, a count, a date, a clause telling it) as the object
 * of a verb coded ACCUSE is the policy accused, as a plural act after "accused X of" is (coding guide rule 5): no
 * incident. Plural attacks or arrests condemned ("condemned Israeli airstrikes on Gaza") are still told as done.
 */
function isAccusedConduct(ctx: SentenceContext, c: Candidate, accusing: ReadonlySet<number>): boolean {
  if (c.trigger.pattern.kind !== 'noun' || accusing.size === 0 || c.info.quadClass > 2) return false;
  const view = ctx.tree();
  const t = ctx.doc.tokens;
  let noun = c.trigger.head;
  while (view.label(noun) === 'compound' && view.upos(view.head(noun)) === 'NOUN') noun = view.head(noun);
  if (view.label(noun) !== 'obj' || !accusing.has(view.head(noun)) || t[noun].pos !== 'NOUN') return false;
  const [from, to] = view.span(noun);
  // "denounced the trade deal with Mercosur", "criticised the swap agreement": one act of cooperation named by "the" as
  // what is criticised is a known deal, told before or background; the criticism is the news (a count or a day still tells it)
  const known = t[noun].lower === t[noun].lemma && t[from].lower === 'the';
  if (!known && t[noun].lower === t[noun].lemma) return false;
  for (let i = from; i < to; i++) if ((!known && (DEFINITE.has(t[i].lower) || t[i].lower === 'these' || t[i].lower === 'those')) || t[i].pos === 'NUM' || WHEN.test(t[i].lower)) return false;
  return !view.children(noun).some((k) => view.label(k) === 'acl' || view.label(k) === 'acl:relcl');
}

export function withoutUnspecificAccusedActs(ctx: SentenceContext, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  // the same words found again outside the accusation are the same alleged act
  const links = new Map(candidates.flatMap((c) => (c.trigger.nestedIn ? [[c.trigger.start, c.trigger.nestedIn] as const] : [])));
  const accusations = candidates.filter((c) => c.info.type === 'ACCUSE' && c.trigger.pattern.kind === 'verb');
  const accusing = new Set(accusations.map((c) => c.trigger.head));
  // "accused Iran of | funding Hamas", "was accused of | backing the plotters": the act right after an accusation's own
  // "of" or "for" is its charge, however the parse hangs it (an agentless passive has no accuser to govern it later)
  const t = ctx.doc.tokens;
  const charges = new Map(accusations.filter((a) => CHARGE_WORDS.has(t[a.trigger.end - 1].lower)).map((a) => [a.trigger.end, a.trigger] as const));
  // "accused both the army and the rebels of | killing civilians and | burning villages": an accusation coded on its verb
  // alone has its charge after the accused's names and "of", and a charge conjoined right after a charge is one too
  const chargeOf = new Map<number, Candidate['trigger']>();
  for (const c of [...candidates].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const link = chargeAfterAccused(t, c.trigger.start, accusations) ?? [...chargeOf].find(([end]) => end === c.trigger.start - 1 && t[end].pos === 'CCONJ')?.[1];
    if (link) chargeOf.set(c.trigger.end, link);
    if (link) links.set(c.trigger.start, link);
  }
  return candidates.filter((c) => {
    if (!isUnspecificAccusedAct(ctx, c, c.trigger.nestedIn ?? links.get(c.trigger.start) ?? charges.get(c.trigger.start)) && !isAccusedConduct(ctx, c, accusing)) return true;
    onDrop?.(c, 'candidate:accused-act-not-specific');
    return false;
  });
}
