import v8 from 'node:v8';

/**
 * The name of the coder's per-article method (src/core/coder.ts `createCoder(...).code`); V8's filter
 * matches functions by name. test/cli/compiler-flags.test.ts checks it still is the method's name.
 */
export const CODER_METHOD = 'code';

/**
 * V8 settings for the coder, set once per process before any coder code runs (they are process-wide,
 * so they also hold in the coder worker threads of `ingest` and `serve`). Only how V8 compiles changes,
 * never what the code computes.
 *
 * `--no-turbo-inline-array-builtins`: V8's optimising compiler inlines the callback of every `filter`,
 * `map`, `some`... into the function that calls it. The coder has many such calls on phrase objects of
 * many shapes, so its big functions (`code` above all) compiled into huge graphs, and each new object
 * shape seen inside an inlined callback threw the whole compiled function away to be compiled again.
 * Measured with `npm run bench:coder-cpu` (1,000 bench articles from a cold start, one thread, twice
 * each, machine under load): V8's helper threads took 11.6 ms of CPU per article with inlining and
 * 6.4-6.7 without (1.1-1.5 against 2-10 after the first 400 articles), and the coding thread the same
 * time either way.
 *
 * `--turbo-filter=-code`: every function but the coder's `code` may still be optimised. `code` is the
 * glue of the whole pipeline (6 KB of bytecode, dozens of closures), run once per article: its time is
 * in what it calls, which are optimised on their own. Optimised, it inlined many of its callees, and a
 * new object shape in any of them (a frame in `withPronounSpeakers`, a phrase in a filter) threw the
 * whole graph away: it was compiled five times in 1,000 articles, each compilation 1-5 s of a helper
 * thread, most of the helpers' CPU after the warm-up (session 13, `--trace-opt --trace-deopt`). Coder
 * in a worker thread as `ingest` runs it, 1,000 bench articles, side by side: helpers 12.2 and 11.9 ms
 * of CPU per article with it optimised, 8.9 and 8.0 without; the coding thread the same within noise.
 *
 * `--max-inlined-bytecode-size-cumulative=460` (V8's default 920): each optimised function inlines half as much
 * bytecode. The coder has thousands of mid-sized functions that turn hot one after another over the first thousands
 * of articles, so a coder thread's helpers spend most of their CPU compiling them, and the graphs with the most
 * inlined are the slowest to compile. Measured in session 19 on one build, the two settings run side by side (same
 * load, 11-20 on 2 cores), coder on one thread over the bench articles: from a cold start (400 articles) helpers
 * 16.65 → 14.80 and 16.27 → 14.32 ms CPU per article, the coding thread 43.25 → 43.30 and 41.83 → 42.30; warm
 * (articles 201-500) helpers 5.97 → 5.30, coding thread 34.97 → 35.23 (within noise). 230 cut the helpers further
 * (14.45 → 12.88) but slowed the coding thread (40.9 → 41.9) and allocated more (less escape analysis). A doubled
 * `--interrupt-budget` (fewer functions optimised) cut the helpers by 2.6 ms from cold but left the warm coding
 * thread 10% slower (37.6 → 41.4): not taken.
 */
export function tuneCompilerForCoder(): void {
  v8.setFlagsFromString('--no-turbo-inline-array-builtins');
  v8.setFlagsFromString(`--turbo-filter=-${CODER_METHOD}`);
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
}
