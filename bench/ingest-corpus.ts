import { seededRandom as rng } from './seeded-random.ts';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { BACKGROUND, LEADS, TAILS, TEMPLATES, type Topic } from './ingest-templates.ts';
import * as V from './ingest-vocabulary.ts';

// A deterministic corpus of news-like articles for `npm run bench:ingest`: 25-40 sentences each, a
// main topic with sentences from the others mixed in, a dateline, paragraphs and a footer.
// Every 100th article repeats an earlier one (exact copy under a new id), every 100th+50 republishes
// one with a new headline and footer and one paragraph added (a near duplicate), and every 200th+7 is
// in French: the bench checks that dedup and language skips find exactly these.

export interface CorpusSpec {
  readonly articles: number;
  readonly seed?: number;
}

export interface CorpusCounts {
  readonly articles: number;
  readonly exactCopies: number;
  readonly nearCopies: number;
  readonly french: number;
  readonly bytes: number;
}

const FRENCH = [
  'Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.',
  'Les syndicats appellent à une grève nationale la semaine prochaine contre la réforme des retraites.',
  'Selon les autorités locales, les pluies torrentielles ont provoqué des inondations dans plusieurs villages.',
  'Le ministre a déclaré que les négociations se poursuivraient jusqu\'à la fin du mois.',
  'Des milliers de personnes ont manifesté dans les rues de la capitale pour réclamer des hausses de salaires.',
  'Les prix de l\'énergie ont fortement augmenté depuis le début de l\'année, ce qui pèse sur les ménages.',
];

interface Doc { id: string; published: string; title: string; text: string }

export async function writeCorpus(path: string, spec: CorpusSpec): Promise<CorpusCounts> {
  const random = rng(spec.seed ?? 20240501);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const out = createWriteStream(path);
  // Only the bodies that later articles copy are kept: a bounded ring, not the corpus.
  const recent: Doc[] = [];
  const counts = { articles: 0, exactCopies: 0, nearCopies: 0, french: 0, bytes: 0 };
  for (let i = 0; i < spec.articles; i++) {
    let doc: Doc;
    if (i % 100 === 99 && recent.length > 0) {
      doc = { ...pick(recent), id: `bench-${i}` };
      counts.exactCopies++;
    } else if (i % 100 === 50 && recent.length > 0) {
      const original = pick(recent);
      // a new headline (also the text's first line) and a new footer around the same body
      const title = `UPDATE 1-${original.title} as ${pick(V.LEADERS)} weighs response`;
      // ... and, as updates do, one paragraph added to the body
      const paragraphs = original.text.slice(original.text.indexOf('\n\n') + 2, original.text.lastIndexOf('\n\n')).split('\n\n');
      paragraphs.splice(int(1, paragraphs.length - 1), 0, `${pick(V.LEADERS)} said on ${pick(V.WEEKDAYS)} that the situation was being closely monitored and that further steps were under discussion.`);
      const body = paragraphs.join('\n\n');
      const footer = `(Additional reporting by ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)} and ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)}; writing by ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)}; editing by ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)})`;
      doc = { ...original, id: `bench-${i}`, title, text: `${title}\n\n${body}\n\n${footer}` };
      counts.nearCopies++;
    } else if (i % 200 === 7) {
      doc = { id: `bench-${i}`, published: '2024-05-02', title: 'Actualités', text: Array.from({ length: 25 }, () => pick(FRENCH)).join(' ') };
      counts.french++;
    } else {
      doc = article(i, pick, int, random);
      if (recent.length < 50) recent.push(doc);
      else recent[int(0, 49)] = doc;
    }
    const line = `${JSON.stringify(doc)}\n`;
    counts.articles++;
    counts.bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return counts;
}

type Pick = <T>(items: readonly T[]) => T;

function article(i: number, pick: Pick, int: (lo: number, hi: number) => number, random: () => number): Doc {
  const topics: readonly Topic[] = ['conflict', 'conflict', 'diplomacy', 'diplomacy', 'sport', 'business'];
  const main = pick(topics);
  const month = int(1, 12);
  const day = int(1, 28);
  const published = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const slots = articleSlots(pick);
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => slot(name, slots, pick, int));
  const count = int(25, 40);
  const sentences: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = random();
    // 60% main topic, 25% another topic, 15% background
    const topic = r < 0.6 ? main : r < 0.85 ? pick(['conflict', 'diplomacy', 'sport', 'business'] as const) : null;
    const sentence = lengthen(fill(topic === null ? pick(BACKGROUND) : pick(TEMPLATES[topic])), fill, pick, random);
    sentences.push(sentence[0].toUpperCase() + sentence.slice(1));
  }
  const lead = `${slots.CITY.toUpperCase()}, ${V.MONTHS[month - 1]} ${day} (${pick(V.OUTLETS)}) - ${sentences[0]}`;
  const paragraphs: string[] = [lead];
  for (let k = 1; k < sentences.length;) {
    const size = int(1, 4);
    paragraphs.push(sentences.slice(k, k + size).join(' '));
    k += size;
  }
  const title = fill(pick(TEMPLATES[main])).replace(/[.,].*$/, '');
  const footer = `(Reporting by ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)} in ${slots.CITY}; editing by ${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)})`;
  return { id: `bench-${i}`, published, title, text: `${title}\n\n${paragraphs.join('\n\n')}\n\n${footer}` };
}

// A lead-in ("On Tuesday, ...") for a quarter of the sentences, a tail clause for two thirds: the
// lengths of wire copy (see ingest-templates.ts).
function lengthen(sentence: string, fill: (t: string) => string, pick: Pick, random: () => number): string {
  let out = sentence;
  if (random() < 0.67) out = `${out.replace(/\.$/, '')}${fill(pick(TAILS))}.`;
  if (random() < 0.25) out = `${fill(pick(LEADS))}${out[0].toLowerCase()}${out.slice(1)}`;
  return out;
}

// One cast per article, so its sentences keep coming back to the same actors and places.
function articleSlots(pick: Pick): Record<string, string> {
  return {
    C: pick(V.COUNTRIES), C2: pick(V.COUNTRIES), D: pick(V.DEMONYMS), L: pick(V.LEADERS), G: pick(V.GROUPS),
    O: pick(V.ORGANIZATIONS).replace(/^the /, ''), R: pick(V.ROLES), CITY: pick(V.CITIES),
    CO: `${V.inventedName(pick)} ${pick(V.COMPANY_SUFFIXES)}`,
    T: `${V.inventedName(pick)} ${pick(V.TEAM_SUFFIXES)}`, T2: `${V.inventedName(pick)} ${pick(V.TEAM_SUFFIXES)}`,
  };
}

function slot(name: string, slots: Record<string, string>, pick: Pick, int: (lo: number, hi: number) => number): string {
  // a third of the time a slot takes a fresh value, so an article is not one cast repeated 30 times
  switch (name) {
    case 'N': return String(int(2, 90));
    case 'N2': return String(int(2, 90) * 100);
    case 'WD': return pick(V.WEEKDAYS);
    case 'M': return pick(V.MONTHS);
    case 'P': return `${pick(V.FIRST_NAMES)} ${pick(V.LAST_NAMES)}`;
    case 'C': return int(0, 2) === 0 ? pick(V.COUNTRIES) : slots.C;
    case 'CITY': return int(0, 2) === 0 ? pick(V.CITIES) : slots.CITY;
    case 'G': return int(0, 2) === 0 ? pick(V.GROUPS) : slots.G;
    default: return slots[name] ?? name;
  }
}
