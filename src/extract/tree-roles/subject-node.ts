import type { TreeView } from './tree-view.ts';
import { intentPossessor } from './intent-possessor.ts';
import { PASSIVE_CONJUNCT_RULE, passiveConjunctSubject } from './passive-conjunct.ts';

/** The node that names who does (or undergoes) a verb, and the relations walked to reach it (rule ids). */
export interface SubjectNode {
  readonly node: number;
  readonly rules: readonly string[];
  /** The verbs climbed from the trigger to the one that has the subject, the trigger first. */
  readonly verbs: readonly number[];
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);
// Adverbial clauses that share the main clause's subject when they have none of their own:
// "attacked a village, killing 68 people", "after storming the base, the militants ...".
const SHARED_SUBJECT_MARKERS = new Set(['after', 'before', 'while', 'by', 'when', 'as', 'in', 'upon']);

/**
 * The subject of the verb at `head` (`nsubj`, or `nsubj:pass` when `passive`), following control up to
 * the verb that has one:
 *  - `xcomp`: "the army claimed to have recaptured the town" → the army; an object controls when the
 *    governing verb has one ("ordered the troops to withdraw" → the troops);
 *  - `conj`: "attacked the base and killed two guards" → the subject of "attacked";
 *  - `advcl` with no subject of its own: "attacked a village, killing 68 people";
 *  - `acl:relcl`: "the group, which stormed the town" → the noun the clause describes, also when its
 *    subject is the relative pronoun; `acl`: "gunmen firing on the crowd" → gunmen.
 * Null when the verb's clause has no subject the tree can name (a root with none, a `ccomp`), and at a
 * reporting verb reached by conj/advcl (`isReporting`): a speaker does not do what it reports.
 */
export function subjectNode(view: TreeView, head: number, passive = false, isReporting: (verb: number) => boolean = () => false): SubjectNode | null {
  const rules: string[] = [];
  const seen = new Set<number>();
  // a passive's own subject undergoes the act ("the convoy was ambushed"); an active one does it
  const labels = passive ? PASSIVE_SUBJECTS : ACTIVE_SUBJECTS;
  for (let verb = head; view.has(verb) && !seen.has(verb); ) {
    seen.add(verb);
    // a time word is never who acts: "at supporters Monday who rallied" with "Monday" read as a second subject
    const subject = ownSubject(view, verb, labels);
    if (subject !== undefined) {
      const repair = view.repairOf(subject);
      if (!RELATIVE_PRONOUNS.has(view.tokens[subject].lower)) return { node: subject, rules: [...rules, passive ? 'roles:tree-nsubj-pass' : 'roles:tree-nsubj', ...(repair ? [repair] : [])], verbs: [...seen] };
      // "the group, which stormed the town": the relative pronoun stands for the noun the clause describes
      // (a relative clause hung from a verb or a time word is misattached: the nominal before the pronoun is meant)
      const hungFrom = view.head(verb);
      const attached = view.label(verb) === 'acl:relcl' && !TIME_WORDS.has(view.tokens[hungFrom]?.lower ?? '') && !CLAUSE_HEADS.has(view.upos(hungFrom));
      const described = attached ? view.head(verb) : pronounAntecedent(view, subject) ?? relativeHead(view, verb);
      return described === null ? null : { node: described, rules: [...rules, 'roles:tree-acl-relcl'], verbs: [...seen] };
    }
    // "Suspected Boko Haram fighters stormed the town", read as a clausal subject or as the verb's head
    const modified = view.childrenWith(verb, 'csubj').map((c) => participleObject(view, c, verb)).find((o) => o !== null) ?? participleObject(view, view.head(verb), verb);
    if (modified != null) return { node: modified, rules: [...rules, 'roles:tree-participle-modifier'], verbs: [...seen] };
    // "was detained and later flew to Moscow": an active conjunct of a passive is done by the passive's subject
    const undergoer = passive || verb === head ? undefined : passiveConjunctSubject(view, [...seen].at(-2)!, verb);
    if (undergoer !== undefined) return { node: undergoer, rules: [...rules, PASSIVE_CONJUNCT_RULE], verbs: [...seen] };
    // "the base was attacked and two soldiers died": a clause with a subject that is no agent ends the climb
    if (view.childrenWith(verb, 'nsubj:pass', 'csubj').length > 0) return null;
    const label = view.label(verb);
    const up = view.head(verb);
    if (up < 0) return null;
    // "the group that stormed the town", "gunmen firing on the crowd", "a convoy ambushed near the border"
    // "a role in fighting terrorism", "the right to protest": a marked clause completes the noun, it has no subject there
    // "Canada's decision to cut ties": the one who decides does it (intent-possessor.ts)
    const intender = label === 'acl' ? intentPossessor(view, verb, up) : null;
    if (intender !== null) return { node: intender, rules: [...rules, 'roles:tree-intent-possessor'], verbs: [...seen] };
    // "police took the unusual step of denying permits", "made the decision to close the border": a clause completing
    // the object of a light verb is done by the one who takes the step
    if (label === 'acl' && ['of', 'to'].includes(view.marker(verb) ?? '') && view.label(up) === 'obj' && LIGHT_VERBS.has(view.tokens[view.head(up)]?.lemma ?? '')) {
      rules.push('roles:tree-step-taker');
      verb = view.head(up);
      continue;
    }
    // "enabled Afghan forces to push them out": an infinitive the parse hung on the verb's object is that object's act
    // (object control, as an xcomp beside an obj); other marked clauses complete their noun ("the right to protest")
    if (label === 'acl' && view.marker(verb) === 'to' && view.label(up) === 'obj' && view.upos(view.head(up)) === 'VERB') {
      // "summoned the French ambassador to protest the remarks": a summons' purpose is the summoner's
      if (SUMMONS.has(view.tokens[view.head(up)].lemma)) {
        rules.push('roles:tree-purpose-subject');
        verb = view.head(up);
        continue;
      }
      return { node: up, rules: [...rules, 'roles:tree-object-control'], verbs: [...seen] };
    }
    // "accused the army of torturing detainees", "thanked Qatar for mediating" read as a clause on the object: the object
    // does it, as when the clause hangs on the verb (object control, markedClauseController)
    if (label === 'acl' && CONTROLLED_MARKERS.has(view.marker(verb) ?? '') && view.label(up) === 'obj' && view.upos(view.head(up)) === 'VERB' && view.tokens[verb].lower.endsWith('ing')) {
      return { node: up, rules: [...rules, 'roles:tree-marked-clause-controller'], verbs: [...seen] };
    }
    if (label === 'acl' && view.marker(verb) !== null) return null;
    // "Poland is weighing whether to close its border", "decided whether to expel": the infinitive of a question its
    // subject puts to itself is that subject's act
    if ((label === 'advcl' || label === 'ccomp') && isWhetherTo(view, verb)) {
      rules.push('roles:tree-whether-to');
      verb = up;
      continue;
    }
    // ("the army said, accusing Pakistani soldiers of ...": a participle hung on a verb is that verb's subject's, as an advcl is)
    if (label === 'acl' && view.upos(up) === 'VERB' && view.tokens[verb].lower.endsWith('ing') && up < verb) {
      rules.push('roles:tree-participle-on-verb');
      verb = up;
      continue;
    }
    if (label === 'acl:relcl' || label === 'acl') return { node: up, rules: [...rules, `roles:tree-${label.replace(':', '-')}`], verbs: [...seen] };
    // ("summoned the envoy to lodge a protest", read as an xcomp: a summons' purpose is the summoner's, as below)
    if (label === 'xcomp' && SUMMONS.has(view.tokens[up].lemma) && view.marker(verb) === 'to') {
      rules.push('roles:tree-purpose-subject');
      verb = up;
      continue;
    }
    if (label === 'xcomp') {
      const object = view.childrenWith(up, 'obj').find((o) => o < verb);
      if (object !== undefined) return { node: object, rules: [...rules, 'roles:tree-xcomp-object'], verbs: [...seen, up] };
      rules.push('roles:tree-xcomp');
    } else if (label === 'conj') {
      // "fighting spread as government troops continued an offensive" misread as "troops" an oblique of "spread"
      // and "continued" its conjunct: with no "and" of its own, the clause's subject is the marked nominal before it
      const own = view.childrenWith(verb, 'cc').length === 0 ? prepositionalSubject(view, verb) : null;
      if (own !== null) return { node: own, rules: [...rules, 'roles:tree-clause-subject'], verbs: [...seen] };
      // "X reported ..., and troops stormed": a speaker is no actor of what it reports (only "claimed to have" is)
      // (a second speech act of the same speaker shares it: "accused Manila of ... and warned of countermeasures"; so does
      // the speaker's participle)
      // (a verb whose complement is a gerund reports no clause the conjunct could belong to: "Police denied beating the
      // students and arrested their leaders" — the police arrested)
      // (nor does one that took an object and no clause: "charged a group with spying and imposed sanctions")
      const noClause = view.childrenWith(up, 'ccomp').length === 0;
      const gerundOnly = noClause && view.childrenWith(up, 'xcomp').some((x) => x < verb && /ing$/.test(view.tokens[x].lower));
      // (nor one whose conjunct the repairs moved out of a condition: "threatened to intervene if ..., and imposed sanctions")
      const reportsClause = isReporting(up) && !gerundOnly && !(noClause && view.childrenWith(up, 'obj').some((o) => o < verb)) && view.repairOf(verb) !== CONJUNCT_AFTER_CONDITION;
      if (view.upos(up) !== 'VERB' && view.upos(up) !== 'AUX' || reportsClause && !isReporting(verb) && !SPEAKER_ACTS.has(view.tokens[verb].lemma) && !speakersParticiple(view, verb, up)) return null;
      rules.push('roles:tree-conj-verb');
    } else if (label === 'advcl') {
      // "with protesters demanding the release", "fled before rebels stormed": the clause's own subject, misread
      const own = prepositionalSubject(view, verb);
      if (own !== null) return { node: own, rules: [...rules, 'roles:tree-clause-subject'], verbs: [...seen] };
      const marker = view.marker(verb);
      // "accused the militia of killing", "the militia is accused of killing", "was jailed for insulting the king"
      const controller = marker !== null && CONTROLLED_MARKERS.has(marker) ? markedClauseController(view, up, verb) : null;
      if (controller !== null) return { node: controller, rules: [...rules, 'roles:tree-marked-clause-controller'], verbs: [...seen] };
      // "summoned the ambassadors to protest the move", "recalled its envoy to protest": a purpose is the subject's,
      // unless the verb puts its object to work ("sent troops to retake the town": left to the window)
      const purpose = marker === 'to' && !isReporting(up) && !(OBJECT_CARRIES_PURPOSE.has(view.tokens[up].lemma) && view.childrenWith(up, 'obj').length > 0);
      if (purpose) {
        rules.push('roles:tree-purpose-subject');
        verb = up;
        continue;
      }
      if (marker !== null && !SHARED_SUBJECT_MARKERS.has(marker) || isReporting(up) && !speakersParticiple(view, verb, up)) return null;
      if (marker === null && openingPassiveParticiple(view, verb, up)) return null;
      rules.push('roles:tree-advcl');
    } else if (label === 'ccomp' && isReporting(up) && speakersParticiple(view, verb, up)) {
      // "..., the rebels said, accusing the government of ...", the participle read as what was said
      rules.push('roles:tree-speaker-participle');
    } else {
      return null;
    }
    verb = up;
  }
  return null;
}

/** A clause opened by "whether to" ("weighing whether to close the border"). */
export function isWhetherTo(view: TreeView, verb: number): boolean {
  const marks = view.childrenWith(verb, 'mark').map((m) => view.tokens[m].lower);
  return marks.includes('whether') && marks.includes('to');
}

/**
 * "Jailed activist X began a hunger strike", "Backed by Russia, the rebels seized the town": a past participle with no
 * auxiliary of its own that opens the sentence before the main clause is passive, told of the main subject who
 * underwent it (jailed, backed); that subject is no doer of it ("Having seized the town, the rebels ..." has "having").
 */
function openingPassiveParticiple(view: TreeView, verb: number, up: number): boolean {
  const word = view.tokens[verb];
  return verb < up && /(?:ed|en)$/.test(word.lower) && word.lemma !== word.lower && view.children(verb).every((c) => view.base(c) !== 'aux' && view.base(c) !== 'nsubj')
    && view.childrenWith(up, 'nsubj', 'nsubj:pass').some((s) => s > verb);
}

/**
 * "..., the mayor said, accusing Moscow of war crimes", "the ministry said on Sunday, calling the strike a crime": an
 * -ing participle set off by a comma after the reporting verb, with no "and", is what the speaker does in saying it.
 */
function speakersParticiple(view: TreeView, verb: number, up: number): boolean {
  return up < verb && view.tokens[verb].lower.endsWith('ing') && view.tokens[verb - 1]?.text === ',' && view.childrenWith(verb, 'cc').length === 0;
}

// Verbal acts that a speaker goes on to after reporting or accusing ("accused X of ... and called for protests"):
// a conjunct of these shares the speaker as subject, where a material act read as one does not
const SPEAKER_ACTS = new Set(['call', 'urge', 'demand', 'appeal', 'vow', 'pledge', 'promise', 'ask', 'condemn', 'criticize', 'criticise',
  'denounce', 'reject', 'refuse', 'praise', 'welcome', 'blame', 'slam', 'press']);

// Verbs whose object carries out the purpose their "to" clause states: "sent troops to retake", "hired gunmen to kill"
const OBJECT_CARRIES_PURPOSE = new Set(['send', 'deploy', 'dispatch', 'order', 'hire', 'recruit', 'train', 'arm', 'pay', 'use', 'mobilize', 'mobilise',
  'bring', 'fly', 'move', 'rush', 'airlift', 'equip', 'supply', 'provide', 'give', 'allow', 'urge', 'ask', 'tell', 'force', 'help', 'enable', 'call', 'invite',
  'encourage', 'instruct', 'authorize', 'authorise', 'permit', 'persuade', 'pressure', 'press', 'lead', 'deploy', 'station', 'assign', 'task', 'commission']);

// Prepositions that open a gerund clause whose doer the governing verb names: "accused X of killing", "blamed X for
// shelling", "charged him with inciting", "X was arrested for protesting", "X is suspected of attacking"
const CONJUNCT_AFTER_CONDITION = 'tree-repair:conjunct-after-condition';
const CONTROLLED_MARKERS = new Set(['of', 'for', 'with']);
// light verbs whose object names the act its clause tells: "took the step of banning", "made the decision to leave"
const LIGHT_VERBS = new Set(['take', 'make']);
// verbs that call someone to the actor, who then acts: the infinitive on their object is the actor's purpose
const SUMMONS = new Set(['summon', 'recall', 'convene']);

/**
 * Who does a gerund clause marked "of"/"for"/"with" under `up`: the governing verb's object before the clause
 * (object control: "accused the militia of killing civilians"), else its passive subject ("the militia is accused of
 * killing civilians", "he was jailed for insulting the king"). Null otherwise (the active subject is the shared one).
 */
function markedClauseController(view: TreeView, up: number, clause: number): number | null {
  const object = view.childrenWith(up, 'obj').find((o) => o < clause);
  if (object !== undefined) return object;
  const passiveSubject = view.childrenWith(up, 'nsubj:pass').find((o) => o < up && !RELATIVE_PRONOUNS.has(view.tokens[o].lower));
  if (passiveSubject !== undefined) return passiveSubject;
  // "three men suspected of planning a bombing", "Palestinians accused of carrying out an attack": the participle's noun
  return view.label(up) === 'acl' && view.head(up) >= 0 && view.head(up) < up ? view.head(up) : null;
}

// A relative clause describes a nominal: "fired tear gas at protesters Sunday who staged ..." hung from "fired"
const CLAUSE_HEADS = new Set(['VERB', 'AUX']);

// Words naming when, between a noun and its relative clause: "fired at protesters Sunday who staged ..."
const PASSIVE_SUBJECTS: readonly string[] = ['nsubj:pass', 'nsubj'];
const ACTIVE_SUBJECTS: readonly string[] = ['nsubj'];

/** The verb's first child with one of these relations that is no time word (a loop: asked at every verb climbed). */
function ownSubject(view: TreeView, verb: number, labels: readonly string[]): number | undefined {
  for (const c of view.children(verb)) if (labels.includes(view.label(c)) && !TIME_WORDS.has(view.tokens[c].lower)) return c;
  // "the ships, which it accused of intruding": a subject pronoun the parse hung on the clause's own relative object
  const relative = view.children(verb).find((c) => c < verb && view.label(c) === 'obj' && RELATIVE_PRONOUNS.has(view.tokens[c].lower));
  return relative === undefined || labels !== ACTIVE_SUBJECTS ? undefined : view.childrenWith(relative, 'nsubj').find((c) => c > relative && c < verb && view.upos(c) === 'PRON');
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight', 'morning', 'evening', 'night', 'week', 'weekend']);

/**
 * Where the parser did not attach the relative clause to a noun (its verb is no `acl:relcl`: read as a `conj`,
 * say), or attached it to a time word ("arrested activists Thursday who protested"), the pronoun still stands for the nominal right before it, past commas and time words ("police fired at
 * protesters Sunday who staged demonstrations" → protesters). Null when no nominal is there.
 */
function pronounAntecedent(view: TreeView, pronoun: number): number | null {
  let j = pronoun - 1;
  while (j >= view.tree.offset && (view.tokens[j].text === ',' || TIME_WORDS.has(view.tokens[j].lower))) j--;
  if (j < view.tree.offset) return null;
  return ['NOUN', 'PROPN'].includes(view.upos(j)) || ['NOUN', 'PROPN'].includes(view.tokens[j].pos) ? j : null;
}

/**
 * "Suspected Boko Haram militants have attacked a village": a participle that opens the sentence, misread as the
 * verb's clausal subject or head with the noun after it as its object, modifies that noun; the noun is the
 * subject of `verb`. Null otherwise.
 */
function participleObject(view: TreeView, opener: number, verb: number): number | null {
  if (opener !== view.tree.offset || !/[a-z]ed$/.test(view.tokens[opener].lower)) return null;
  if (view.childrenWith(opener, 'nsubj', 'aux', 'mark').length > 0) return null;
  const object = view.childrenWith(opener, 'obj').find((o) => o > opener && o < verb);
  // the noun phrase follows the participle directly: "Suspected [Boko Haram] militants"
  return object !== undefined && view.span(object)[0] === opener + 1 ? object : null;
}

/** The noun a relative clause hangs from, however deep the verb sits inside it. */
function relativeHead(view: TreeView, verb: number): number | null {
  const seen = new Set<number>();
  for (let v = verb; view.has(v) && !seen.has(v); v = view.head(v)) {
    seen.add(v);
    if (view.label(v) === 'acl:relcl') return view.head(v);
  }
  return null;
}

// Words that open a clause as well as a phrase: "before rebels stormed", "after Qadri held talks"
const SUBORDINATING_PREPOSITIONS = new Set(['after', 'before', 'as', 'since', 'until', 'till', 'once']);

/**
 * A clause the parser left without a subject because it read the word that opens it as a preposition on the
 * subject noun ("fled before rebels stormed the town": "rebels" an oblique of "fled"), and the absolute
 * construction ("took place with protesters demanding", "resumed on Monday with Israel demanding"): a nominal
 * marked by such a word that ends right before the verb (or its auxiliaries) names who does it, wherever the
 * parser hung it.
 */
function prepositionalSubject(view: TreeView, verb: number): number | null {
  if (view.marker(verb) !== null) return null;
  const ing = view.tokens[verb].lower.endsWith('ing');
  const own = view.children(verb).filter((c) => c < verb && ['aux', 'aux:pass', 'advmod'].includes(view.label(c)));
  const left = Math.min(verb, ...own);
  for (let c = left - 1; c >= view.tree.offset; c--) {
    if (!['obl', 'nmod'].includes(view.base(c)) || view.span(c)[1] !== left) continue;
    const marker = view.marker(c);
    if (marker === 'with' && ing || marker !== null && !ing && SUBORDINATING_PREPOSITIONS.has(marker)) return c;
  }
  return null;
}
