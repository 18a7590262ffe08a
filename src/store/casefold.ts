// Names are matched case-insensitively against a folded copy stored beside them: SQLite's lower()
// folds ASCII only, and names are not ASCII ("Türkiye", "Côte d'Ivoire"). Folding once, in JS, at
// write time makes both backends agree and keeps functions out of the WHERE clause.
export function casefold(value: string): string {
  return value.toLowerCase();
}

export function casefoldOrNull(value: string | null | undefined): string | null {
  return value == null ? null : casefold(value);
}

/** The name under which SQLite migrations can call casefold(). */
export const CASEFOLD_FN = 'casefold';
