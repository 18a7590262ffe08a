import type { Token } from '../../nlp/types.ts';

// The verbs tree repairs ask about, in one place: each repair asks a narrower question of the same family (verbs that
// take a clause), so each list below is a named subset rather than a copy. Forms, not lemmas, where the tagger's lemma
// of an irregular past is unreliable.

// Verbs that take a clause without "that" ("said the talks ended"): after them a subject and a bare past verb is a
// clause. After any other verb it is an object described by a participle ("condemned the arrests made last week").
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(['say', 'claim', 'believe', 'think', 'report', 'confirm', 'deny', 'insist', 'announce', 'warn', 'fear', 'hope', 'expect',
  'suggest', 'show', 'admit', 'acknowledge', 'note', 'add', 'argue', 'allege', 'know', 'learn', 'find', 'feel', 'realize', 'realise', 'agree', 'decide',
  'estimate', 'indicate', 'reveal', 'state', 'tell', 'write', 'ensure', 'predict', 'assert', 'explain', 'mean', 'prove', 'hear', 'see', 'understand', 'doubt',
  'recall', 'remember', 'notice', 'guess', 'suppose', 'assume', 'wish', 'worry', 'complain', 'declare', 'maintain', 'stress', 'emphasize', 'emphasise']);

// irregular past forms of those verbs, where a lemma is missing
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['said', 'thought', 'told', 'found', 'felt', 'knew', 'heard', 'saw', 'understood', 'meant', 'wrote', 'showed', 'shown', 'seen', 'known']);

/** A verb that takes a clause without "that", by its lemma or its irregular past form. */
export function takesBareClause(token: Token): boolean {
  return CLAUSE_VERBS.has(token.lemma) || IRREGULAR_PAST.has(token.lower);
}

// Verbs of saying and believing whose gap may lie inside their own complement ("officers it says were invited").
export const SAYING_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed']);

// The same, with "insist": they take a clause, never a thing described by a participle ("said strikes killed seven").
export const SAYING_OR_INSISTING_FORMS: ReadonlySet<string> = new Set([...SAYING_FORMS, 'insist', 'insists', 'insisted']);

// Verbs that close a sentence with who says it: "..., witnesses said", "..., officials told Reuters".
export const CLOSING_REPORT_FORMS: ReadonlySet<string> = new Set([...SAYING_FORMS].filter((f) => !f.startsWith('believ')).concat(['tell', 'tells', 'told',
  'report', 'reports', 'reported', 'add', 'adds', 'added', 'confirm', 'confirms', 'confirmed', 'allege', 'alleges', 'alleged', 'announce', 'announced',
  'state', 'stated', 'insist', 'insisted', 'write', 'wrote']));

// ... and verbs that open a report with "that" and are told beside the speaker's own acts ("warned that millions faced
// hunger and urged both sides to ...")
export const REPORT_FORMS: ReadonlySet<string> = new Set([...CLOSING_REPORT_FORMS, 'warn', 'warns', 'warned', 'note', 'notes', 'noted',
  'stress', 'stresses', 'stressed', 'declare', 'declares', 'declared']);

// A speaker's own acts beside a report: appeals, condemnations, further sayings ("said …, and urged an inquiry").
// Acts the subject of the reported clause may do itself (demand, warn, threaten) are not here.
export const SPEAKERS_OWN_ACTS: ReadonlySet<string> = new Set(['urge', 'appeal', 'call', 'implore', 'add', 'stress', 'note', 'reiterate',
  'say', 'condemn', 'denounce', 'welcome']);

