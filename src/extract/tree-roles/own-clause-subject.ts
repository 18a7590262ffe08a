import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { subjectNode } from './subject-node.ts';
import { sureSubject } from './tree-actors.ts';
import { isActNoun } from './object-words.ts';

// (a common noun: a proper name may be a place the parse misread as the subject, "police in the capital, Minsk detained")
const NOUNS = new Set(['NOUN']);
const OWN_SUBJECT_RULES = new Set(['roles:tree-nsubj', 'roles:tree-conj-verb']);

/**
 * The tree names the verb's subject, a common noun no gazetteer knows, on a parse both taggers agree with: the window's
 * actor outside that subject's phrase did not do the act — it is another clause's subject or the object of a verb
 * before. "Police arrested 12 people after rival fans fought in the streets" (not the police), "Officers fired tear
 * gas as hundreds of fans hurled stones", "the club's board accused police of brutality and demanded an inquiry" (not
 * the police). Called only when the tree reader found no actor in the subject. A pronoun subject is read as before.
 */
export function withoutOtherClauseSubjects(view: TreeView, ctx: SentenceContext, head: number, window: ActorPhrase[], rules: string[]): ActorPhrase[] {
  if (window.length === 0 || !view.has(head)) return window;
  const read = subjectNode(view, head, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  if (!read || read.node > head || !NOUNS.has(view.upos(read.node)) || !sureSubject(view, read, false)) return window;
  // (the verb's own subject, or its first conjunct's: not a noun it completes, "voiced readiness | to counter any attack")
  if (!read.rules.includes('roles:tree-nsubj') || !read.rules.every((r) => OWN_SUBJECT_RULES.has(r) || r.startsWith('tree-repair:'))) return window;
  // (an act or a weapon is no agent: "Unlike earlier attacks by the group, the bombing targeted a market" — its doer
  // may be named elsewhere)
  const lemma = ctx.doc.tokens[read.node].lemma;
  // ... but a subordinate clause's act is never its main clause subject's: "Moon welcomed Kim after the plane landed",
  // "Police sealed off the area after a bomb exploded"
  if (isActNoun(ctx.kb, lemma) || ctx.kb.lexicon.weaponNouns.has(lemma)) return withoutMainSubject(view, ctx, head, window, rules);
  // (two subjects on one verb is a broken parse: "clips … showed, the area where hundreds had marched")
  if (view.childrenWith(view.head(read.node), 'nsubj', 'nsubj:pass').length > 1) return window;
  const [first, last] = view.span(read.node);
  const tokens = ctx.doc.tokens;
  const start = tokens[first].start, end = tokens[last - 1].end;
  const kept = window.filter((p) => p.start < end && p.end > start);
  if (kept.length < window.length) rules.push('roles:tree-unknown-subject');
  return kept;
}

function withoutMainSubject(view: TreeView, ctx: SentenceContext, head: number, window: ActorPhrase[], rules: string[]): ActorPhrase[] {
  const main = view.label(head) === 'advcl' && view.childrenWith(head, 'mark').length > 0 ? view.head(head) : -1;
  const subject = main >= 0 ? view.childrenWith(main, 'nsubj')[0] : undefined;
  if (subject === undefined || subject > head) return window;
  const [first, last] = view.span(subject);
  const start = ctx.doc.tokens[first].start, end = ctx.doc.tokens[last - 1].end;
  const kept = window.filter((p) => !(p.start >= start && p.end <= end));
  if (kept.length < window.length) rules.push('roles:tree-main-clause-subject-not-own');
  return kept;
}
