import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import type { CueEntry } from '../knowledge/types.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { statesOldDate } from './old-date.ts';

// Acts told as history: dated long before the story, or set in the occasion such a date names (coding guide rule 1;
// read by core/background.ts withoutBackground).

// (a year two or more before the story's own, or a month a year or more before: "since rebels captured the town in
// January 2025" in a 2025 story is news; core/old-date.ts)
const statesYear = (view: TreeView, n: number, published: string | undefined) => statesOldDate(view.tokens, ...view.span(n), published);

/**
 * "Myanmar has been in turmoil since the army seized power in February 2021": an act told in a clause opened by an
 * onset word (background-cues.tsv where = onset) that states its year is the start the sentence's state is measured
 * from (coding guide rule 1); the sentence's own act stays, and so does a since-clause with no year ("since police shot
 * a student on Monday"). So is an act in a when-clause on a clause or a year dated two or more years before the story
 * (background-cues.tsv where = dated-occasion). (A relative clause dated to a year stays an act, dated: noise-classes-35 and -38.)
 */
export function datedSettingCue(view: TreeView, head: number, cues: readonly CueEntry[], published?: string): string | null {
  if (!view.has(head)) return null;
  // "when the army killed the commander and sent troops in": a conjunct with no subject of its own shares the clause's setting
  while (view.label(head) === 'conj' && view.head(head) >= 0 && view.childrenWith(head, 'nsubj', 'nsubj:pass').length === 0) head = view.head(head);
  // (the parse may hang "since" on the clause's subject: the clause's first word is then the onset word)
  const marker = view.marker(head) ?? view.tokens[view.span(head)[0]].lower;
  if ((view.base(head) === 'advcl' || view.base(head) === 'acl') && cuePhrases(cues, 'onset').has(marker) && statesYear(view, head, published)) return `onset ${marker}`;
  // "fell in 1855, when French troops stormed the redoubt": the occasion of a clause (or of a year) dated long before
  const outer = view.head(head);
  // (the parse may set the clause after its comma beside the clause it dates: its first word is then the comma's next)
  const opener = view.marker(head) ?? openingWord(view, head);
  if (['advcl', 'acl', 'parataxis'].includes(view.base(head)) && outer >= 0 && cuePhrases(cues, 'dated-occasion').has(opener) && (statesYear(view, head, published) || statesYear(view, outer, published))) return `dated-occasion ${opener}`;
  return null;
}

// "Russia launched its full-scale invasion of Ukraine in February 2022", "U.S. forces left the base in 2009" (told in
// a 2025 story): an act that its own time phrase dates two or more years before the story is history told as its
// background (coding guide rule 1), unless its clause also names a day of the story's own week ("on Monday"); a
// relative clause dated to a year stays an act, dated ("the journalists it had jailed in 2021": noise-classes-35, -38),
// and so does the story's lead: what a story opens with is its news ("Turkish troops marched into Cyprus in 1974")
export const isLead = (ctx: SentenceContext) => ctx.doc.sentences.length === 0 || ctx.sentence.tokenStart <= ctx.doc.sentences[0].tokenStart;
// ("on Oct. 8, 2023", "between October 2023 and April 2024": a dated day or stretch as much as a month or a year)
const HISTORY_MARKERS = new Set(['in', 'during', 'on', 'between']);
const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|tonight)$/;
// ("The fighting began when the militia fired rockets on Oct. 8, 2023": a when-clause dated long before dates its clause too)
export function datedHistoryCue(view: TreeView, head: number, occasions: ReadonlySet<string>, published?: string): string | null {
  if (published === undefined || !view.has(head)) return null;
  // an act noun's verb ("launched its invasion ... in 2022") dates it too
  // ... and so does the verb a subjectless conjunct or participle goes with ("stormed the post on Oct. 8, 2023, killing four")
  const shares = view.childrenWith(head, 'nsubj', 'nsubj:pass').length === 0 && (view.label(head) === 'conj' || view.label(head) === 'advcl' && /ing$/.test(view.tokens[head].lower) && view.childrenWith(head, 'mark').length === 0);
  const verb = view.upos(head) !== 'VERB' && ['obj', 'nsubj'].includes(view.base(head)) || shares ? view.head(head) : head;
  for (const n of verb === head || verb < 0 ? [head] : [head, verb]) {
    if (view.label(n) === 'acl:relcl') return null;
    // (the parse may hang the date on the verb's object: "stormed the post on Oct. 8, 2023")
    const obliques = [...view.childrenWith(n, 'obl', 'nmod'), ...view.childrenWith(n, 'obj').flatMap((o) => view.childrenWith(o, 'nmod'))];
    const dated = obliques.find((o) => HISTORY_MARKERS.has(view.marker(o) ?? '') && statesYear(view, o, published))
      ?? view.childrenWith(n, 'advcl').find((o) => occasions.has(view.marker(o) ?? openingWord(view, o)) && statesYear(view, o, published));
    // "over the Oct. 7, 2023, attack": an act noun that its own date comes before
    const datedNoun = dated === undefined && n === head && view.upos(n) === 'NOUN' && statesOldDate(view.tokens, view.span(n)[0], n, published);
    if (dated === undefined && !datedNoun) continue;
    const [from, to] = view.span(n);
    for (let k = from; k < to; k++) if (DAYS.test(view.tokens[k].lower)) return null;
    return dated === undefined ? 'history dated-noun' : `history ${view.marker(dated)}`;
  }
  return null;
}

// the first word of the clause at `head` that is no punctuation
export function openingWord(view: TreeView, head: number): string {
  const [from, to] = view.span(head);
  for (let k = from; k < to; k++) if (view.upos(k) !== 'PUNCT') return view.tokens[k].lower;
  return '';
}

