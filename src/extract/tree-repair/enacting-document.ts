import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import type { RepairWords } from './repair-words.ts';
import { cuePhrases } from '../cue-groups.ts';

export const ENACTING_DOCUMENT_RULE = 'tree-repair:enacting-document';

/**
 * "signed a decree imposing sanctions on officials", "passed a law banning the party": a document that enacts what it
 * says (clause-cues.tsv enacting-document) read as a `compound` of the noun after the -ing word, the -ing word that
 * noun's `amod` ("a decree-imposing sanctions"). The -ing word is the document's content, a verb (`acl`) whose object
 * is that noun; the document takes the noun's place in the clause. The document stands right before the -ing word.
 */
export function repairEnactingDocument(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  if (!words.clauseCues) return null;
  const documents = cuePhrases(words.clauseCues, 'enacting-document');
  let repaired = false;
  for (const participle of tree.nodes()) {
    // (the parse may tag the -ing word an adjective: "a decree | imposing | sanctions")
    if (tree.label(participle) !== 'amod' || !['VERB', 'ADJ'].includes(tree.upos(participle)) || !tokens[participle].lower.endsWith('ing')) continue;
    const noun = tree.head(participle), document = participle - 1;
    if (noun <= participle || !documents.has(tokens[document]?.lemma ?? '') || tree.head(document) !== noun || tree.label(document) !== 'compound') continue;
    const clauseHead = tree.head(noun), relation = tree.label(noun);
    if (clauseHead < 0) continue;
    tree.attach(document, clauseHead, relation);
    // the document's own words before it ("a", "an executive") go with it
    for (const k of [...tree.children(noun)]) if (k < document) tree.attach(k, document, tree.label(k));
    tree.attach(participle, document, 'acl');
    tree.attach(noun, participle, 'obj');
    repaired = true;
  }
  return repaired ? ENACTING_DOCUMENT_RULE : null;
}
