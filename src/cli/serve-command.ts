import type { RegisterCommands } from './io.ts';

/** `serve`: the HTTP API and dashboard (not built yet). */
export const registerServeCommands: RegisterCommands = () => {};
