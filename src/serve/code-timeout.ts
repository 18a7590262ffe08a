/**
 * Longest time one POST /articles may code before its thread is stopped (504). In a file of its own so
 * the CLI can show it in `serve --help` without loading the coder threads (and zod) at every start.
 */
export const CODE_TIMEOUT_MS = 60_000;
