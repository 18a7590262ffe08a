import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { withCountedOthers } from './counted-others.ts';
import { withPartyTags } from './party-tag.ts';
import { withWhoseRoles } from './whose-role.ts';

/**
 * Phrases read by what they hang on: a role in a "whose" relative (its head's), a name with a U.S. party-and-state
 * tag (a member of Congress), counted "others" of another verb (more of the group counted before).
 */
export const withAttachedReadings = (doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] => withCountedOthers(doc, withPartyTags(doc, withWhoseRoles(doc, phrases)));
