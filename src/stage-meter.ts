// Where the coder's time goes, stage by stage (`npm run bench:coder-cpu -- --stages`). Set
// EVENTLENS_STAGE_METER=1 before the coder's modules load: each metered function is then wrapped to
// charge the time spent in it, minus the time of the metered stages it calls, to its stage. Off (the
// default), `metered` returns the function itself and the coder runs exactly as without it.

export const STAGE_METER_ON = typeof process !== 'undefined' && process.env.EVENTLENS_STAGE_METER === '1';

const totals = new Map<string, number>();
const calls = new Map<string, number>();
const stack: string[] = [];
let mark = 0;

// `--sentences`: the same time by sentence (keyed by its start offset), while the coder names one; -1 between sentences
let sentence = -1;
const bySentence = new Map<number, Map<string, number>>();
const parsedTokens = new Map<number, number>();

// the time since the last mark goes to the stage on top (time outside every stage is not counted)
function charge(now: number): void {
  const top = stack.at(-1);
  if (top !== undefined) {
    totals.set(top, (totals.get(top) ?? 0) + now - mark);
    if (sentence >= 0) {
      let stages = bySentence.get(sentence);
      if (stages === undefined) bySentence.set(sentence, (stages = new Map()));
      stages.set(top, (stages.get(top) ?? 0) + now - mark);
    }
  }
  mark = now;
}

/** The sentence (its start offset) whose work follows, -1 for the article's; nothing when the meter is off. */
export function meterSentence(at: number): void {
  if (!STAGE_METER_ON) return;
  charge(performance.now());
  sentence = at;
}

/** A sentence parsed with the others up front (their parse is one batch: the bench splits it by tokens). */
export function meterParsed(at: number, tokens: number): void {
  if (STAGE_METER_ON) parsedTokens.set(at, tokens);
}

/** Milliseconds per stage of each sentence named since the last call (one article's), and the tokens of those parsed up front. */
export function takeSentenceTotals(): { stages: Map<number, Map<string, number>>; parsed: Map<number, number> } {
  const taken = { stages: new Map(bySentence), parsed: new Map(parsedTokens) };
  bySentence.clear();
  parsedTokens.clear();
  return taken;
}

export function enterStage(stage: string): void {
  charge(performance.now());
  stack.push(stage);
  calls.set(stage, (calls.get(stage) ?? 0) + 1);
}

export function leaveStage(): void {
  charge(performance.now());
  stack.pop();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function metered<F extends (...args: any[]) => any>(stage: string, fn: F): F {
  if (!STAGE_METER_ON) return fn;
  return function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    enterStage(stage);
    try {
      return fn.apply(this, args);
    } finally {
      leaveStage();
    }
  } as F;
}

/** Meters these methods of a class's prototype (only when the meter is on). */
export function meterMethods(proto: object, names: readonly string[], stage: string): void {
  if (!STAGE_METER_ON) return;
  const target = proto as Record<string, unknown>;
  for (const name of names) target[name] = metered(stage, target[name] as (...args: unknown[]) => unknown);
}

/** Milliseconds and calls per stage since the last reset. */
export function stageTotals(): Map<string, { ms: number; calls: number }> {
  return new Map([...totals].map(([stage, ms]) => [stage, { ms, calls: calls.get(stage) ?? 0 }]));
}

export function resetStageTotals(): void {
  totals.clear();
  calls.clear();
  bySentence.clear();
  parsedTokens.clear();
}
