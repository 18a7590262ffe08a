/**
 * Sorts `items` in place, stably, as `Array.prototype.sort` does, and returns them. A short array (the few matches at
 * one word, a sentence's triggers) is sorted by insertion, which allocates nothing: V8's sort copies the array into
 * a fresh work area on every call, even for two elements, and the trigger matcher sorts at every sentence. A long
 * one goes to the built-in sort. Both are stable, so the order is the same either way.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}

const SHORT = 16;
