import type { ActorPhrase } from './types.ts';

// "government negotiators met Taliban envoys ... the two sides": roles count as members too
const named = (p: ActorPhrase) => p.code !== null && ['country', 'group', 'organization', 'person', 'role'].includes(p.kind) || p.kind === 'role' && p.roleCode !== undefined;
const identity = (p: ActorPhrase) => p.code ?? p.name;

/**
 * "Ethiopia and Eritrea signed ... both countries agreed to reopen embassies": the two (or three) distinct actors
 * named last before the phrase, within two sentences, as one participant named after them. Its role is the
 * state's when they are states ("both countries" → GOV), else the role they share, else an armed group's.
 */
export function collectiveAntecedent(before: readonly ActorPhrase[], resolved: ReadonlyMap<ActorPhrase, ActorPhrase>, sentenceOf: (p: ActorPhrase) => number, here: number): ActorPhrase | null {
  const members: ActorPhrase[] = [];
  for (let j = before.length - 1; j >= 0 && members.length < 2; j--) {
    const cand = before[j];
    if (here - sentenceOf(cand) > 2) break;
    const target = cand.kind === 'anaphor' ? resolved.get(cand) : cand;
    if (!target || cand.locative || !named(target) || members.some((m) => identity(m) === identity(target))) continue;
    members.unshift(target);
  }
  if (members.length < 2) return null;
  const [a, b] = members;
  const states = members.every((m) => m.kind === 'country' || m.kind === 'person');
  const suffix = (m: ActorPhrase) => (m.code && /^[A-Z]{6}$/.test(m.code) ? m.code.slice(3) : m.roleCode ?? null);
  const role = states ? 'GOV' : suffix(a) !== null && suffix(a) === suffix(b) ? suffix(a)! : members.some((m) => m.kind === 'group') ? 'REB' : 'IGO';
  return { ...a, kind: 'role', name: `${a.name} and ${b.name}`, code: null, roleCode: role, plural: true, entry: null, members, rule: 'anaphor:collective' };
}
