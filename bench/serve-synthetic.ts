import { seededRandom as random } from './seeded-random.ts';
import type { Article, Event } from '../src/schema/event.ts';
import type { SaveItem, Store } from '../src/store/index.ts';

// Synthetic but schema-valid articles for the serve benchmark and the 100k-event dashboard test:
// each sentence is "<Actor> <verb> <target> in <place> on <date>, <source> said." with real spans,
// so the evidence view can mark them. Deterministic (seeded), so runs compare.

const ACTORS: readonly [string, string][] = [
  ['USA', 'United States'], ['IRN', 'Iran'], ['ISR', 'Israel'], ['RUS', 'Russia'], ['UKR', 'Ukraine'], ['CHN', 'China'],
  ['TUR', 'Turkey'], ['SYR', 'Syria'], ['IRQ', 'Iraq'], ['COD', 'DR Congo'], ['RWA', 'Rwanda'], ['SDN', 'Sudan'],
  ['YEM', 'Yemen'], ['SAU', 'Saudi Arabia'], ['IND', 'India'], ['PAK', 'Pakistan'], ['USAMIL', 'US forces'], ['RUSMIL', 'Russian troops'],
  ['UKRMIL', 'Ukrainian forces'], ['ISRMIL', 'Israeli forces'], ['IGOUNO', 'United Nations'], ['hamas', 'Hamas'], ['m23', 'M23'], ['houthis', 'Houthi rebels'],
];
const VERBS: readonly [Event['type'], string, string, number, number][] = [
  ['ASSAULT', 'attacked', '190', -10, 4], ['ASSAULT', 'shelled', '195', -10, 4], ['COERCE', 'arrested members of', '173', -5, 4],
  ['MOBILIZE', 'deployed troops against', '150', -7.2, 4], ['THREATEN', 'threatened', '130', -4.4, 3], ['ACCUSE', 'accused', '112', -2, 3],
  ['SANCTION', 'imposed sanctions on', '163', -8, 4], ['PROTEST', 'protested against', '141', -6.5, 4], ['REJECT', 'rejected a proposal from', '125', -5, 3],
  ['CONSULT', 'met', '040', 1, 1], ['AGREE', 'signed an agreement with', '057', 8, 1], ['AID', 'sent aid to', '070', 7, 2],
  ['COOPERATE', 'cooperated with', '060', 6, 2], ['SUPPORT', 'praised', '051', 3.4, 1], ['REQUEST', 'appealed to', '020', 3, 1], ['CONCEDE', 'released prisoners of', '0841', 5, 2],
];
const PLACES: readonly { name: string; country: string; lat: number; lon: number; precision: 'site' | 'city' | 'region' | 'country' }[] = [
  { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, precision: 'city' }, { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, precision: 'city' },
  { name: 'Ukraine', country: 'UKR', lat: 49, lon: 32, precision: 'country' }, { name: 'Goma', country: 'COD', lat: -1.68, lon: 29.22, precision: 'city' },
  { name: 'North Kivu', country: 'COD', lat: -0.8, lon: 29, precision: 'region' }, { name: 'Gaza', country: 'PSE', lat: 31.5, lon: 34.47, precision: 'city' },
  { name: 'Baghdad', country: 'IRQ', lat: 33.31, lon: 44.36, precision: 'city' }, { name: 'Al-Asad Airbase', country: 'IRQ', lat: 33.79, lon: 42.44, precision: 'site' },
  { name: 'Iraq', country: 'IRQ', lat: 33, lon: 43.7, precision: 'country' }, { name: 'Khartoum', country: 'SDN', lat: 15.5, lon: 32.56, precision: 'city' },
  { name: 'Darfur', country: 'SDN', lat: 13.5, lon: 24, precision: 'region' }, { name: 'Sanaa', country: 'YEM', lat: 15.37, lon: 44.19, precision: 'city' },
  { name: 'Damascus', country: 'SYR', lat: 33.51, lon: 36.29, precision: 'city' }, { name: 'Tehran', country: 'IRN', lat: 35.69, lon: 51.39, precision: 'city' },
  { name: 'Kashmir', country: 'IND', lat: 34.08, lon: 74.8, precision: 'region' }, { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4, precision: 'city' },
];
const CERTAINTY: readonly Event['provenance']['certainty'][] = ['asserted', 'asserted', 'asserted', 'claimed', 'claimed', 'alleged', 'denied', 'planned'];


/** `articles` articles of `perArticle` events each, dated over two years from 2023-01-01. */
export function* syntheticItems(articles: number, perArticle: number, seed = 7): Generator<SaveItem> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  for (let a = 0; a < articles; a++) {
    const id = `synthetic-${a}`;
    const published = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 730) * 86_400_000).toISOString().slice(0, 10);
    let text = '';
    const events: Event[] = [];
    for (let i = 0; i < perArticle; i++) {
      const [actorCode, actorName] = pick(ACTORS);
      let [targetCode, targetName] = pick(ACTORS);
      if (targetCode === actorCode) [targetCode, targetName] = ACTORS[(ACTORS.findIndex((x) => x[0] === actorCode) + 1) % ACTORS.length];
      const [type, verb, cameo, goldstein, quad] = pick(VERBS);
      const place = pick(PLACES);
      const date = new Date(Date.parse(published) - Math.floor(rnd() * 3) * 86_400_000).toISOString().slice(0, 10);
      const certainty = pick(CERTAINTY);
      const start = text.length;
      const sentence = `${actorName} ${verb} ${targetName} in ${place.name} on ${date}, officials said.`;
      const at = (part: string, from = 0): [number, number] => {
        const i = sentence.indexOf(part, from);
        return [start + i, start + i + part.length];
      };
      text += `${sentence} `;
      const actorSpan = at(actorName);
      events.push({
        doc_id: id, type, cameo, goldstein, quad_class: quad,
        actor: { text: actorName, name: actorName, code: actorCode, span: actorSpan, basis: 'stated' },
        target: { text: targetName, name: targetName, code: targetCode, span: at(targetName, actorName.length + verb.length + 1), basis: 'stated' },
        date: { value: date, precision: 'day', text: date, span: at(date), basis: 'stated' },
        location: { text: place.name, name: place.name, country: place.country, lat: place.lat, lon: place.lon, span: at(` in ${place.name}`).map((n, k) => (k === 0 ? n + 4 : n)) as [number, number], precision: place.precision },
        provenance: { source: certainty === 'asserted' ? 'outlet' : { text: 'officials', name: 'officials', code: null, span: at('officials') }, reporting_verb: certainty === 'asserted' ? null : 'said', certainty, quote: null },
        trigger: { text: verb.split(' ')[0], span: at(verb.split(' ')[0], actorName.length) },
        evidence: { sentence, span: [start, start + sentence.length] },
        confidence: Math.round((0.5 + rnd() * 0.5) * 100) / 100,
        rules: ['synthetic'],
      });
    }
    const article: Article = { id, text: text.trim(), published, title: `Synthetic report ${a}`, url: null };
    yield { article, events };
  }
}

/** Saves `events` synthetic events, `perArticle` to an article, in batches of 500 articles. */
export async function fillSyntheticStore(store: Pick<Store, 'saveMany'>, events: number, perArticle = 10): Promise<void> {
  let batch: SaveItem[] = [];
  for (const item of syntheticItems(Math.ceil(events / perArticle), perArticle)) {
    batch.push(item);
    if (batch.length === 500) {
      await store.saveMany(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await store.saveMany(batch);
}
