import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

export const ALLEGED_CLAUSE_RULE = 'roles:tree-alleged-clause-subject';

/**
 * "the opposition alleged that the ruling party had rigged the vote", "rights groups charged that the army had
 * tortured detainees": an accusation verb with a that-clause and no object accuses the clause's subject (PLOVER
 * ACCUSE "allege"). Only where no target was found and the subject is a named participant other than the accuser;
 * a pronoun or a bare noun ("the economy") accuses no one.
 */
export function withAllegedClauseSubject(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'ACCUSE' || c.targets.length > 0 || c.trigger.pattern.kind !== 'verb') return c;
  if (tree.childrenWith(c.trigger.head, 'obj').length > 0) return withInvestigatedCountry(ctx, tree, c);
  for (const clause of tree.childrenWith(c.trigger.head, 'ccomp')) {
    const subject = tree.childrenWith(clause, 'nsubj', 'nsubj:pass')[0];
    const phrase = subject === undefined ? undefined : ctx.phraseAt.get(subject);
    if (!phrase || phrase.locative || tree.upos(subject) === 'PRON') continue;
    if (c.actors.some((a) => a.start === phrase.start && a.end === phrase.end)) continue;
    return { ...c, targets: [phrase], rules: [...c.rules, ALLEGED_CLAUSE_RULE] };
  }
  return c;
}

export const INVESTIGATED_COUNTRY_RULE = 'roles:tree-investigated-country';

/**
 * "The ICC opened an investigation into alleged war crimes in Venezuela", "launched a probe into the killing of
 * protesters in Iran": an inquiry with no one named is into acts in a country; that country answers for them and is
 * the target (its name after "in", under what the inquiry is "into"; a city names only a place).
 */
function withInvestigatedCountry(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  // (what it is "into" may lie past the row's last word: "ordered an investigation into | alleged abuses in Sudan")
  const into = c.trigger.tokens.flatMap((k) => [k, ...tree.childrenWith(k, 'nmod')]).filter((k) => tree.marker(k) === 'into');
  // (acts called wrongs, or alleged: "into alleged abuses", "into war crimes"; "into the crash" accuses no state)
  const wrong = (k: number) => ctx.kb.lexicon.condemnationWords.has(ctx.doc.tokens[k].lemma) || tree.childrenWith(k, 'amod').some((a) => /^alleged(ly)?$/.test(ctx.doc.tokens[a].lower));
  for (const k of new Set(into)) {
    if (!wrong(k)) continue;
    // (from it to the end of the inquiry's phrase: "into alleged crimes | against humanity in the Philippines")
    const first = tree.span(k)[0], last = tree.head(k) >= 0 ? Math.max(tree.span(k)[1], tree.span(tree.head(k))[1]) : tree.span(k)[1];
    const where: number[] = [];
    for (let m = first; m < last; m++) if (tree.base(m) === 'nmod' && tree.marker(m) === 'in') where.push(m);
    // (a country's own name, not a town standing for it; never the investigator's own country)
    const country = where.map((m) => ctx.phraseAt.get(m)).find((p) => p?.kind === 'country' && p.code !== null && p.entry?.kind !== 'metonym');
    if (country && c.actors.some((a) => a.code?.slice(0, 3) === country.code)) continue;
    if (country && !c.actors.some((a) => a.code === country.code)) return { ...c, targets: [{ ...country, locative: false, prep: null }], rules: [...c.rules, INVESTIGATED_COUNTRY_RULE] };
  }
  return c;
}

/**
 * "Hamas alleged that it had been attacked": an allegation row's ACCUSE that names no accused is no event (an
 * allegation accuses whoever did the act; with no doer named it accuses no one, as the speech act's allegation).
 */
export function isUnaddressedAllegation(ctx: SentenceContext, c: Candidate, targets: readonly unknown[]): boolean {
  if (c.info.type !== 'ACCUSE' || targets.length > 0 || c.trigger.pattern.kind !== 'verb') return false;
  // the word tagger may read "alleged" as an adjective (lemma "alleged"): the form decides
  const t = ctx.doc.tokens, word = t[c.trigger.head].lower;
  // bare "allege", or "charge that" (not "charged him with", a legal charge)
  return /^alleg/.test(word) && c.trigger.tokens.length === 1 || /^charg/.test(word) && c.trigger.tokens.some((k) => t[k].lower === 'that');
}
