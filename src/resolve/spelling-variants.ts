// Romanisations of Ukrainian and Russian names differ most in how they write the sounds of я, ю, є, ї and й: "ia",
// "ya"; "iu", "yu"; "ie", "ye"; "i", "y", "yi" ("Izium", "Izyum"; "Kostiantynivka", "Kostyantynivka"; "Huliaipole",
// "Hulyaypole"; "Mykolaiv", "Mykolayiv"), and GeoNames lists a town under one or two of them. A name not listed is
// looked up once more with each such run of "i"/"y" letters next to a vowel written the other ways (city-names.ts),
// the other letters as written.

const GLIDE_RUN = /[iy]+/g;
const VOWEL = /[aeou]/;
const SPELLINGS = ['i', 'y', 'iy', 'yi', 'ii'];
// a name of more such runs is looked up as written only (each run multiplies the spellings by five)
const MAX_RUNS = 2;

/** The other spellings of a normalised name by its glide runs ("izium" → "izyum", "iziyum", ...), the name itself excepted. */
export function glideSpellings(key: string): string[] {
  const runs: Array<{ start: number; end: number }> = [];
  for (const m of key.matchAll(GLIDE_RUN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // a glide: next to a vowel ("iu", "ai") or a run of two ("kryvyi" ends in "yi"); "i" between consonants is a vowel
    if (VOWEL.test(key[start - 1] ?? '') || VOWEL.test(key[end] ?? '') || m[0].length > 1) runs.push({ start, end });
  }
  if (runs.length === 0 || runs.length > MAX_RUNS) return [];
  let spelt = [''];
  let from = 0;
  for (const run of runs) {
    const before = key.slice(from, run.start);
    spelt = spelt.flatMap((s) => SPELLINGS.map((g) => s + before + g));
    from = run.end;
  }
  return [...new Set(spelt.map((s) => s + key.slice(from)))].filter((s) => s !== key);
}

// the Arabic article as GeoNames romanises it, assimilated to a "sun" letter ("Ar Raqqah", "As Suwayda'", "Ad Dana")
const ARTICLES = ['al', 'ar', 'as', 'ash', 'ad', 'adh', 'az', 'at', 'ath', 'an'];

/**
 * "qamishli" → "al qamishli", "ar qamishli", ...: the name with the Arabic article GeoNames writes before many towns'
 * names (Al Qāmishlī) and the news leaves out ("Qamishli"); not the Spanish "El" (El Paso). One word of four letters or more only.
 */
export function articleSpellings(key: string): string[] {
  return /^[a-z]{4,}$/.test(key) ? ARTICLES.map((a) => `${a} ${key}`) : [];
}
