import type { ActorPhrase } from './types.ts';

/** "AMISOM spokesman Wilson Rono", "the ministry's spokesman": one person a title or role names, whom "he" or "she" may take up. */
export const isTitledPerson = (p: ActorPhrase) => (p.kind === 'role' || p.rule === 'actor:named') && p.roleKind === 'person' || isRoleHolder(p);
/** "The ministry's spokesman said … He dismissed reports": a definite description of one role holder no name resolved. */
export const isRoleHolder = (p: ActorPhrase) => p.kind === 'anaphor' && p.refersTo === 'person' && !p.plural && p.roleCode != null && !/^(he|him|his|she|her)$/i.test(p.text);
