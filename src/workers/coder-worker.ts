import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../schema/event.ts';
import { createCoder } from '../core/index.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { useSharedModel } from '../nlp/syntax/model-file.ts';
import { prepareDoc } from '../ingest/pipeline/prepare.ts';
import type { FromWorker, ToWorker, WorkerConfig } from './messages.ts';

// One coder per thread: the knowledge base is loaded once (~0.8 s), then documents are prepared
// and coded as the main thread asks. Prepared articles wait here, keyed by sequence number, until
// the main thread has deduplicated them, so the text crosses the thread boundary only twice.

const port = parentPort;
if (port === null) throw new Error('coder-worker must run in a worker thread');
const send = (message: FromWorker) => port.postMessage(message);

const config = workerData as WorkerConfig;
const started = performance.now();
let coder: ReturnType<typeof createCoder>;
try {
  if (config.syntaxModel) useSharedModel(config.syntaxModel);
  coder = createCoder(loadKnowledge(undefined, config.kbFiles), config.coderOptions);
  send({ type: 'ready', loadMs: performance.now() - started, thread: threadId() });
} catch (error) {
  send({ type: 'fatal', error: error instanceof Error ? error.message : String(error) });
  throw error;
}

const waiting = new Map<number, Article>();

// Prepares jump the queue. The main thread decides documents strictly in input order, and each
// decision waits for that document's prepare; a prepare stuck here behind dozens of articles to code
// would hold up every later decision, and the other workers would run dry. So messages are queued
// here as they arrive and run one per turn of the event loop, prepares first.
const prepares: Array<Extract<ToWorker, { type: 'prepare' }>> = [];
const others: Array<Exclude<ToWorker, { type: 'prepare' }>> = [];
let scheduled = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'prepare') prepares.push(message);
  else others.push(message);
  schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const prepare = prepares.shift();
  if (prepare !== undefined) handlePrepare(prepare);
  else {
    const other = others.shift();
    if (other !== undefined) handleOther(other);
  }
  if (prepares.length > 0 || others.length > 0) schedule();
}

function handlePrepare(message: Extract<ToWorker, { type: 'prepare' }>): void {
  try {
    const prepared = prepareDoc(message.doc);
    if (!prepared.ok) {
      send({ type: 'prepared', seq: message.seq, summary: prepared });
      return;
    }
    waiting.set(message.seq, prepared.article);
    const { article, key, fingerprint } = prepared;
    send({ type: 'prepared', seq: message.seq, summary: { ok: true, docId: article.id, key, fingerprint } });
  } catch (error) {
    send({ type: 'prepared', seq: message.seq, summary: { ok: false, error: errorMessage(error) } });
  }
}

function handleOther(message: Exclude<ToWorker, { type: 'prepare' }>): void {
  if (message.type === 'codeArticle') return codeAndSend(message.seq, message.article);
  const article = waiting.get(message.seq);
  waiting.delete(message.seq);
  if (message.type === 'drop') return;
  if (article === undefined) {
    send({ type: 'failed', seq: message.seq, error: `no prepared document ${message.seq}` });
    return;
  }
  if (message.type === 'release') {
    send({ type: 'done', seq: message.seq, article, events: null, codeMs: 0 });
    return;
  }
  codeAndSend(message.seq, article);
}

function codeAndSend(seq: number, article: Article): void {
  const t0 = performance.now();
  try {
    const events = coder.code(article);
    send({ type: 'done', seq, article, events, codeMs: performance.now() - t0 });
  } catch (error) {
    send({ type: 'failed', seq, error: `coder: ${errorMessage(error)}` });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// "/proc/thread-self" names the calling thread's task ("1543/task/1565"): lets a bench tell this
// thread's CPU time apart from the main thread's and V8's helpers'.
function threadId(): number | null {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return null;
  }
}
