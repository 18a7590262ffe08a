import { seededRandom as mulberry32 } from './seeded-random.ts';
import type { Article, Event, PloverType } from '../src/schema/event.ts';

// Synthetic reports for the linking bench: `events` events telling fewer real incidents, each told
// by 1–8 outlets with the variation real reports have (a day or only the publication date, a site or
// only the country, an unnamed actor, a different toll). Deterministic for a seed. The truth (which
// incident each event tells) comes along, so linking quality can be measured too.

export interface SyntheticItem {
  readonly article: Article;
  readonly event: Event;
  readonly truth: string;
}

const TYPES: readonly [PloverType, string, number, number][] = [
  ['ASSAULT', '190', -10, 4], ['ASSAULT', '193', -10, 4], ['ASSAULT', '195', -10, 4], ['ASSAULT', '183', -10, 4],
  ['PROTEST', '141', -6.5, 3], ['COERCE', '173', -5, 4], ['THREATEN', '138', -7, 3], ['ACCUSE', '112', -2, 3],
];
const ROLES = ['MIL', 'REB', 'COP', 'GOV', 'CVL', 'OPP'];

export function* syntheticReports(events: number, seed = 1): Iterable<SyntheticItem> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  // 80 countries, 4 cities each, over two years: about as dense as a busy conflict feed
  const countries = Array.from({ length: 80 }, (_, i) => ({
    code: `C${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    lat: -40 + (i % 16) * 5, lon: -150 + Math.floor(i / 16) * 60,
  }));
  const outlets = Array.from({ length: 40 }, (_, i) => `outlet${i}.example`);
  const start = Date.UTC(2020, 0, 1) / 86_400_000;
  let made = 0;
  for (let n = 0; made < events; n++) {
    // skewed: a few countries and the ASSAULT codes get most of the news
    const country = countries[Math.floor(countries.length * random() ** 2)];
    const [type, cameo, goldstein, quad] = TYPES[Math.floor(TYPES.length * random() ** 1.5)];
    const city = Math.floor(random() * 4);
    const place = { lat: country.lat + city * 0.9, lon: country.lon + city * 0.7 };
    const day = start + Math.floor(random() * 730);
    const actor = `${country.code}${pick(ROLES)}`;
    const target = `${country.code}${pick(ROLES.filter((r) => r !== actor.slice(3)))}`;
    const killed = type === 'ASSAULT' ? Math.floor(random() * 30) : 0;
    const reports = Math.min(8, 1 + Math.floor(-Math.log(1 - random()) * 1.3));
    for (let r = 0; r < reports && made < events; r++, made++) {
      const id = `${pick(outlets).replace('.example', '')}-${n}-${r}`;
      const published = iso(day + Math.floor(random() * 3));
      const precision = random();
      const date: Event['date'] = precision < 0.7 ? { value: iso(day), precision: 'day', text: 'on Monday', span: [0, 9], basis: 'stated' }
        : precision < 0.88 ? { value: published, precision: 'reported', text: '', span: null, basis: 'inferred' }
          : precision < 0.95 ? { value: iso(day), precision: 'week', text: 'last week', span: [0, 9], basis: 'stated' }
            : precision < 0.99 ? { value: iso(day).slice(0, 7), precision: 'month', text: 'this month', span: [0, 10], basis: 'stated' }
              : { value: iso(day).slice(0, 4), precision: 'year', text: 'this year', span: [0, 9], basis: 'stated' };
      const coarse = random() < 0.25;
      const location: Event['location'] = coarse
        ? { text: '', name: country.code, country: country.code, lat: country.lat, lon: country.lon, span: null, precision: 'country', id: country.code, basis: 'inferred' }
        : { text: `City ${city}`, name: `${country.code} city ${city}`, country: country.code, lat: place.lat, lon: place.lon, span: [0, 6], precision: 'city', id: `${country.code}-${city}`, basis: 'stated' };
      const text = `Report ${id} of incident ${n}.`;
      const event: Event = {
        doc_id: id, type, cameo: random() < 0.3 ? `${cameo.slice(0, 2)}0` : cameo, goldstein, quad_class: quad,
        actor: random() < 0.15 ? null : { text: actor, name: actor, code: actor, span: [0, 6], basis: 'stated' },
        target: random() < 0.2 ? null : { text: target, name: target, code: target, span: [0, 6], basis: 'stated' },
        date, location,
        provenance: { source: 'outlet', reporting_verb: null, certainty: random() < 0.8 ? 'asserted' : 'claimed', quote: null },
        trigger: { text: 'Report', span: [0, 6] },
        evidence: { sentence: text, span: [0, text.length] },
        ...(killed > 0 ? { numbers: { killed: { min: killed + Math.floor(random() * 3), max: null, hedge: 'at_least' as const, text: 'at least', span: [0, 6] as [number, number] } } } : {}),
        confidence: 0.8,
        rules: ['synthetic'],
      };
      yield { article: { id, text, published, title: null, url: `https://${id.split('-')[0]}.example/${id}` }, event, truth: `t${n}` };
    }
  }
}

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

