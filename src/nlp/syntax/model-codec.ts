import { gunzipSync, gzipSync } from 'node:zlib';
import { Parser } from './parser.ts';
import { LinearModel } from './perceptron.ts';
import { type ModelHeader, SyntaxModel } from './syntax-model.ts';
import { Tagger } from './tagger.ts';

// File layout (gzip of): "EVSYNTAX1\n", then a UTF-8 JSON line (the header, tag and label names, the tag
// dictionary, table sizes and scales), then three weight tables as little-endian Int16 (tagger, moves,
// labeler). Weights are quantised to 16 bits with one scale per table: argmax is unaffected in practice.
const MAGIC = 'EVSYNTAX1\n';

interface TableInfo { readonly bits: number; readonly classes: number; readonly scale: number }
interface Manifest {
  readonly header: ModelHeader;
  readonly tagNames: readonly string[];
  readonly labelNames: readonly string[];
  readonly dictionary: readonly (readonly [string, number])[];
  readonly tables: readonly TableInfo[];
}

export function encodeModel(model: SyntaxModel): Uint8Array {
  const tables = [model.tagger.model, model.parser.moves, model.parser.labeler];
  const quantised = tables.map(quantise);
  const manifest: Manifest = {
    header: model.header,
    tagNames: model.tagger.tagNames,
    labelNames: model.parser.labelNames,
    dictionary: [...model.tagger.dictionary],
    tables: tables.map((t, i) => ({ bits: t.bits, classes: t.classes, scale: quantised[i].scale })),
  };
  const head = Buffer.from(MAGIC + JSON.stringify(manifest) + '\n', 'utf8');
  return gzipSync(Buffer.concat([head, ...quantised.map((q) => Buffer.from(q.values.buffer, q.values.byteOffset, q.values.byteLength))]), { level: 9 });
}

/** `source` names the file in errors. */
export function decodeModel(bytes: Uint8Array, source: string): SyntaxModel {
  let raw: Buffer;
  try { raw = gunzipSync(bytes); } catch { throw new Error(`${source}: not a syntax model (not gzip)`); }
  const newline = raw.indexOf(10, MAGIC.length);
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC || newline < 0) throw new Error(`${source}: not a syntax model (bad magic)`);
  const manifest = JSON.parse(raw.subarray(MAGIC.length, newline).toString('utf8')) as Manifest;
  let offset = newline + 1;
  const models = manifest.tables.map((t) => {
    const size = (1 << t.bits) * t.classes;
    if (offset + size * 2 > raw.length) throw new Error(`${source}: truncated weight table`);
    const values = new Int16Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + size * 2));
    offset += size * 2;
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = values[i] * t.scale;
    return new LinearModel(t.bits, t.classes, weights);
  });
  const tagger = new Tagger(models[0], manifest.tagNames, new Map(manifest.dictionary));
  const parser = new Parser(models[1], models[2], manifest.labelNames);
  return new SyntaxModel(manifest.header, tagger, parser);
}

function quantise(model: LinearModel): { values: Int16Array; scale: number } {
  let max = 0;
  for (const w of model.weights) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max === 0 ? 1 : max / 32767;
  const values = new Int16Array(model.weights.length);
  for (let i = 0; i < values.length; i++) values[i] = Math.round(model.weights[i] / scale);
  return { values, scale };
}
