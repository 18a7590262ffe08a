import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/**
 * "The army and the rebels have agreed to observe a truce", "Hamas and Fatah agreed to form a unity government",
 * "X (XA) and Y (YA) have agreed to implement a cease-fire": parties who agree with each other to do something
 * (the verb "agree" with its to-clause) are one act of the first with the others, coded as a dyad (the first the
 * actor, the others the targets). A window target inside what they agree to ("a unity government") is content,
 * not a party, and gives way. Acts done together toward a deal ("struck a deal", "reached an agreement", "held
 * talks") keep their coordinated actors (core/participants.ts); reciprocal verbs keep their own reading.
 */
export function withSymmetricPartner(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'AGREE' || c.reciprocal || c.actors.length === 0 || c.trigger.pattern.kind !== 'verb') return c;
  if (ctx.doc.tokens[c.trigger.head].lemma !== 'agree') return c;
  const content = tree.childrenWith(c.trigger.head, 'xcomp', 'ccomp');
  if (content.length === 0) return c;
  const partners = c.actors.length > 1 ? c.actors.slice(1) : conjoinedSubjects(ctx, tree, c);
  if (partners.length === 0) return c;
  const t = ctx.doc.tokens;
  const spans = content.map((n) => tree.span(n));
  const inContent = (p: { start: number; end: number }) => spans.some(([first, last]) => p.start >= t[first].start && p.end <= t[last - 1].end);
  if (!c.targets.every(inContent)) return c;
  return { ...c, actors: [c.actors[0]], targets: partners, rules: [...c.rules, 'roles:tree-symmetric-partner'] };
}

/**
 * "the Kenya Defence Forces (KDF) and the Somali National Army (SNA) have agreed": an abbreviation in brackets may
 * leave the parse two subjects, the second conjoined to the other party or opening with "and"; that phrase is the partner.
 */
function conjoinedSubjects(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate['actors'] {
  const actor = c.actors[0];
  const subjects = tree.childrenWith(c.trigger.head, 'nsubj');
  // a conjunct of a subject, or a second subject that opens with "and" (the parse's other misreading)
  const second = subjects.filter((n) => tree.childrenWith(n, 'cc').some((k) => ctx.doc.tokens[k].lower === 'and'));
  return [...subjects.flatMap((n) => tree.childrenWith(n, 'conj')), ...second]
    .flatMap((n) => ctx.phraseAt.get(n) ?? [])
    .filter((p) => !p.locative && p.start !== actor.start && !(p.start >= actor.start && p.end <= actor.end));
}
