import v8 from 'node:v8';

/**
 * V8 settings for the coder, set once per process before any coder code runs (they are process-wide,
 * so they also hold in the coder worker threads of `ingest` and `serve`).
 *
 * `--no-turbo-inline-array-builtins`: V8's optimising compiler inlines the callback of every `filter`,
 * `map`, `some`... into the function that calls it. The coder has many such calls on phrase objects of
 * many shapes, so its big functions (`code` above all) compiled into huge graphs, and each new object
 * shape seen inside an inlined callback threw the whole compiled function away to be compiled again.
 * Measured with `npm run bench:coder-cpu` (1,000 bench articles from a cold start, one thread, twice
 * each, machine under load): V8's helper threads took 11.6 ms of CPU per article with inlining and
 * 6.4-6.7 without (1.1-1.5 against 2-10 after the first 400 articles), and the coding thread the same
 * time either way. Only how V8 compiles changes, never what the code computes.
 */
export function tuneCompilerForCoder(): void {
  v8.setFlagsFromString('--no-turbo-inline-array-builtins');
}
