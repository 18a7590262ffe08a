import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the prepositions that open a sentence with the setting of its news: "After talks ...", "Under a deal ..."
export const AGENT_OPENERS = new Set(['after', 'following', 'under', 'in', 'during', 'through', 'amid', 'despite', 'before', 'with']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "After negotiations mediated by Qatar, the rebels released 20 hostages", "Following talks hosted by Turkey, Russia and
 * Ukraine swapped prisoners": a sentence opening with a preposition whose noun a past participle with a "by" agent
 * describes, then a comma and the main clause. The parser made the participle the root with the main clause's subject
 * its own, or ran the agent into the main subject ("Turkey, Russia and Ukraine"), so the main act was the mediator's.
 * The main clause's first verb is the root, its first noun before that verb the subject (with the nouns coordinated
 * with it), the opening noun the verb's `obl`, the participle that noun's `acl` and the agent its `obl:agent`.
 */
export function repairOpeningPhraseAgent(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const opener of tree.nodes()) {
    if (!AGENT_OPENERS.has(tokens[opener].lower)) continue;
    const s = tokens[opener].sentence;
    if (opener > 0 && tokens[opener - 1].sentence === s) continue; // the sentence's first word only
    if (repairedAt(tree, tokens, opener)) return 'tree-repair:opening-phrase-agent';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], opener: number): boolean {
  const s = tokens[opener].sentence;
  const within = (k: number) => k < tokens.length && tokens[k].sentence === s;
  // the opening noun: the first noun after the opener, right before the participle ("negotiations | mediated by")
  let noun = opener + 1;
  while (within(noun) && ['DET', 'ADJ', 'NUM'].includes(tree.upos(noun))) noun++;
  while (within(noun + 1) && NOMINAL.has(tree.upos(noun + 1)) && NOMINAL.has(tree.upos(noun))) noun++; // "peace talks"
  const participle = noun + 1;
  if (!within(participle + 1) || !NOMINAL.has(tree.upos(noun)) || tree.upos(participle) !== 'VERB' || tokens[participle].lower.endsWith('ing') || tokens[participle + 1].lower !== 'by') return false;
  let comma = participle + 2;
  while (within(comma) && tokens[comma].text !== ',') comma++;
  if (!within(comma) || comma === participle + 2) return false;
  let verb = comma + 1;
  while (within(verb) && !(tree.upos(verb) === 'VERB' || tree.upos(verb) === 'AUX')) verb++;
  if (!within(verb) || verb === comma + 1 || tokens[verb].lower.endsWith('ing') && tree.upos(verb) === 'VERB') return false;
  // an auxiliary before the verb ("the rebels have released"): the verb after it is the root
  const main = tree.upos(verb) === 'AUX' && within(verb + 1) && tree.upos(verb + 1) === 'VERB' ? verb + 1 : verb;
  const between = (k: number) => k > comma && k < verb;
  const tops = tree.nodes().filter((k) => between(k) && !between(tree.head(k)));
  const subject = tops.find((k) => NOMINAL.has(tree.upos(k)) || tree.upos(k) === 'PRON');
  if (subject === undefined) return false;
  // already read right: the main verb is the root with that subject
  if (tree.head(main) === -1 && tree.head(subject) === main && tree.head(noun) === main) return false;
  const agentEnd = comma;
  const agentTops = tree.nodes().filter((k) => k > participle + 1 && k < agentEnd && !(tree.head(k) > participle + 1 && tree.head(k) < agentEnd));
  const agent = agentTops.find((k) => NOMINAL.has(tree.upos(k)));
  if (agent === undefined) return false;
  // what hung on the opening words past the comma (the main clause's objects and time, the full stop) is the verb's
  const opening = (k: number) => k >= opener && k < comma;
  const moving = tree.nodes().filter((k) => k > verb && opening(tree.head(k)) || k > main && tree.head(k) === -1);
  tree.attach(main, -1, 'root');
  if (main !== verb) tree.attach(verb, main, 'aux');
  tree.attach(subject, main, 'nsubj');
  for (const k of tops) if (k !== subject) tree.attach(k, subject, NOMINAL.has(tree.upos(k)) ? 'conj' : tree.label(k));
  tree.attach(noun, main, 'obl');
  tree.attach(opener, noun, 'case');
  tree.attach(participle, noun, 'acl');
  tree.attach(agent, participle, 'obl:agent');
  tree.attach(participle + 1, agent, 'case');
  for (const k of agentTops) if (k !== agent) tree.attach(k, agent, tree.label(k) === 'root' ? 'dep' : tree.label(k));
  tree.attach(comma, main, 'punct');
  for (const k of moving) if (k !== main) tree.attach(k, main, tree.label(k) === 'root' ? 'dep' : tree.label(k));
  return true;
}
