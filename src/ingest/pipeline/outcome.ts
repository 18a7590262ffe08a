import type { Article, Event } from '../../schema/event.ts';
import type { SaveMeta } from '../../store/index.ts';

// What became of one document by the time it reaches the writer.
export type Outcome =
  | {
      readonly kind: 'save';
      readonly article: Article;
      readonly events: readonly Event[];
      readonly meta: SaveMeta;
      /** unique: coded; exact/near: a copy, stored linked to `meta.duplicateOf`, uncoded. */
      readonly verdict: 'unique' | 'exact' | 'near';
      /** The exact-duplicate key, to forget a first copy that fails to store. */
      readonly key: string;
      readonly source: string;
    }
  | { readonly kind: 'skip'; readonly reason: string; readonly detail?: string; readonly source: string }
  | { readonly kind: 'failed'; readonly message: string; readonly source: string };
