import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../src/schema/event.ts';
import { eventFigures, figureShort } from '../../web/src/casualties.ts';
import { PLOVER_TYPES } from '../../web/src/plover.ts';
import { chipStyle, contrastRatio } from '../../web/src/type-colors.ts';
import { filterQuery, readState, unknownKeys, writeState } from '../../web/src/url-state.ts';

// The dashboard's DOM-free parts added for the analyst's desk: URL keys, chip contrast, casualty text.

describe('dashboard logic: URL keys, contrast, casualties', () => {
  test('every API filter has its URL key; pair is the API\'s dyad; unknown keys are named', () => {
    const search = '?target=COD&source=outlet&minConfidence=0.6&cameoRoot=19&pair=RWA%2CCOD&place=geonames%3A1&unit=incident&incident=inc-1';
    const state = readState(search);
    assert.equal(state.unit, 'incident');
    assert.equal(state.incident, 'inc-1');
    assert.deepEqual(readState(writeState(state)), state);
    const api = new URLSearchParams(filterQuery(state.filters));
    assert.equal(api.get('dyad'), 'RWA,COD');
    assert.equal(api.get('pair'), null);
    assert.deepEqual([...api.keys()].sort(), ['cameoRoot', 'dyad', 'minConfidence', 'place', 'source', 'target']);
    assert.deepEqual(unknownKeys(search), []);
    assert.deepEqual(unknownKeys('?colour=red&type=ASSAULT&unit=incidents'), ["unknown key 'colour'", "unit must be report or incident, not 'incidents'"]);
  });

  test('type chips: black or white text, whichever passes WCAG AA (4.5:1) on the chip', () => {
    for (const type of PLOVER_TYPES) {
      const [, background, text] = /--c:(#[0-9a-f]{6});--t:(#000|#fff)/.exec(chipStyle(type))!;
      const ratio = contrastRatio(background, text === '#000' ? '#000000' : '#ffffff');
      assert.ok(ratio >= 4.5, `${type}: ${ratio.toFixed(2)}:1`);
    }
    assert.ok(Math.abs(contrastRatio('#ffffff', '#000000') - 21) < 1e-9);
  });

  test('casualty figures as hedged: at least, ranges, about', () => {
    assert.equal(figureShort('killed', { min: 12, max: null, hedge: 'at_least' }), '≥12 killed');
    assert.equal(figureShort('injured', { min: 20, max: 30, hedge: 'exact' }), '20–30 injured');
    assert.equal(figureShort('size', { min: 300, max: 300, hedge: 'about' }), '~300 crowd');
    const event = { numbers: { killed: { min: 3, max: 3, hedge: 'exact', text: 'three', span: [0, 5] }, arrested: { min: 40, max: null, hedge: 'at_least', text: 'more than 40', span: [0, 5] } } } as unknown as Event;
    assert.equal(eventFigures(event), '3 killed · ≥40 arrested');
    assert.equal(eventFigures({} as Event), '');
  });
});
