import type { Article, Event } from '../schema/event.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import { isUnaddressedAllegation, withTreeTargets as treeTargets } from '../extract/tree-roles/index.ts';
import { clauseStart } from '../extract/modality.ts';
import { isPresentPerfect, verbTime } from '../extract/tree-clauses/index.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { Sentence } from '../nlp/types.ts';
import type { ArticleDates } from '../resolve/article-dates.ts';
import { afterPublication } from '../resolve/date-anchor.ts';
import type { SpanIndex } from '../resolve/span-index.ts';
import type { ActorPhrase, DateMention, PlaceMention } from '../resolve/types.ts';
import { datesFor } from './attach.ts';
import { isPluperfectRelative } from './pluperfect-relative.ts';
import { headlineShaped } from '../extract/tree-repair/headline-shape.ts';
import { datesOfActNounRelatives, datesOfEndingActNoun, datesOfOtherPluperfectRelatives, datesOfOtherRelatives, datesOfTriggerClause, pastActDates, possessiveDatesOfOtherNouns } from './clause-dates.ts';
import { assembleEvents as assemble, type Attachments } from './assemble.ts';
import { eventPlace as placeOfEvent, type StoryPlaces } from './event-place.ts';
import { metered } from '../stage-meter.ts';
import { visitorFirst } from './refiners.ts';
import { speakerPlace } from './speaker-place.ts';
import { withoutDatelineForBackground } from './dateline-background.ts';
import { hasCountedPatient } from './stated-occurrence.ts';
import { continuesScene } from './scene-passive.ts';
import { withEventDateCodes } from './event-date-codes.ts';
import { withTellingDay } from './telling-day.ts';
import { befellNamedIndividual } from './named-undergoer.ts';
import type { NamedRoleSides } from './article-country.ts';
import type { sentenceDropper } from './trace.ts';

// (metered apart from the dates this module chooses: bench:coder-cpu --stages)
const withTreeTargets = metered('roles', treeTargets), assembleEvents = metered('assemble', assemble), eventPlace = metered('places', placeOfEvent);

/**
 * A candidate the coder has judged an event (participants, frame, certainty) but not yet dated or placed. The
 * coder collects these over the whole article and reads the dates of their sentences in one run (see
 * `ArticleDates.readForEvents`): only sentences that hold an event pay for chrono, and they pay the batched price.
 */
export interface UndatedEvent {
  readonly ctx: SentenceContext;
  readonly candidate: Candidate;
  readonly certainty: Attachments['certainty'];
  readonly frame: Attachments['frame'];
  readonly quote: Attachments['quote'];
  readonly rules: readonly string[];
  readonly bare: boolean;
  readonly refs: ReadonlyMap<ActorPhrase, ActorPhrase>;
  /** The sentence's trace sink (null when not tracing). */
  readonly drop: ReturnType<typeof sentenceDropper>;
}

/** What every event of one article is dated and placed against. */
export interface ArticleScope {
  readonly article: Pick<Article, 'id' | 'text' | 'published'>;
  readonly dates: ArticleDates;
  readonly places: SpanIndex<PlaceMention>;
  /** The first sentence of the body (its events may take the story's opening place). */
  readonly lead: Sentence | undefined;
  readonly storyPlaces: StoryPlaces;
  readonly articleCountry: string | null;
  /** The one country the article names each armed role with ("Israeli troops": MIL → ISR), see article-country.ts. */
  readonly roleCountries?: NamedRoleSides;
  /** The day the story's lead dates its news, for an event whose sentence carries no date (read once, when asked). */
  readonly storyDate: () => DateMention | null;
}

// acts whose passive subject is whom they befell: one person named by "a" is one occasion ("a soldier was killed")
const ON_PEOPLE = new Set(['ASSAULT', 'COERCE']);
// statements that react to an act told with its own date ("condemned Sunday's attack"): blame, praise, rejection
const REACTIONS = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
const ACT_NOUN_DATE = 'date:act-noun-possessive';
// what an event's certainty says has happened (a plan, a condition or a hypothesis may lie ahead)
const TOLD = new Set(['asserted', 'claimed', 'alleged', 'denied']);

/** The event records of one undated event: its dates and place, its targets from the tree; none when it fails the last checks. */
export function datedEvents(u: UndatedEvent, scope: ArticleScope): Event[] {
  const { ctx, candidate: c, drop } = u;
  const { doc, sentence } = ctx;
  const { article, places } = scope;
  const sentenceDates = scope.dates.of(sentence.index);
  // "Brazil has been hit hardest": a passive with no agent needs a stated date or place to be an event, or a scene the
  // paragraph goes on with ("Many of them were beaten")
  // (a headline's passive is the day's news: "Opposition leader arrested in Tanzania", done to people)
  const newsPassive = ON_PEOPLE.has(c.info.type) && headlineShaped(doc.tokens, sentence.tokenStart, sentence.tokenEnd - 1);
  if (c.rules.includes('roles:passive') && c.actors.length === 0 && !newsPassive && !c.rules.includes('roles:characterised-by-is-target') && sentenceDates.length === 0 && !places.overlaps(sentence.start, sentence.end, (p) => p.place.precision !== 'country') && !hasCountedPatient(ctx.tree(), c.trigger.head, ON_PEOPLE.has(c.info.type)) && !continuesScene(ctx.tree(), doc, ctx.kb, sentence, c.trigger.head) && !befellNamedIndividual(c, u.refs, ctx.tree(), doc.tokens)) {
    drop?.('candidate', 'candidate:agentless-passive-without-date-or-place', c.trigger, c.info.type);
    return [];
  }
  const reaction = REACTIONS.has(c.info.type);
  const clauseDates = datesOfTriggerClause(ctx.tree(), doc.tokens, sentenceDates, c.trigger.head, reaction, scope.storyPlaces.materialActNoun);
  const ofActNoun = reaction ? [] : datesOfEndingActNoun(ctx.tree(), doc.tokens, sentenceDates, c.trigger.head, c.trigger.end - 1, scope.storyPlaces.materialActNoun);
  const chosen = ofActNoun.length > 0 ? ofActNoun : datesFor(doc.tokens, c.trigger.start, c.trigger.head, clauseDates, doc.tokens[clauseStart(ctx, c.trigger.start)].start, article.text);
  // "threatened to impose tariffs by the end of August": a told act has happened by publication, so a date still ahead
  // is its content's (the tariffs'), never the threat's own; the story's or the carried day stands in
  const ahead = (d: DateMention) => article.published !== null && afterPublication(d.value, article.published);
  const dates = pastActDates(ctx.tree(), doc.tokens, chosen, c.trigger.head).filter((d) => !TOLD.has(u.certainty) || !ahead(d));
  // a statement is where its speakers are: not at the story's place when they belong elsewhere (speaker-place.ts)
  // (a dateline places no act dated a month or more before the news: dateline-background.ts)
  const where = withoutDatelineForBackground(speakerPlace(eventPlace(c, sentence, sentence === scope.lead, doc, ctx.tree, scope.storyPlaces, u.certainty, u.refs), c, u.refs, scope.storyPlaces.dateline, scope.storyPlaces.countries, scope.storyPlaces.lexicon.nationalBodies, doc.text.slice(doc.tokens[c.trigger.end - 1].end, sentence.end), ctx.kb.lexicon.venueWords), dates, article.published);
  // what the act lands on, from the tree, once the event is decided: it never makes or retypes one; the story's
  // date stands in only where the sentence states none (carrying one reads the dates of the sentences before)
  // (a pluperfect relative clause's act was before the sentence's: no day of the story's or the sentence before stands in)
  const undated = dates.length === 0 && isPluperfectRelative(ctx.tree(), doc.tokens, c.trigger.head);
  const carried = dates.length > 0 || undated ? null : carriedDate(u, scope);
  const assembled = assembleEvents(article.id, doc, sentence, article.published, visitorFirst(withTreeTargets(ctx, ctx.tree, c)), {
    certainty: u.certainty, frame: u.frame, quote: u.quote, dates, place: where.place, inferredPlace: where.inferred, rules: [...u.rules, ...where.rules, ...(ofActNoun.length > 0 ? [ACT_NOUN_DATE] : []), ...[...dates, ...(carried ? [carried] : [])].flatMap((d) => (d.rule ? [d.rule] : []))],
    articleCountry: scope.articleCountry, roleCountries: scope.roleCountries, fallbackPlace: where.fallback, storyDate: dates.length > 0 || undated ? null : carried ?? storyDateUnlessSetAside(scope, [...possessiveDatesOfOtherNouns(ctx.tree(), doc.tokens, sentenceDates, c.trigger.head, reaction), ...datesOfOtherRelatives(doc.tokens, sentenceDates, c.trigger.head, scope.storyPlaces.materialActNoun), ...(reaction && scope.storyPlaces.materialActNoun ? datesOfActNounRelatives(ctx.tree(), doc.tokens, sentenceDates, c.trigger.head, scope.storyPlaces.materialActNoun) : []), ...datesOfOtherPluperfectRelatives(ctx.tree(), doc.tokens, sentenceDates, c.trigger.head)]), bare: u.bare,
  }, u.refs).map((e) => withEventDateCodes(withTellingDay(e, { start: sentence.start, text: doc.text.slice(sentence.start, sentence.end) }, sentenceDates), ctx.kb, article.published));
  if (assembled.length === 0) drop?.('assemble', 'assemble:no-actor-or-target-left', c.trigger, c.info.type);
  if (isUnaddressedAllegation(ctx, c, assembled.flatMap((e) => (e.target ? [e.target] : [])))) {
    drop?.('assemble', 'assemble:allegation-accuses-no-one', c.trigger, c.info.type);
    return [];
  }
  return assembled;
}

/**
 * The story's date, unless it is a date of this very sentence that the tree set aside as another noun's ("rejected the
 * results of Sunday's election" in the lead: Sunday dates the election, and so cannot come back as the story's day),
 * or as another clause's ("condemned the attack, which hit a depot on Sunday": Sunday is the attack's).
 */
function storyDateUnlessSetAside(scope: ArticleScope, setAside: readonly DateMention[]): DateMention | null {
  const story = scope.storyDate();
  return story && !setAside.some((d) => d.start === story.start) ? story : null;
}

/**
 * The date the sentence before passes on, unless the act is told in the present perfect or the finite present:
 * "Rights groups have accused police of abuses" is a record up to now and "Iran denies arming the group" holds
 * now; English ties neither to a past day ("*on Tuesday they have accused"), so the day before does not date it.
 */
function carriedDate(u: UndatedEvent, scope: ArticleScope): DateMention | null {
  const view = u.ctx.tree();
  const verb = u.candidate.trigger.head;
  // "has condemned the violence and demanded an inquiry": a conjunct with no auxiliary of its own shares its head's
  const tensed = view.base(verb) === 'conj' && view.childrenWith(verb, 'aux').length === 0 ? view.head(verb) : verb;
  if (tensed >= 0 && (isPresentPerfect(view, tensed) || isFinitePresent(view, tensed))) return null;
  return scope.dates.carried(u.ctx.sentence.index);
}

/** "denies", "reject", "is accused": a present tense with a subject of its own (no "-ing" form, no infinitive). */
function isFinitePresent(view: TreeView, verb: number): boolean {
  if (/ing$/.test(view.tokens[verb].lower) || verbTime(view, verb) !== 'present') return false;
  return view.childrenWith(verb, 'nsubj', 'nsubj:pass').length > 0 && view.childrenWith(verb, 'mark').every((m) => view.tokens[m].lower !== 'to');
}
