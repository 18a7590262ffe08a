import { gunzipSync, gzipSync } from 'node:zlib';
import { Parser } from './parser.ts';
import { MoveDifferences, useMoveDifferences } from './move-differences.ts';
import { LinearModel } from './perceptron.ts';
import { type ModelHeader, SyntaxModel } from './syntax-model.ts';
import { Tagger } from './tagger.ts';
import { LABEL_CLUSTER_TEMPLATES, LABEL_TEMPLATES } from './label-features.ts';
import { PARSER_CLUSTER_TEMPLATES, PARSER_MARKER_TEMPLATES, PARSER_TEMPLATES } from './parser-features.ts';
import { LOOKAHEAD_TEMPLATES, TAGGER_CLUSTER_TEMPLATES, TAGGER_LEXICON_TEMPLATES, TAGGER_TEMPLATES } from './tagger-features.ts';
import { WordClusters } from './word-clusters.ts';

// File layout (gzip of): "EVSYNTAX1\n", then a UTF-8 JSON line (the header, tag and label names, the tag
// dictionary, table sizes and scales), then the weight tables as little-endian Int16 (tagger first pass,
// second pass if any, moves, labeler). Weights are quantised to 16 bits with one scale per table (kept as integers at run time:
// argmax does not need the scale).
const MAGIC = 'EVSYNTAX1\n';

interface TableInfo { readonly bits: number; readonly classes: number; readonly scale: number }
interface Manifest {
  readonly header: ModelHeader;
  readonly tagNames: readonly string[];
  readonly labelNames: readonly string[];
  readonly dictionary: readonly (readonly [string, number])[];
  readonly labelCandidates: readonly (readonly number[])[];
  readonly tables: readonly TableInfo[];
  /** Signature of the feature templates the weights were trained with (absent: the first set). */
  readonly features?: number;
  /** Word classes the tagger and parser were trained with (absent: a model without them). */
  readonly clusters?: ReturnType<WordClusters['toJSON']>;
}

/** The code's feature templates, as a number: a model trained with others would score wrong buckets.
 * The word-class, case-marker and lexicon templates count only for a model with them (older files keep their number). */
export function featureSignature(withClusters: boolean, markers = 0, withLexicon = false): number {
  const sets = [TAGGER_TEMPLATES, LOOKAHEAD_TEMPLATES, PARSER_TEMPLATES, LABEL_TEMPLATES, ...(withClusters ? [TAGGER_CLUSTER_TEMPLATES, PARSER_CLUSTER_TEMPLATES, LABEL_CLUSTER_TEMPLATES] : []),
    ...(markers >= 1 ? [PARSER_MARKER_TEMPLATES] : []), ...(withLexicon ? [TAGGER_LEXICON_TEMPLATES] : [])];
  return sets.reduce((h, t) => Math.imul(h, 31) + t.signature() | 0, 17);
}
// The templates of files written before the signature was recorded.
const FIRST_FEATURE_SIGNATURE = 1175912262;

export function encodeModel(model: SyntaxModel): Uint8Array {
  const second = model.tagger.second;
  const tables = [model.tagger.model, ...(second ? [second] : []), model.parser.moves, model.parser.labeler];
  const quantised = tables.map(quantise);
  const manifest: Manifest = {
    header: model.header,
    tagNames: model.tagger.tagNames,
    labelNames: model.parser.labelNames,
    dictionary: [...model.tagger.dictionary],
    labelCandidates: model.parser.labelCandidates.map((c) => [...c]),
    tables: tables.map((t, i) => ({ bits: t.bits, classes: t.classes, scale: quantised[i].scale })),
    features: featureSignature(model.tagger.clusters !== null, model.header.options.markerTemplates ?? 0, model.tagger.clusters?.lexicon != null),
    ...(model.tagger.clusters ? { clusters: model.tagger.clusters.toJSON() } : {}),
  };
  const head = Buffer.from(MAGIC + JSON.stringify(manifest) + '\n', 'utf8');
  return gzipSync(Buffer.concat([head, ...quantised.map((q) => Buffer.from(q.values.buffer, q.values.byteOffset, q.values.byteLength))]), { level: 9 });
}

/**
 * A model file read but not yet built: its manifest and weight tables (with `shared`, the tables in
 * SharedArrayBuffers, and the parser's move differences made once, so the threads of one process can
 * read one copy: see model-file.ts `sharedModelParts`).
 */
export interface ModelParts {
  readonly manifest: Manifest;
  readonly tables: readonly Int16Array[];
  readonly moveRows?: Int16Array;
}

/** `source` names the file in errors. */
export function decodeModel(bytes: Uint8Array, source: string): SyntaxModel {
  return modelFromParts(readModelParts(bytes, source));
}

export function readModelParts(bytes: Uint8Array, source: string, shared = false): ModelParts {
  let raw: Buffer;
  // the file as shipped (gzip), or its bytes un-gzipped already (model-cache.ts)
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  try { raw = gzipped ? gunzipSync(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); } catch { throw new Error(`${source}: not a syntax model (not gzip)`); }
  const newline = raw.indexOf(10, MAGIC.length);
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC || newline < 0) throw new Error(`${source}: not a syntax model (bad magic)`);
  const manifest = JSON.parse(raw.subarray(MAGIC.length, newline).toString('utf8')) as Manifest;
  const features = manifest.features ?? FIRST_FEATURE_SIGNATURE;
  if (features !== featureSignature(manifest.clusters !== undefined, manifest.header.options?.markerTemplates ?? 0, manifest.clusters?.lexicon !== undefined)) throw new Error(`${source}: trained with other feature templates than this code's; rebuild it with npm run train:parser`);
  let offset = newline + 1;
  const tables = manifest.tables.map((t) => {
    const size = (1 << t.bits) * t.classes;
    if (offset + size * 2 > raw.length) throw new Error(`${source}: truncated weight table`);
    const start = raw.byteOffset + offset;
    offset += size * 2;
    // a view of the file's bytes where the table starts at an even offset (the shipped model's do), else a copy
    if (!shared) return start % 2 === 0 ? new Int16Array(raw.buffer, start, size) : new Int16Array(raw.buffer.slice(start, start + size * 2));
    const values = new Int16Array(new SharedArrayBuffer(size * 2));
    new Uint8Array(values.buffer).set(new Uint8Array(raw.buffer, start, size * 2));
    return values;
  });
  if (tables.length !== 3 && tables.length !== 4) throw new Error(`${source}: ${tables.length} weight tables, expected 3 or 4`);
  if (!shared) return { manifest, tables };
  const movesAt = tables.length - 2;
  const diffs = new MoveDifferences(new LinearModel(manifest.tables[movesAt].bits, manifest.tables[movesAt].classes, tables[movesAt])).rows;
  const moveRows = new Int16Array(new SharedArrayBuffer(diffs.byteLength));
  moveRows.set(diffs);
  return { manifest, tables, moveRows };
}

/** The model of a file's parts (its tables are used as they are, not copied). */
export function modelFromParts(parts: ModelParts): SyntaxModel {
  const { manifest } = parts;
  const models = parts.tables.map((values, i) => new LinearModel(manifest.tables[i].bits, manifest.tables[i].classes, values));
  const [moves, labeler] = models.slice(-2);
  if (parts.moveRows) useMoveDifferences(moves.weights as Int16Array, parts.moveRows);
  const clusters = manifest.clusters ? WordClusters.fromJSON(manifest.clusters) : null;
  const tagger = new Tagger(models[0], manifest.tagNames, new Map(manifest.dictionary), models.length === 4 ? models[1] : null, clusters);
  const parser = new Parser(moves, labeler, manifest.labelNames, manifest.tagNames.indexOf('PUNCT'));
  parser.labelCandidates = (manifest.labelCandidates ?? []).map((c) => Int32Array.from(c));
  return new SyntaxModel(manifest.header, tagger, parser);
}

function quantise(model: LinearModel): { values: Int16Array; scale: number } {
  let max = 0;
  if (model.weights instanceof Int16Array) return { values: model.weights, scale: 1 };
  for (const w of model.weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max === 0 ? 1 : max / 32767;
  const values = new Int16Array(model.weights.length);
  for (let i = 0; i < values.length; i++) values[i] = Math.round(model.weights[i] / scale);
  return { values, scale };
}
