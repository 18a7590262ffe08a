export { analyze } from './analyze.ts';
export type { AnalyzedText, Sentence, Token } from './types.ts';
export { normalizeWithMap, normalizeName } from './normalize.ts';
export { blankPageFurniture } from './page-furniture.ts';
export { blankSubheads } from './subheads.ts';
export { deriveTitle, headlineLine } from './derive-title.ts';
export { storyText } from './story-text.ts';
export type { SpeakerTurn } from './speaker-labels.ts';
