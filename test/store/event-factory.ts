import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorRef, Article, Event } from '../../src/schema/event.ts';

// Hand-built, schema-valid records for the store tests. Overrides replace whole fields.
export function makeArticle(id: string, text = `Text of ${id}. Troops shelled the town.`, overrides: Partial<Article> = {}): Article {
  return { id, text, published: '2020-03-15', title: `Title ${id}`, url: `https://example.org/${id}`, ...overrides };
}

export function actor(name: string, code: string | null, span: [number, number] = [0, name.length]): ActorRef {
  return { text: name, name, code, span, basis: 'stated' };
}

export function makeEvent(docId: string, overrides: Partial<Event> = {}): Event {
  return {
    doc_id: docId,
    type: 'ASSAULT',
    cameo: '190',
    goldstein: -10,
    quad_class: 4,
    actor: actor('Russian troops', 'RUSMIL'),
    target: actor('Ukraine', 'UKR', [30, 37]),
    date: { value: '2020-03-11', precision: 'day', text: 'on Wednesday', span: [40, 52], basis: 'stated' },
    location: { text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, span: [56, 63], precision: 'city' },
    provenance: { source: 'outlet', reporting_verb: null, certainty: 'asserted', quote: null },
    trigger: { text: 'shelled', span: [15, 22] },
    evidence: { sentence: 'Russian troops shelled Ukraine on Wednesday in Kharkiv.', span: [0, 64] },
    confidence: 0.8,
    rules: ['pattern:assault.shell', 'refine:date'],
    ...overrides,
  };
}

export function tempDir(prefix: string): { readonly dir: string; readonly cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `eventlens-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
