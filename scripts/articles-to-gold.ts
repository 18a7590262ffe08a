// Writes test/corpus/articles.gold.jsonl from test/corpus/articles/*.json (those with expected events),
// in the gold format `eventlens eval` reads. Run: npx tsx scripts/articles-to-gold.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../test/corpus/articles/', import.meta.url).pathname;
const lines: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const a = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const events = (a.expected ?? []).map((e: Record<string, unknown>) => ({
    type: e.type, actor: e.actor ?? null, target: e.target ?? null, date: e.date ?? null, location: e.location ?? null,
    attributed_to: e.source ?? null, evidence: e.evidence, certainty: e.certainty, date_precision: e.date_precision,
  }));
  lines.push(JSON.stringify({ id: a.id, published: a.published, title: a.title, text: a.text, topic: a.topic, gold: { events, entities: {} } }));
}
writeFileSync(join(dir, '../articles.gold.jsonl'), `${lines.join('\n')}\n`);
console.log(`${lines.length} articles`);
