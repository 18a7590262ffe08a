// `--kb FILE` (repeatable), set before any command runs. Kept apart from context.ts so that reading
// the flag does not load the knowledge base and the coder (commands like `events` never need them).
let files: readonly string[] = [];

/** The user's own actors, places and patterns, merged over the bundled ones. */
export function useKnowledgeFiles(given: readonly string[]): void {
  files = [...given];
}

export function knowledgeFiles(): readonly string[] {
  return files;
}
