import { seededRandom as rng } from './seeded-random.ts';
import type { Article, Certainty, Event, PloverType } from '../src/schema/event.ts';
import type { SaveItem } from '../src/store/index.ts';

// Synthetic, deterministic articles and events for the store benchmark: skewed like real data (a few
// actors and dyads are in most events), spread over ten years, with places, sources and certainty.

export const EVENTS_PER_ARTICLE = 10;


const COUNTRIES = ['USA', 'IRN', 'RUS', 'UKR', 'CHN', 'ISR', 'PSE', 'SYR', 'IRQ', 'TUR', 'SAU', 'YEM', 'AFG', 'PAK', 'IND', 'PRK', 'KOR', 'JPN',
  'FRA', 'DEU', 'GBR', 'EGY', 'LBY', 'SDN', 'ETH', 'SOM', 'NGA', 'MLI', 'COD', 'VEN', 'COL', 'MEX', 'BRA', 'ARM', 'AZE', 'GEO', 'BLR', 'POL'];
const ROLES = ['', 'GOV', 'MIL', 'COP', 'REB', 'OPP', 'MED', 'BUS', 'CVL'];
const TYPES: readonly (readonly [PloverType, string, number, number])[] = [
  ['ASSAULT', '190', -10, 4], ['ASSAULT', '193', -10, 4], ['COERCE', '173', -5, 4], ['THREATEN', '138', -7, 3], ['PROTEST', '141', -6.5, 3],
  ['ACCUSE', '112', -2, 3], ['REJECT', '120', -4, 3], ['SANCTION', '163', -8, 4], ['MOBILIZE', '150', -7.2, 4], ['CONSULT', '036', 4, 1],
  ['AGREE', '057', 8, 1], ['SUPPORT', '051', 3.4, 1], ['COOPERATE', '061', 6.4, 2], ['AID', '070', 7, 2], ['REQUEST', '020', 3, 1],
  ['CONCEDE', '080', 5, 2], ['RETREAT', '0874', 10, 2],
];
const CERTAINTIES: readonly Certainty[] = ['asserted', 'asserted', 'asserted', 'asserted', 'claimed', 'claimed', 'alleged', 'denied', 'planned'];
const WORDS = ['ceasefire', 'talks', 'border', 'shelling', 'sanctions', 'protest', 'election', 'drone', 'convoy', 'aid', 'summit',
  'minister', 'troops', 'rebels', 'airstrike', 'negotiations', 'refugees', 'pipeline', 'embassy', 'militia'];

// A fixed ally per country, for the second participant of coordinated events (no random draw, so the
// other fields stay what they were before lists existed).
const partnerOf = (country: string): string => COUNTRIES[(COUNTRIES.indexOf(country) + 5) % COUNTRIES.length];

// Zipf-like: index 0 is the most frequent.
const skewed = (r: () => number, n: number): number => Math.min(n - 1, Math.floor(n * r() ** 2.2));

export function generateBatch(startArticle: number, articles: number): SaveItem[] {
  const items: SaveItem[] = [];
  for (let a = startArticle; a < startArticle + articles; a++) {
    const r = rng(a + 1);
    const docId = `bench-${a}`;
    const day = Math.floor(r() * 3650);
    const published = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const words = Array.from({ length: 40 }, () => WORDS[skewed(r, WORDS.length)]);
    const text = `Report ${a}. ${words.join(' ')}.`;
    const article: Article = { id: docId, text, published, title: `${words[0]} ${words[1]} ${a}`, url: `https://news.example/${a}` };
    const events: Event[] = [];
    for (let i = 0; i < EVENTS_PER_ARTICLE; i++) {
      const actorCountry = COUNTRIES[skewed(r, COUNTRIES.length)];
      let targetCountry = COUNTRIES[skewed(r, COUNTRIES.length)];
      if (targetCountry === actorCountry) targetCountry = COUNTRIES[(COUNTRIES.indexOf(actorCountry) + 1) % COUNTRIES.length];
      const actorCode = actorCountry + ROLES[skewed(r, ROLES.length)];
      const targetCode = targetCountry + ROLES[skewed(r, ROLES.length)];
      const [type, cameo, goldstein, quadClass] = TYPES[skewed(r, TYPES.length)];
      const eventDay = new Date(Date.UTC(2015, 0, 1) + (day - Math.floor(r() * 3)) * 86_400_000).toISOString().slice(0, 10);
      const placeCountry = r() < 0.6 ? targetCountry : actorCountry;
      const hasPlace = r() < 0.7;
      const certainty = CERTAINTIES[Math.floor(r() * CERTAINTIES.length)];
      const quoted = certainty !== 'asserted';
      events.push({
        doc_id: docId, type, cameo, goldstein, quad_class: quadClass,
        actor: { text: actorCode, name: `Actor ${actorCode}`, code: actorCode, span: [0, 6], basis: 'stated' },
        target: { text: targetCode, name: `Target ${targetCode}`, code: targetCode, span: [10, 16], basis: 'stated' },
        // One event in ten has coordinated actors ("Chad and Cameroon deployed"), one in twenty two targets.
        ...(i % 10 === 3 ? { actors: [
          { text: actorCode, name: `Actor ${actorCode}`, code: actorCode, span: [0, 6], basis: 'stated' as const },
          { text: `${partnerOf(actorCountry)}MIL`, name: `Actor ${partnerOf(actorCountry)}MIL`, code: `${partnerOf(actorCountry)}MIL`, span: [40, 46], basis: 'stated' as const },
        ] } : {}),
        ...(i % 20 === 7 ? { targets: [
          { text: targetCode, name: `Target ${targetCode}`, code: targetCode, span: [10, 16], basis: 'stated' as const },
          { text: `${partnerOf(targetCountry)}COP`, name: `Target ${partnerOf(targetCountry)}COP`, code: `${partnerOf(targetCountry)}COP`, span: [48, 54], basis: 'stated' as const },
        ] } : {}),
        date: { value: r() < 0.05 ? eventDay.slice(0, 7) : eventDay, precision: 'day', text: 'on Monday', span: [20, 29], basis: 'stated' },
        location: hasPlace ? {
          text: `Town ${placeCountry}`, name: `Town ${placeCountry}`, country: placeCountry,
          lat: -40 + r() * 100, lon: -120 + r() * 240, span: [30, 40], precision: 'city',
        } : null,
        provenance: {
          source: quoted ? { text: 'officials', name: `${actorCountry} officials`, code: `${actorCountry}GOV`, span: [50, 59] } : 'outlet',
          reporting_verb: quoted ? 'said' : null, certainty, quote: null,
        },
        trigger: { text: 'attacked', span: [7, 15] },
        evidence: { sentence: `${actorCode} acted against ${targetCode}.`, span: [0, 60] },
        confidence: Math.round((0.3 + r() * 0.7) * 100) / 100,
        rules: ['bench'],
      });
    }
    items.push({ article, events });
  }
  return items;
}
