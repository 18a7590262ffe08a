import type { ActorPhrase } from './types.ts';

/**
 * "India summoned Bangladesh's envoy ... the foreign secretary met the envoy": a description whose title names one
 * office (data/lexicon/office-titles.tsv) takes up no one the text titled only with another office's words, since two
 * offices are two people; "the ambassador" may take up "Russia's envoy" (one office), and any description a person
 * named without a title.
 */
export function namesOtherOffice(descriptionHead: string | null, antecedent: ActorPhrase, officeOf: (title: string) => string | undefined): boolean {
  const office = descriptionHead === null ? undefined : officeOf(descriptionHead);
  if (office === undefined) return false;
  let other = false;
  for (const word of antecedent.text.toLowerCase().split(/[\s-]+/)) {
    const held = officeOf(word.replace(/['’]s?$/, ''));
    if (held === office) return false;
    if (held !== undefined) other = true;
  }
  return other;
}
