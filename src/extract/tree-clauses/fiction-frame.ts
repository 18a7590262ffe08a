import type { Candidate } from '../candidate.ts';
import type { TreeView } from '../tree-roles/tree-view.ts';
import type { CueEntry } from '../../knowledge/types.ts';
import type { Token } from '../../nlp/types.ts';
import { cuePhrases } from '../cue-groups.ts';
import { continuesPlotSummary } from './plot-summary.ts';

export const FICTION_RULE = 'candidate:inside-a-work-of-fiction';
export const STAND_IN_RULE = 'candidate:staged-on-a-stand-in';
export const PLOT_SUMMARY_RULE = 'candidate:plot-summary-goes-on';

// how far up from the trigger a telling verb may stand ("the film follows soldiers | who | storm a village")
const MAX_STEPS = 6;
// the prepositions that set an act inside a work or a staging
const SETTING_MARKERS = new Set(['in', 'during']);

/**
 * Acts told as the story of a film, novel or game: "the film follows a platoon that storms a village", "in the novel,
 * rebels ambush a convoy", "the director stages battle scenes as snipers pick off soldiers". The trigger, or a clause
 * it hangs under, is told by a work of fiction (data/lexicon/clause-cues.tsv fiction-work) as the subject or object
 * of a verb of telling (fiction-telling), or is set "in" or "during" such a work (a staging too: a re-enactment, a rehearsal). What is done to the work itself ("China banned
 * the film") is no story told by it, and stays.
 */
export function withoutFiction(view: () => TreeView, cues: readonly CueEntry[], candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const works = cuePhrases(cues, 'fiction-work');
  if (works.size === 0) return [...candidates];
  const standIns = cuePhrases(cues, 'stand-in');
  return candidates.filter((c) => {
    const telling = cuePhrases(cues, 'fiction-telling');
    // ... or told in the present after a sentence that opened the work's story (plot-summary.ts)
    const reason = toldInFiction(view(), c.trigger.head, works, telling, cuePhrases(cues, 'fiction-author-telling')) || playedPart(view(), c.trigger.head, works, cuePhrases(cues, 'fiction-role'), cuePhrases(cues, 'acting')) ? FICTION_RULE : doneToStandIn(view(), c.trigger.head, standIns) ? STAND_IN_RULE : continuesPlotSummary(view(), c.trigger.head, works, telling) ? PLOT_SUMMARY_RULE : null;
    if (reason === null) return true;
    onDrop?.(c, reason);
    return false;
  });
}

// ("She traces how Swedish armies invaded the German lands": a verb only an author tells by, fiction-author-telling,
// tells a story whoever its subject is; a witness describes or recalls, and stays)
function toldInFiction(view: TreeView, k: number, works: ReadonlySet<string>, telling: ReadonlySet<string>, authorTelling: ReadonlySet<string>): boolean {
  const work = (n: number) => works.has(view.tokens[n].lemma) || works.has(view.tokens[n].lower);
  for (let a = k, below = -1, steps = 0; a >= 0 && steps < MAX_STEPS; below = a, a = view.head(a), steps++) {
    // "In the novel, rebels ambush a convoy", "During the re-enactment, knights stormed the gate"
    // ("In the game's campaign, players storm a palace", "In the show's finale, ...": a part of a named work sets it too)
    if (view.childrenWith(a, 'obl', 'nmod').some((n) => SETTING_MARKERS.has(view.marker(n) ?? '') && (work(n) || view.childrenWith(n, 'nmod:poss').some(work)))) return true;
    // the trigger itself is no telling verb: "storm" under "follows" is, "banned the film" is not
    // (told below the verb, not joined to it: "Police traced the suspects and arrested them" arrests)
    if (a !== k && authorTelling.has(view.tokens[a].lemma) && view.base(below) !== 'conj') return true;
    if (a !== k && telling.has(view.tokens[a].lemma) && (view.childrenWith(a, 'nsubj', 'obj').some((n) => work(n) || namedWork(view, n, work)) || underWork(view, a, work) || afterQuotedTitle(view, a))) return true;
  }
  return false;
}

/**
 * "Harlan had a small role as a soldier killed in an ambush", "starred as a police chief who arrests the mayor": the
 * trigger hangs under a character, the "as" noun of a part played (clause-cues.tsv fiction-role: a role, a cameo, a
 * verb of starring); the character's acts are the work's story. A role noun needs a sentence that tells of acting (a
 * fiction-work or an acting word): "Qatar's role as a mediator who brokered the truce" is news; "star" tells it itself.
 */
function playedPart(view: TreeView, k: number, works: ReadonlySet<string>, roles: ReadonlySet<string>, acting: ReadonlySet<string>): boolean {
  if (roles.size === 0 || !view.has(k)) return false;
  const t = view.tokens;
  // read only when a role noun is found: the sentence's words (each candidate had filtered the whole article's for them)
  let actingTold: boolean | undefined;
  const played = (part: number) => part >= 0 && roles.has(t[part].lemma) && ((actingTold ??= tellsOfActing(t, k, works, acting)) || t[part].lemma === 'star');
  for (let a = view.head(k), steps = 0; a >= 0 && steps < MAX_STEPS; a = view.head(a), steps++) {
    if (view.marker(a) === 'as' && played(view.head(a))) return true;
  }
  // the parse may hang the character's participle elsewhere ("had a small role as a soldier killed in an ambush": the
  // "as" phrase on "had", "killed" on the clause before); read off the words, the act right after "role as a soldier"
  let i = k - 1;
  for (let links = 0; links < 2 && view.has(i) && CHARACTER_LINKS.has(t[i].lower); links++) i--;
  if (!view.has(i) || t[i].pos !== 'NOUN') return false;
  while (view.has(i - 1) && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(t[i - 1].pos)) i--;
  return view.has(i - 1) && t[i - 1].lower === 'as' && played(i - 2);
}
/** Some word of token k's sentence is a work of fiction or an acting word. */
function tellsOfActing(t: readonly Token[], k: number, works: ReadonlySet<string>, acting: ReadonlySet<string>): boolean {
  const sentence = t[k].sentence;
  let i = k;
  while (i > 0 && t[i - 1].sentence === sentence) i--;
  for (; i < t.length && t[i].sentence === sentence; i++) if (works.has(t[i].lemma) || works.has(t[i].lower) || acting.has(t[i].lemma) || acting.has(t[i].lower)) return true;
  return false;
}

// what may stand between the character and its act: "a spy who defects", "a general who was killed"
const CHARACTER_LINKS = new Set(['who', 'that', 'was', 'is', 'were', 'are']);

/**
 * "Troops stormed a mock village", "officers fired at cardboard targets", "commandos stormed a mock-up of the embassy":
 * an act whose object (or what it is aimed "at") is a stand-in (clause-cues.tsv stand-in) is staged for practice or
 * show, whoever does it; "stormed the village" stays.
 */
function doneToStandIn(view: TreeView, k: number, standIns: ReadonlySet<string>): boolean {
  if (standIns.size === 0 || !view.has(k)) return false;
  const standIn = (n: number) => standIns.has(view.tokens[n].lemma) || standIns.has(view.tokens[n].lower);
  const objects = [...view.childrenWith(k, 'obj'), ...view.childrenWith(k, 'obl').filter((n) => view.marker(n) === 'at')];
  return objects.length > 0 && objects.every((n) => standIn(n) || view.childrenWith(n, 'amod', 'compound').some(standIn));
}

/**
 * "The historian Clara Benn describes how troops sacked the city": a name the work or its teller's trade describes
 * ("the historian", "the novel" before a name) tells as they do.
 */
function namedWork(view: TreeView, n: number, work: (n: number) => boolean): boolean {
  return view.upos(n) === 'PROPN' && view.childrenWith(n, 'nmod', 'compound', 'appos').some(work);
}

/**
 * '"Nine Hundred Days" follows a family who survive the blockade', '“The Last Patrol” shows how marines storm a hill':
 * a telling verb right after a quoted title (capitalised words, numbers and small words between quotes) tells the
 * story of the work that title names; the parse may take the title for anything, so it is read off the words.
 */
function afterQuotedTitle(view: TreeView, verb: number): boolean {
  const t = view.tokens;
  if (!view.has(verb - 1) || !CLOSING_QUOTES.has(t[verb - 1].text)) return false;
  for (let i = verb - 2, words = 0; view.has(i) && words < MAX_TITLE_WORDS; i--, words++) {
    if (OPENING_QUOTES.has(t[i].text)) return words > 0;
    if (!/^[A-Z0-9]/.test(t[i].text) && !TITLE_SMALL_WORDS.has(t[i].lower)) return false;
  }
  return false;
}
const CLOSING_QUOTES = new Set(['"', '”', '’']);
const OPENING_QUOTES = new Set(['"', '“', '‘']);
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'to', 'for', 'with']);
const MAX_TITLE_WORDS = 8;

/**
 * "A war film, set in Vietnam, shows marines storming a hill": the parse may hang the telling verb on the work's own
 * modifier ("set ... , shows" as conjuncts under "film") rather than make the work its subject; a work a step or two
 * above the telling verb tells it all the same.
 */
function underWork(view: TreeView, verb: number, work: (n: number) => boolean): boolean {
  for (let a = view.head(verb), steps = 0; a >= 0 && steps < 2; a = view.head(a), steps++) if (work(a)) return true;
  return false;
}
