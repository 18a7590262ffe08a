import type { EventLocation } from '../schema/event.ts';
import type { ScannedEvent } from '../store/index.ts';
import { exportedActor } from './actor-codes.ts';
import { codeCountry, codeRoles, countryName } from './countries.ts';
import { recordOf } from './export-record.ts';
import type { Column, ExportFormat } from './format.ts';
import { gdeltDate, gdeltTimestamp } from './gdelt-date.ts';

// GDELT 2.0 event table columns, in GDELT's order, so tools that read GDELT by position or by name
// read this; the columns we have no value for stay empty. docs/export-formats.md says how each is filled.
const EMPTY = (): null => null;
const actorColumns = (n: 1 | 2, role: 'actor' | 'target'): Column[] => [
  { name: `Actor${n}Code`, value: ({ event }) => exportedActor(event[role]?.code).code },
  { name: `Actor${n}Name`, value: ({ event }) => event[role]?.name },
  { name: `Actor${n}CountryCode`, value: ({ event }) => codeCountry(exportedActor(event[role]?.code).code) },
  // our id of a named group coded by its sector (Actor1Code PSEREB, here "hamas"), not a CAMEO known-group code
  { name: `Actor${n}KnownGroupCode`, value: ({ event }) => exportedActor(event[role]?.code).knownGroup },
  ...['EthnicCode', 'Religion1Code', 'Religion2Code'].map((c) => ({ name: `Actor${n}${c}`, value: EMPTY })),
  ...[0, 1, 2].map((i) => ({ name: `Actor${n}Type${i + 1}Code`, value: ({ event }: ScannedEvent) => codeRoles(exportedActor(event[role]?.code).code)[i] })),
];
const emptyGeo = (prefix: string): Column[] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => ({ name: `${prefix}_${c}`, value: EMPTY }));

// The lead of a news story carries its main event; GDELT marks events "in the lead paragraph".
// We do not keep paragraphs: an event whose evidence starts in the first LEAD_CHARS characters counts.
const LEAD_CHARS = 400;

// GDELT geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division).
function geoType(location: EventLocation | null): number | null {
  if (location === null) return null;
  const us = location.country === 'USA';
  if (location.precision === 'country') return 1;
  if (location.precision === 'region') return us ? 2 : 5;
  return us ? 3 : 4;
}

function fullName(location: EventLocation | null): string | null {
  if (location === null) return null;
  const country = countryName(location.country);
  return country === null || location.precision === 'country' || country === location.name ? location.name : `${location.name}, ${country}`;
}

export const GDELT_FORMAT: ExportFormat = {
  kind: 'delimited',
  name: 'gdelt',
  separator: '\t',
  recordColumn: 'EVENTLENS_RECORD',
  columns: [
    { name: 'GLOBALEVENTID', value: (_, id) => id },
    { name: 'SQLDATE', value: (row) => gdeltDate(row)?.sqlDate },
    { name: 'MonthYear', value: (row) => gdeltDate(row)?.monthYear },
    { name: 'Year', value: (row) => gdeltDate(row)?.year },
    { name: 'FractionDate', value: (row) => gdeltDate(row)?.fraction },
    ...actorColumns(1, 'actor'),
    ...actorColumns(2, 'target'),
    { name: 'IsRootEvent', value: ({ event }) => (event.evidence.span[0] < LEAD_CHARS ? 1 : 0) },
    { name: 'EventCode', value: ({ event }) => event.cameo },
    { name: 'EventBaseCode', value: ({ event }) => event.cameo.slice(0, 3) },
    { name: 'EventRootCode', value: ({ event }) => event.cameo.slice(0, 2) },
    { name: 'QuadClass', value: ({ event }) => event.quad_class },
    { name: 'GoldsteinScale', value: ({ event }) => event.goldstein },
    // One row is one event in one article: one mention, one source, one article.
    { name: 'NumMentions', value: () => 1 },
    { name: 'NumSources', value: () => 1 },
    { name: 'NumArticles', value: () => 1 },
    { name: 'AvgTone', value: EMPTY },
    ...emptyGeo('Actor1Geo'),
    ...emptyGeo('Actor2Geo'),
    { name: 'ActionGeo_Type', value: ({ event }) => geoType(event.location) },
    { name: 'ActionGeo_FullName', value: ({ event }) => fullName(event.location) },
    // ISO 3166 alpha-3, not GDELT's FIPS 10-4 (we ship no FIPS table); see docs/export-formats.md.
    { name: 'ActionGeo_CountryCode', value: ({ event }) => event.location?.country },
    { name: 'ActionGeo_ADM1Code', value: EMPTY },
    { name: 'ActionGeo_ADM2Code', value: EMPTY },
    { name: 'ActionGeo_Lat', value: ({ event }) => event.location?.lat },
    { name: 'ActionGeo_Long', value: ({ event }) => event.location?.lon },
    { name: 'ActionGeo_FeatureID', value: ({ event }) => event.location?.id },
    { name: 'DATEADDED', value: ({ article }) => gdeltTimestamp(article.ingestedAt) },
    { name: 'SOURCEURL', value: ({ article }) => article.url },
    { name: 'EVENTLENS_RECORD', value: (row) => JSON.stringify(recordOf(row)) },
  ],
};
