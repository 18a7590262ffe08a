import type { ActorPhrase } from './types.ts';

// "government negotiators met Taliban envoys ... the two sides": roles count as members too
const named = (p: ActorPhrase) => p.code !== null && ['country', 'group', 'organization', 'person', 'role'].includes(p.kind) || p.kind === 'role' && p.roleCode !== undefined;
/** The collective a speaker uses of the pair named together with them: core/collective-sides.ts keeps it. */
export const SPEAKERS_PAIR_RULE = 'anaphor:collective-speakers-pair';
const identity = (p: ActorPhrase) => p.code ?? p.name;

/**
 * "Ethiopia and Eritrea signed ... both countries agreed to reopen embassies": the two (or three) distinct actors
 * named last before the phrase, within two sentences, as one participant named after them. Its role is the
 * state's when they are states ("both countries" → GOV), else the role they share, else an armed group's.
 */
export function collectiveAntecedent(
  before: readonly ActorPhrase[], resolved: ReadonlyMap<ActorPhrase, ActorPhrase>, sentenceOf: (p: ActorPhrase) => number, here: number,
  joined: (a: ActorPhrase, b: ActorPhrase) => boolean = () => false, speaker: ActorPhrase | null = null, stateNames: StateNames | null = null,
): ActorPhrase | null {
  const member = (j: number): ActorPhrase | null => {
    const cand = before[j];
    if (cand === undefined || here - sentenceOf(cand) > 2) return null;
    const target = cand.kind === 'anaphor' ? resolved.get(cand) : cand;
    if (!target || cand.locative || !named(target)) return null;
    return stateNames ? stateOf(target, stateNames) : target;
  };
  let members: ActorPhrase[] = [];
  for (let j = before.length - 1; j >= 0 && members.length < 2 && here - sentenceOf(before[j]) <= 2; j--) {
    const target = member(j);
    if (target && !members.some((m) => identity(m) === identity(target))) members.unshift(target);
  }
  if (members.length < 2) return null;
  // "Pashinyan and Aliyev shook hands ... Armenia will grant the United States rights ... Aliyev said the two nations":
  // a pair named together ("X and Y") is the pair meant by a speaker who is one of it, or when the last two actors
  // were named in different sentences (not as the two sides of one act)
  const pair = latestJoinedPair(before, member, joined);
  // (the speaker read as the pair's members are: "Aliyev" as Azerbaijan for "the two nations")
  const said = speaker && stateNames ? stateOf(speaker, stateNames) ?? speaker : speaker;
  const speakersPair = pair !== null && said !== null && pair.some((m) => identity(m) === identity(said));
  if (pair && (speakersPair || sentenceOf(members[0]) !== sentenceOf(members[1]))) members = pair;
  const [a, b] = members;
  const states = members.every((m) => m.kind === 'country' || m.kind === 'person');
  const suffix = (m: ActorPhrase) => (m.code && /^[A-Z]{6}$/.test(m.code) ? m.code.slice(3) : m.roleCode ?? null);
  const role = states ? 'GOV' : suffix(a) !== null && suffix(a) === suffix(b) ? suffix(a)! : members.some((m) => m.kind === 'group') ? 'REB' : 'IGO';
  return { ...a, kind: 'role', name: `${a.name} and ${b.name}`, code: null, roleCode: role, plural: true, entry: null, members, rule: speakersPair ? SPEAKERS_PAIR_RULE : 'anaphor:collective' };
}

/**
 * "Indian troops shelled Pakistani posts ... The two countries agreed": a collective of states ("the two countries",
 * data/lexicon/state-collective-nouns.tsv) takes up the states of the actors named before, a state's forces or
 * officials standing for their state; an actor of no state ("militants", a group) is none of them.
 */
function stateOf(p: ActorPhrase, states: StateNames): ActorPhrase | null {
  if (p.kind === 'country' && p.code && /^[A-Z]{3}$/.test(p.code)) return { ...p, name: states.nameOf(p.code) ?? p.name }; // ("Addis Ababa" stands for Ethiopia)
  // (a state's role, "Indian troops", has the state's entry; an office holder, "Kenya's president", a person's naming it)
  const code = p.entry?.kind === 'country' ? p.entry.country ?? p.entry.code : p.entry?.kind === 'person' ? p.entry.country : null;
  const name = code ? states.nameOf(code) : undefined;
  if (!code || !name || !p.code?.startsWith(code)) return null;
  return { ...p, kind: 'country', code, name, roleCode: undefined, roleKind: undefined, plural: false };
}
/** The names of states by their codes, for a collective of states (null for other collectives). */
export interface StateNames { readonly nameOf: (code: string) => string | undefined }

/** The last two distinct actors within reach named together, "X and Y", in order. */
function latestJoinedPair(before: readonly ActorPhrase[], member: (j: number) => ActorPhrase | null, joined: (a: ActorPhrase, b: ActorPhrase) => boolean): ActorPhrase[] | null {
  for (let j = before.length - 1; j > 0; j--) {
    const second = member(j);
    const first = member(j - 1);
    if (first && second && identity(first) !== identity(second) && joined(before[j - 1], before[j])) return [first, second];
  }
  return null;
}
