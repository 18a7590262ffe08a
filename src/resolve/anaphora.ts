import type { AnalyzedText } from '../nlp/types.ts';
import { namesOtherOffice } from './other-office.ts';
import type { ActorPhrase } from './types.ts';
import { tokenAt } from './token-map.ts';
import { collectiveAntecedent, type StateNames } from './collective-antecedent.ts';
import { isIntergovernmental, sectorMayTakeUp } from './sector-antecedent.ts';
import { isRoleHolder, isTitledPerson } from './titled-person.ts';
import { coordinatedAntecedent, inCoordinatedList } from './coordinated-antecedent.ts';
import { measureOwner, type MeasureWords } from './measure-antecedent.ts';
import { STATE_DESCRIPTION_RULE } from './state-descriptions.ts';
import { ownedBody, POSSESSIVE_ROLE_RULE } from './owned-body.ts';
import { whoseHead, WHOSE_ROLE_RULE } from './whose-role.ts';
import { mediatorAntecedent, mediatorPhrases } from './mediator-antecedent.ts';
import { trailingSpeakerOwner, TRAILING_SPEAKER_OWNER_RULE } from './trailing-owner.ts';
import { apposedAntecedent } from './apposed-antecedent.ts'; import { SELF_GIVEN_NAME_RULE } from './self-given-names.ts';
import { BODY_NOUNS } from './body-nouns.ts';
import { INDEFINITE_BODY_RULE } from './indefinite-body.ts';
import { unarmedForArmed } from './armed-antecedent.ts';
import { isPersonDescribedFor, objectOfVerbBefore } from './described-person.ts';
import { gathersTestimony, speakersOwnSide } from './quote-speaker-side.ts'; import { genderClash, type GivenNameGenders } from './pronoun-gender.ts';

const NO_MEASURES: MeasureWords = { verb: () => false, noun: () => false };
import {
  adjunctGerund, conjoinedVerb, deniesClaimOver, firstVerbAfter, governingVerb, hyphenJoined, joinedClauseSubject, openerEnd, ownsClaimBefore, POSSESSIVE, reportedSubject, setOff, speaksBefore,
  takesUpThing, verbBefore } from './anaphor-clause.ts';

// two or three capitalised words, no initials or acronyms: the shape of a person's name ("Ali Khan", "Maria Lopez")
const PERSON_SHAPED = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/;
// ("he", "him" only, not a description such as "the president": a name no gazetteer knows shaped as a person's, "Ali Khan")
const unknownPerson = (p: ActorPhrase) => p.kind === 'named' && PERSON_SHAPED.test(p.name);
const COMPATIBLE: Record<string, (p: ActorPhrase) => boolean> = {
  group: (p) => p.kind === 'group' || p.kind === 'organization' || p.kind === 'named',
  // "Ahmed Ali told reporters the rebels shelled the town": a plural description, like "they", takes up no unknown
  // name, which is mostly a person's (a description the gazetteer has not resolved still says who acts)
  group_plural: (p) => p.kind === 'group' || p.kind === 'organization',
  person: (p) => p.kind === 'person' && !p.plural, // ("he", "him": never "South Korean prosecutors")
  // "NATO leaders met ... Zelenskyy criticized ... The leaders approved": a plural description of people takes up
  // people named in the plural, never one person
  person_plural: (p) => p.plural && p.code !== null && (p.kind === 'person' || p.kind === 'role' || p.kind === 'organization'),
  state: (p) => p.kind === 'country',
  any_singular: (p) => !p.plural && p.kind !== 'person',
  any_plural: (p) => p.plural || p.kind === 'group' || p.kind === 'organization',
};

/**
 * Resolves each anaphor to the most salient earlier actor it agrees with: recent sentences first,
 * and within a sentence the first phrase (usually the subject). Returns anaphor → antecedent.
 */
export function resolveAnaphora(
  doc: AnalyzedText, phrases: readonly ActorPhrase[], isReporting: (lemma: string) => boolean = () => false, isClaimNoun: (lemma: string) => boolean = () => false,
  quotes: ReadonlyArray<{ readonly start: number; readonly end: number }> = [], measures: MeasureWords = NO_MEASURES,
  isMediating: (word: string) => boolean = () => false, isStateNoun: (word: string) => boolean = () => false, isDenying: (lemma: string) => boolean = () => false,
  officeOf: (title: string) => string | undefined = () => undefined, stateCollective: StateNames & { readonly isNoun: (noun: string) => boolean } | null = null,
  internationalTitles: ReadonlySet<string> = new Set(), isTalks: (word: string) => boolean = () => false,
  isCustodyAct: (lemma: string) => boolean = () => false, genders?: GivenNameGenders, isTelling: (lemma: string) => boolean = () => false, // ("arrested", "detained": a state's act, data/lexicon/clause-cues.tsv; given names' gender)
): Map<ActorPhrase, ActorPhrase> {
  const quoteOf = (p: ActorPhrase) => quotes.find((q) => q.start <= p.start && p.end <= q.end);
  const resolved = new Map<ActorPhrase, ActorPhrase>();
  const ordered = [...phrases].sort((a, b) => a.start - b.start);
  const sentenceOf = (p: ActorPhrase) => doc.tokens[tokenAt(doc, p.start)]?.sentence ?? 0;
  const joinedByAnd = (a: ActorPhrase, b: ActorPhrase) => a.end <= b.start && /^\s*(,\s*)?and\s+$/.test(doc.text.slice(a.end, b.start));
  // "In a statement carried by state media, the ministry said its forces ...": an opening phrase up to its comma is
  // no part of the clause, so the subject is the first phrase after it
  const clauseStart = doc.sentences.map((s) => doc.tokens[openerEnd(doc, s.tokenStart, s.tokenEnd)]?.start ?? s.start);
  const firstInSentence = new Set<ActorPhrase>();
  let lastSentence = -1;
  for (const p of ordered) {
    const s = sentenceOf(p);
    if (p.locative || p.start < clauseStart[s]) continue;
    if (s !== lastSentence) firstInSentence.add(p);
    lastSentence = s;
  }
  // Subject-like: before its sentence's first verb. "It" and "they" point back to a subject
  // ("The storm made landfall ... It cut power": not to a country named later in the sentence).
  const firstVerb = doc.sentences.map((s) => {
    for (let i = openerEnd(doc, s.tokenStart, s.tokenEnd); i < s.tokenEnd; i++) if ((doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') && !hyphenJoined(doc, i)) return doc.tokens[i].start;
    return s.end;
  });
  // "Officials said insurgents ... and they overran", "the opposition says its rallies": a reported clause's subject too
  // ... and the subject of a clause joined after a comma: "Russia shelled a village, but Kyiv said its forces ..."
  const subjectLike = (p: ActorPhrase) => p.start < firstVerb[sentenceOf(p)] || reportedSubject(doc, p, isReporting, isTelling) || joinedClauseSubject(doc, p);
  // "The war erupted in April. It has killed tens of thousands": a sentence-opening "it" takes up the previous
  // sentence's subject, and when that subject is no actor (a war, a storm, an attack) "it" names no one
  const actorSubject = new Set(ordered.filter((p) => !p.locative && p.start < firstVerb[sentenceOf(p)]).map(sentenceOf));
  // "Egypt and Qatar, which have mediated the talks": third parties, never one of "both sides"
  const mediators = ordered.some((p) => p.refersTo === 'collective' || p.refersTo === 'mediator') ? mediatorPhrases(doc, ordered, isMediating, isTalks) : new Set<ActorPhrase>();
  ordered.forEach((p, i) => {
    if (p.kind !== 'anaphor') return;
    if (p.refersTo === 'mediator') {
      const mediator = mediatorAntecedent(doc, ordered, i, sentenceOf, isMediating, isTalks);
      if (mediator) resolved.set(p, mediator);
      return;
    }
    if (p.rule === WHOSE_ROLE_RULE) {
      const head = whoseHead(doc, ordered, i, resolved);
      if (head) resolved.set(p, head);
      return;
    }
    if (takesUpThing(doc, p, sentenceOf(p), actorSubject)) return;
    if (p.rule === INDEFINITE_BODY_RULE) return; // "a parliamentary commission" introduces a body, takes up none
    // "... went on strike ... a court suspended it": the strike, held by whoever went on it
    const owner = measureOwner(doc, p, ordered, measures, isReporting);
    if (owner !== undefined) return void (owner && resolved.set(p, owner));
    if (p.refersTo === 'collective') {
      // "The African Union called on both sides": the verb's own subject is not one of the sides it addresses
      const governor = verbBefore(doc, tokenAt(doc, p.start));
      const before = ordered.slice(0, i).filter((o) => !mediators.has(o) && (governor === null || sentenceOf(o) !== sentenceOf(p) || firstVerbAfter(doc, o) !== governor));
      // ("the two Koreas" names its members: data/lexicon/collective-names.tsv, anaphor-phrases.ts)
      const speaker = governor !== null && isReporting(doc.tokens[governor].lemma) ? ordered.slice(0, i).find((o) => sentenceOf(o) === sentenceOf(p) && firstVerbAfter(doc, o) === governor) ?? null : null;
      const together = p.members ? { ...p, kind: 'role' as const, roleCode: 'GOV', rule: 'anaphor:collective-name' } : collectiveAntecedent(before, resolved, sentenceOf, sentenceOf(p), joinedByAnd, speaker && (resolved.get(speaker) ?? speaker), stateCollective?.isNoun(p.text.split(/\s+/).pop()!.toLowerCase()) ? stateCollective : null);
      if (together) resolved.set(p, together);
      return;
    }
    const pronoun = p.refersTo === 'any_singular' || p.refersTo === 'any_plural';
    // "'They looted everything,' a resident said, referring to RSF fighters": the quote's speaker says whom it means
    const referred = pronoun ? referredTo(doc, ordered, p, quoteOf(p)) : undefined;
    if (referred) return void resolved.set(p, referred.kind === 'anaphor' ? resolved.get(referred) ?? referred : referred);
    // ("his forces" is one person's: only a description in the plural, "the leaders", takes up people in the plural)
    const compatible = COMPATIBLE[p.plural && !pronoun && (p.refersTo === 'group' || p.refersTo === 'person' && p.rule.startsWith('anaphor:definite')) ? `${p.refersTo}_plural` : p.refersTo ?? 'any_singular'] ?? COMPATIBLE.any_singular;
    // "international envoy Kofi Annan said ... He had urged": "he" and "she" also take a person the article
    // introduces by a title alone (a description such as "the president" keeps to people it names), one person only:
    // "Officers tracked the gunman ... Police arrested him" (him, the gunman; never the officers)
    const titled = p.rule === 'anaphor:person';
    // "the U.S.-led coalition ... The coalition": a description takes up a phrase with its own head word, whatever its
    // kind; one naming several sides ("the coalition", "the alliance") no single armed group
    // ... but "his interior minister" is the owner's other office: its possessive finds the owner, whatever his title
    const head = pronoun || p.rule === POSSESSIVE_ROLE_RULE ? null : headWord(p.text);
    // ("the separatists" after "Separatists shelled": a bare role only where no name the description fits is near)
    const sameHead = (t: ActorPhrase) => head !== null && (headWord(t.text) === head || t.rule === SELF_GIVEN_NAME_RULE && namesBody(t, head)); // ("a group calling itself the X Movement ... the group | the movement")
    const sides = head !== null && SEVERAL_SIDES.has(head);
    const body = head !== null && BODY_NOUNS.has(head); // ("the commission" takes up only a commission named before)
    // ("the EU ambassador ... The opposition refused": a description of one state's sector, sector-antecedent.ts)
    // (a description with the antecedent's own head word may: "NATO leaders ... The leaders")
    // "The United Nations said ... The special envoy met": an international office's title takes up the body named before
    const bodyOfficer = (t: ActorPhrase) => t.kind === 'organization' && isIntergovernmental(t) && p.refersTo === 'person' && p.rule.startsWith('anaphor:definite') && namesTitle(internationalTitles, p.text);
    const fits = (t: ActorPhrase) => bodyOfficer(t) || isPersonDescribedFor(p, t) || !namesOtherOffice(head, t, officeOf) && !unarmedForArmed(p, t) && (body ? namesBody(t, head ?? "") : (pronoun || sectorMayTakeUp(p, t) || sameHead(t)) && ((sides && sameHead(t)) || (compatible(t) && !(sides && t.kind === 'group')) || titled && !t.plural && (isTitledPerson(t) || unknownPerson(t))));
    // ("The militant group, al-Shabab, said": the name set off after the description)
    const apposed = pronoun ? undefined : apposedAntecedent(doc, ordered, i, compatible);
    if (apposed) return void resolved.set(p, apposed);
    const byHead = (t: ActorPhrase) => sameHead(t) && !compatible(t);
    let accepts = fits;
    const here = sentenceOf(p);
    // "It accused them of ...", "A U.N. report, which accused them": an object is never its own verb's subject (nor
    // whom that subject, an anaphor itself, takes up)
    const governor = p.rule === POSSESSIVE_ROLE_RULE ? null : governingVerb(doc, p); // ("fired her minister": "her" owns, no object)
    // (a phrase set off from the verb is no subject of it: "expelled two diplomats, accusing them of spying", "expelled
    // the ambassador and accused him")
    // ("Survivors said the gunmen shot them": a description no name resolved binds as itself, as it stands for itself)
    const boundAs = (o: ActorPhrase) => (o.kind === 'anaphor' ? resolved.get(o) ?? (isGroupDescription(o) ? o : undefined) : o);
    const bound = governor === null ? [] : ordered.slice(0, i).filter((o) => sentenceOf(o) === here && !o.locative && firstVerbAfter(doc, o) === governor && !setOff(doc, governor, o) && !objectOfVerbBefore(doc, o, isReporting))
      .map(boundAs).filter((o): o is ActorPhrase => o !== undefined);
    // "arrested two journalists and later released them": a verb after "and" with no subject of its own shares the first's
    // ... and so does a gerund in a before/after adjunct: "robbed the travellers before abducting them"
    if (governor !== null && (conjoinedVerb(doc, governor) || adjunctGerund(doc, governor))) {
      const subject = ordered.slice(0, i).find((o) => sentenceOf(o) === here && firstInSentence.has(o));
      const own = subject && boundAs(subject);
      if (own && !bound.includes(own)) bound.push(own);
    }
    // "Sudan cut ties with the UAE, accusing it of ...": a participle set off after a clause is done by that clause's
    // subject (the last phrase before it that its verb follows: "..., the army said, accusing them"), so its object is
    // never that subject
    if (governor !== null && doc.tokens[governor - 1]?.text === ',' && doc.tokens[governor].lower.endsWith('ing')) {
      const subject = ordered.slice(0, i).filter((o) => sentenceOf(o) === here && !o.locative && o.end <= doc.tokens[governor].start && verbFollows(doc, o)).pop();
      const own = subject && boundAs(subject);
      if (own && !bound.includes(own)) bound.push(own);
    }
    // ("Kinshasa accused it", "President Tshisekedi accused it": a capital standing for its state, or that state's
    // own body or official, binds the state's every name)
    const isBound = (t: ActorPhrase): boolean => bound.some((b) => b === t || b.code !== null && b.code === t.code && b.name === t.name || sameState(b, t)) || (t.members?.some(isBound) ?? false);
    // "Britain and Australia said they": a plural pronoun takes up a list joined by "and" as a whole (coordinated-antecedent.ts)
    const plural = p.refersTo === 'any_plural';
    const takenAsSingular = (t: ActorPhrase) => ordered.slice(0, i).some((o) => o.refersTo === 'any_singular' && sentenceOf(o) === here && resolved.get(o) === t);
    // "The army pushed the militants back after their fighters attacked": a possessive its sentence's subject does not
    // agree with ("their" after a singular army) belongs to another phrase of that sentence that agrees ("their" only a plural or a group's)
    // ("suspended talks with the rebels after they attacked a base": "they" after a singular subject, as "their")
    const possessive = pronoun && (POSSESSIVE.has(p.text.split(/\s+/)[0].toLowerCase()) || p.text.toLowerCase() === 'they');
    const subjects = possessive ? ordered.slice(0, i).filter((o) => sentenceOf(o) === here && !o.locative && subjectLike(o)) : [];
    const ownerOtherThanSubject = subjects.length > 0 && !subjects.some((o) => compatible(o.kind === 'anaphor' ? resolved.get(o) ?? o : o));
    const mayOwn = (t: ActorPhrase) => ownerOtherThanSubject && (!plural || t.plural || t.kind === 'group');
    // "The army said rebels shelled the town. They burned a market | The UN urged them to stop": a pronoun not telling ("It
    // said") goes on with the reported doer, not the teller, unless it does what only a state does ("... They arrested")
    const doerOfReport = (cand: ActorPhrase, distance: number) => distance > 0 && NOMINATIVE.has(p.text.toLowerCase()) && reportedSubject(doc, cand, isReporting, isTelling) && verbFollows(doc, cand) && !speaksBefore(doc, p, { ...p, start: doc.text.length }, isReporting) && !(custodian && !STATE_SIDE.test(cand.kind === 'country' ? 'GOV' : cand.code?.slice(3) ?? cand.roleCode ?? '')) ? 8 : 0;
    let best: ActorPhrase | null = null; let bestScore = -Infinity;
    const custodian = ((v) => v !== null && isCustodyAct(doc.tokens[v].lemma))(firstVerbAfter(doc, p));
    for (let pass = 0; pass < 2 && best === null; pass++, accepts = byHead) for (let j = i - 1; j >= 0; j--) {
      if (plural && inCoordinatedList(doc, ordered, j)) continue;
      const cand = (plural && coordinatedAntecedent(doc, ordered, j)) || ordered[j];
      // no antecedent more than four sentences back: stop there, whatever the candidate (checked
      // first, or an anaphor with no match scans back to the start of the article: quadratic)
      const distance = here - sentenceOf(cand);
      if (distance > 4) break;
      // "The rebels said they had shelled the airport": a pronoun takes up a group description no name resolved, "he" a role holder's
      // ("her country", "his forces": the person's state, owned-body.ts; "tackled the gunman and disarmed him": him, the gunman)
      const target = cand.kind === 'anaphor' ? ownedBody(doc, cand, resolved.get(cand), isStateNoun) ?? resolved.get(cand) ?? (pronoun && isGroupDescription(cand) || titled && isRoleHolder(cand) || distance === 0 && isPersonDescribedFor(p, cand) ? cand : undefined) : cand;
      // "Witnesses told a VOA reporter that the militants attacked": the outlet reports, it is no one's antecedent
      // (a pronoun agrees in number with the description it takes up, not with that one's antecedent: "NATO leaders met.
      // The alliance said it would ...")
      const agreeing = target !== undefined && (pronoun && cand !== target && cand.kind === 'anaphor' ? accepts({ ...target, plural: cand.plural }) : accepts(target));
      if (!target || cand.locative || !agreeing || isOutlet(target) || genderClash(genders, p, target)) continue; // ("his" is not Dilan Yesilgoz's)
      // "Amnesty said detainees were tortured. 'They beat us every night,' a detainee told the group": a pronoun in a
      // witness's words never takes up the rights group, monitor or UN body outside them that gathers the testimony
      if (quoteOf(p) !== undefined && quoteOf(p) !== quoteOf(cand) && (pronoun && gathersTestimony(target) || speakersOwnSide(doc, ordered, p, quoteOf(p)!, target))) continue;
      // "Russia's claim that it had captured the village": the claim's owner is who "it" means, like a speaker's "it"
      // ("Uganda denied accusations by Congolese officials that it had armed the rebels", "dismissed reports that it": the
      // denier, as the owner is)
      const owner = pronoun && distance === 0 && (ownsClaimBefore(doc, cand, p, isClaimNoun) || deniesClaimOver(doc, cand, p, (l) => isClaimNoun(l) || isReporting(l), isDenying));
      // an object pronoun takes up an object of its own sentence too: "arrested three men and charged them"
      // ... and of the sentence before when its verb's own subject has that one's code ("Russia's president hosted the Malaysian
      // prime minister. The Kremlin leader praised him"): an object is never its verb's subject, nor that subject's office
      // ("it" after its verb is an object as "them" is: "accusing it of arming the RSF")
      const objectPronoun = OBJECT_PRONOUNS.has(p.text.toLowerCase()) || p.text.toLowerCase() === 'it' && governor !== null;
      // (a speaker after its report, as a subject before it, owns the possessive of what it adds: "..., Ukraine's air
      // force said, adding that its units had downed 98 drones")
      const trailingOwner = possessive && distance === 0 && speaksBefore(doc, cand, p, isReporting);
      if (pronoun && !owner && !trailingOwner && !subjectLike(cand) && !(objectPronoun && (distance === 0 || distance === 1 && bound.length > 0)) && !(distance === 0 && mayOwn(target))) continue;
      if (isBound(target)) continue;
      // "the AU said it would support Somali troops in their offensive": "their" is not what "it" took up before it
      // ("said its troops repelled the attack, adding that they had captured": a plural its possessive owns is no "it")
      if (plural && takenAsSingular(target) && !possessedPlural(cand)) continue;
      // "China threatened to invade the island nation": a description never means a subject of its own sentence
      if (p.rule === STATE_DESCRIPTION_RULE && distance === 0 && subjectLike(cand)) continue;
      // "AMISOM spokesman Lieutenant Colonel Wilson Rono": a title with the name after it is that named person
      if (titled && isTitledPerson(target) && [ordered[j - 1], ordered[j + 1]].some((n) => namedWith(doc, cand, n))) continue;
      // within a sentence a person the gazetteer knows outranks one only titled
      // "Officials said insurgents attacked ... and they overran": the speaker is not who its own report's pronoun means
      const reportsOwnSubject = () => ordered.slice(j + 1, i).some((o) => reportedSubject(doc, o, isReporting, isTelling));
      const speaker = distance === 0 && !owner && NOMINATIVE.has(p.text.toLowerCase()) && speaksBefore(doc, cand, p, isReporting) && reportsOwnSubject() ? 20 : 0;
      // "..., but Kyiv said its forces had struck": a speaker's possessive in its own report is the speaker's
      // (the nearest speaker only: "Russia accused Ukraine ..., but Kyiv said its forces"); so is its report's subject
      // pronoun: "Kyiv said it hit an airbase, while Moscow said it destroyed a tank" (Moscow's "it", not Kyiv's again)
      const ownWord = POSSESSIVE.has(p.text.split(/\s+/)[0].toLowerCase()) || NOMINATIVE.has(p.text.toLowerCase()) && reportedSubject(doc, p, isReporting, isTelling);
      const ownReport = distance === 0 && ownWord && speaksBefore(doc, cand, p, isReporting)
        && !ordered.slice(j + 1, i).some((o) => o.start >= cand.end && o.end <= p.start) ? 8 : 0;
      // "said its troops repelled the attack, adding that they had captured 12 fighters": a reported clause's subject
      // pronoun goes on with the subject of the report before it, not a party that report names after its verb
      const reportedAgain = distance === 0 && NOMINATIVE.has(p.text.toLowerCase()) && reportedSubject(doc, p, isReporting, isTelling) && reportedSubject(doc, cand, isReporting, isTelling) ? 4 : 0;
      // "The president met a Chinese envoy. He urged him ...": a sentence's opening "he" goes on with the subject before,
      // titled or named (the named outranks the titled only elsewhere in a sentence)
      const leadSubject = distance > 0 && NOMINATIVE.has(p.text.toLowerCase()) && firstInSentence.has(p);
      const score = -distance * 10 + ownReport + reportedAgain + doerOfReport(cand, distance) + (sides && sameHead(target) ? 15 : 0) + (firstInSentence.has(cand) ? 6 : 0) + (owner ? 10 : 0) + (target.kind === 'group' ? 2 : 0) - (titled && isTitledPerson(target) && !(leadSubject && firstInSentence.has(cand)) && !isPersonDescribedFor(p, target) ? 7 : 0) - speaker - (objectPronoun && bound.some((b) => b.code !== null && b.code === target.code || sameState(target, b)) ? 12 : 0) - (i - j) * 0.1;
      if (score > bestScore) {
        bestScore = score;
        best = target;
      }
    }
    // ("Two of its warplanes bombed the village, the Israeli army said": with no one before it to take up, the speaker
    // closing the sentence owns a possessive)
    const speakerOwner = !best && pronoun && POSSESSIVE.has(p.text.split(/\s+/)[0].toLowerCase()) ? trailingSpeakerOwner(doc, ordered, i, isReporting) : undefined;
    if (speakerOwner && compatible(speakerOwner)) best = { ...speakerOwner, rule: TRAILING_SPEAKER_OWNER_RULE };
    if (best) resolved.set(p, best);
  });
  return resolved;
}

// (the name right after the title, or a name phrase that took the title in: unknown-names.ts `withTitle`)
const namedWith = (doc: AnalyzedText, title: ActorPhrase, name: ActorPhrase | undefined) => name !== undefined && (name.kind === 'person' || name.kind === 'named') &&
  (name.start >= title.end ? /^[\s,]*$/.test(doc.text.slice(title.end, name.start)) : name.end > title.end);

/** The description ends in one of `titles` ("the UN's special envoy", "the high commissioner"). */
const namesTitle = (titles: ReadonlySet<string>, text: string) => { const w = text.toLowerCase().split(/\s+/); return [1, 2, 3].some((n) => n <= w.length && titles.has(w.slice(-n).join(' '))); };
const headWord = (text: string) => text.toLowerCase().split(/[\s-]+/).pop() ?? '';
// ("the Human Rights Commission of Pakistan": a body's own name holds its kind's word, wherever)
const namesBody = (t: ActorPhrase, head: string) => t.kind !== 'anaphor' && t.text.toLowerCase().split(/[\s-]+/).includes(head);
const SEVERAL_SIDES = new Set(['coalition', 'alliance', 'bloc']);

const OBJECT_PRONOUNS = new Set(['them', 'him', 'her']); const STATE_SIDE = /^(GOV|MIL|COP|JUD|LEG|SPY)/; // (after a code's country) a state's body
/** "its troops", "its forces": a plural noun a singular possessive owns (the plural "they" may take it up). */
const possessedPlural = (p: ActorPhrase) => p.kind === 'anaphor' && p.plural === true && /^(?:its|his|her)\s+\S/i.test(p.text);

/** A state named by a country or city (`t`) and a phrase standing for that state or one of its bodies (`b`): "Congo" and "Kinshasa", "Congo" and "Congo's president". */
const sameState = (b: ActorPhrase, t: ActorPhrase) => t.kind === 'country' && t.code !== null && t.code.length === 3 && b.kind !== 'group' && b.code !== null && b.code.slice(0, 3) === t.code;
/** The phrase's verb comes right after it (adverbs between): it is that verb's subject. */
function verbFollows(doc: AnalyzedText, p: ActorPhrase): boolean {
  let next = tokenAt(doc, p.end - 1) + 1;
  while (doc.tokens[next]?.pos === 'ADV') next++;
  return doc.tokens[next]?.pos === 'VERB' || doc.tokens[next]?.pos === 'AUX';
}

/** "the rebels", "the militants": a description that says an organised group acts, not a pronoun. */
const isGroupDescription = (p: ActorPhrase) => p.refersTo === 'group' && !/^(they|them|it|its|their)$/i.test(p.text);

// "and they overran": a subject pronoun; "said Syria had accepted his plan" keeps the speaker's possessive
const NOMINATIVE = new Set(['they', 'he', 'she', 'it']);

const REFERRING = /\breferring\s+to\s+(the\s+)?$/i;

/** The phrase after "referring to" in the sentence of the quote that holds `p`, after that quote, or undefined. */
function referredTo(doc: AnalyzedText, ordered: readonly ActorPhrase[], p: ActorPhrase, quote: { readonly end: number } | undefined): ActorPhrase | undefined {
  if (!quote) return undefined;
  const sentence = doc.tokens[tokenAt(doc, p.start)]?.sentence;
  const end = doc.sentences[sentence ?? -1]?.end ?? quote.end;
  return ordered.find((q) => q.start >= quote.end && q.end <= end && !q.locative && REFERRING.test(doc.text.slice(Math.max(quote.end, q.start - 20), q.start)));
}


/** A news outlet (a MED entry: "VOA", "Reuters"): the article's own voice, not a participant a pronoun takes up. */
const isOutlet = (p: ActorPhrase) => p.entry?.role === 'MED';

