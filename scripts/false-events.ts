// Counts events the coder finds in the non-political articles of test/corpus/articles (sports, business,
// weather, science, culture, health, tech): every one is a false event. Run: npx tsx scripts/false-events.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createCoder } from '../src/core/index.ts';

const dir = new URL('../test/corpus/articles/', import.meta.url).pathname;
const coder = createCoder(loadKnowledge());
let articles = 0;
let falseEvents = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const a = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (a.topic === 'conflict' || a.topic === 'politics-domestic') continue;
  articles++;
  const events = coder.code({ id: a.id, text: a.text, published: a.published, title: a.title });
  falseEvents += events.length;
  for (const e of events) console.log(`${a.id}: ${e.type} ${e.actor?.code ?? e.actor?.name} → ${e.target?.code ?? e.target?.name} "${e.trigger.text}" [${e.rules[0]}]`);
}
console.log(`${falseEvents} false events in ${articles} non-political articles (${((falseEvents / articles) * 20).toFixed(2)} per 20 articles)`);
