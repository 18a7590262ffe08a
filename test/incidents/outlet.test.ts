import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletOf, type OutletInput } from '../../src/incidents/index.ts';

// The outlet num_sources counts (outlet.ts): url host, else a doc_id naming its outlet, else the folder
// a file was read from, else the article itself.
const CASES: Array<[OutletInput, string]> = [
  [{ docId: 'x1', url: 'https://www.reuters.com/world/iraq-rockets' }, 'reuters.com'],
  [{ docId: 'x2', url: 'https://edition.cnn.com/2020/03/11/x.html' }, 'cnn.com'],
  [{ docId: 'x3', url: 'https://m.bbc.co.uk/news/x' }, 'bbc.co.uk'],
  [{ docId: 'https://apnews.com/article/abc#3f2a9c1d0b' }, 'apnews.com'],
  [{ docId: 'feed-item-7', sourcePath: 'https://www.aljazeera.com/xml/rss/all.xml' }, 'aljazeera.com'],
  [{ docId: 'reuters-2020-03-12-taji' }, 'reuters'],
  [{ docId: 'AP:12345' }, 'ap'],
  [{ docId: 'taji.txt#3f2a9c1d0b', sourcePath: 'corpus/afp/taji.txt' }, 'afp'],
  [{ docId: 'taji.txt#3f2a9c1d0b', sourcePath: 'taji.txt' }, 'taji'],
  [{ docId: '12345' }, '12345'],
  [{ docId: 'x', url: 'not a url' }, 'x'],
];

for (const [input, outlet] of CASES) {
  test(`outlet: ${JSON.stringify(input)} → ${outlet}`, () => assert.equal(outletOf(input), outlet));
}
