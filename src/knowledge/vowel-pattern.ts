// Arabic names reach the news in many romanisations that differ in their vowels and article ("Ras al-Ain", "Ras el
// Ain" and GeoNames' Ra's al 'Ayn; "Ain Issa" and 'Ayn 'Isa; "Tel Abyad" and Tall Abyad). The consonant skeleton
// (geonames.ts) matches them, but a skeleton of three or four consonants is shared by many unrelated towns; the places
// of the vowels tell them apart: a run of vowels (and a "y" not before a vowel) is one vowel or a diphthong, the article one word.

const ARTICLE = /(^| )[aeu](?:l|n|r|s|sh|t|d|z|dh|th)(?= )/g;
const VOWEL_RUN = /(?:[aeiou]|y(?![aeiou]))+/g;
// a vowel, a diphthong ("ai", "ay", "ei"), a longer run ("aiu" of "Aioun", not "Ain"); "ou" is one vowel ("Hanoun", "Hanun")
const RUN_MARKS = ['a', 'aa', 'aaa'];

/** "ras al ain" and "ra s al ayn" → "rasalaan" ("ras el aioun": "rasalaaan"); "tel abyad" and "tall abyad" → "talabyad". The key is normalised (normalizeName, which may
 * leave a space for an apostrophe: the words run together). */
export function vowelPattern(key: string): string {
  return key.replace(ARTICLE, '$1al').replace(/[^a-z ]/g, '').replace(/(?<=[aeiou])h(?= |$)/g, '').replace(/ /g, '')
    .replace(/(.)\1+/g, '$1').replace(/ou/g, 'u').replace(VOWEL_RUN, (run) => RUN_MARKS[Math.min(run.length, 3) - 1]);
}

/** The name begins with the Arabic article ("ash shaykh zuwayd", "al bireh"). */
export function opensWithArticle(key: string): boolean {
  return /^[aeu](?:l|n|r|s|sh|t|d|z|dh|th) /.test(key);
}
