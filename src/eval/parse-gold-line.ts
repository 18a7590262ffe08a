import type { EvidenceError, GoldEvent, GoldItem } from './gold-doc.ts';
import { GoldLine } from './gold-line-schema.ts';
import { locateEvidence } from './locate-evidence.ts';

// Pure half of the reader: one line of text in, one gold document (or the reason
// it is unusable) out. `line` is 1-based so messages read as file:line.
export function parseGoldLine(raw: string, file: string, line: number): GoldItem {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return lineError(file, line, `invalid JSON: ${(err as Error).message}`);
  }
  const parsed = GoldLine.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return lineError(file, line, `invalid gold record: ${issues.join('; ')}`);
  }
  const doc = parsed.data;
  const errors: EvidenceError[] = [];
  const events: GoldEvent[] = doc.gold.events.map((e, index) => {
    const span = locateEvidence(doc.text, e.evidence);
    if (span === null) {
      errors.push({
        kind: 'evidence-error', file, line, doc_id: doc.id, event_index: index,
        message: `${file}:${line}: doc ${doc.id} event #${index} (${e.type}): evidence not found in text: "${e.evidence}"`,
      });
    }
    return {
      index,
      type: e.type,
      alt_types: e.alt_types ?? [],
      actor: e.actor,
      target: e.target,
      date: e.date,
      date_precision: e.date_precision ?? null,
      location: e.location,
      attributed_to: e.attributed_to,
      certainty: e.certainty ?? null,
      optional: e.optional ?? false,
      evidence: e.evidence,
      span,
    };
  });
  return {
    kind: 'gold-doc', file, line, events, errors,
    article: { id: doc.id, text: doc.text, published: doc.published ?? null, title: doc.title ?? null },
  };
}

function lineError(file: string, line: number, message: string): GoldItem {
  return { kind: 'line-error', file, line, message: `${file}:${line}: ${message}` };
}
