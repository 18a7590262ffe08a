import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';

// where the measure stands to the verb that defies it: its object ("violated a ban"), the subject of its passive
// ("the embargo was breached")
const DEFIED_SLOTS = new Set(['obj', 'nsubj:pass']);

/**
 * "The company violated a ban on exports to Iran", "the firm circumvented export controls on chips to China": a
 * measure or order named as what a verb of defiance (clause-cues.tsv defying) breaks or evades stands already; it is
 * no new SANCTION or COERCE (whoever imposed it is not told). The defiance is coded by its own row where one fits
 * ("defied the curfew", CAMEO 128).
 */
export function isDefiedMeasure(view: TreeView, c: Candidate, defying: ReadonlySet<string>): boolean {
  if (c.trigger.pattern.kind !== 'noun') return false;
  return c.trigger.tokens.some((k) => {
    const verb = view.head(k);
    // (a particle makes another verb: "broke up a protest" ends the protest, which took place)
    return DEFIED_SLOTS.has(view.label(k)) && verb >= 0 && !c.trigger.tokens.includes(verb) && defying.has(view.tokens[verb].lemma)
      && !view.children(verb).some((x) => view.label(x) === 'compound:prt' || view.tokens[x].pos === 'ADP' && x === verb + 1);
  });
}
