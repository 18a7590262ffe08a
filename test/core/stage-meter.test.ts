import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

// The stage meter (src/stage-meter.ts): on, nested stages are charged apart; a metered function returns
// and throws as the function itself. (Off, `metered` hands back the very function: nothing to test.)
process.env.EVENTLENS_STAGE_METER = '1';
const { enterStage, leaveStage, metered, meterParsed, meterSentence, resetStageTotals, stageTotals, takeSentenceTotals, STAGE_METER_ON } = await import('../../src/stage-meter.ts');

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('stage meter', { timeout: 10_000 }, () => {
  it('charges a nested stage to itself, not to its caller', () => {
    assert.ok(STAGE_METER_ON);
    resetStageTotals();
    const inner = metered('inner', (ms: number) => (busy(ms), ms * 2));
    const outer = metered('outer', () => (busy(20), inner(40)));
    enterStage('glue');
    assert.equal(outer(), 80);
    leaveStage();
    const totals = stageTotals();
    assert.ok(totals.get('inner')!.ms >= 40 && totals.get('outer')!.ms >= 20 && totals.get('outer')!.ms < 40, JSON.stringify([...totals]));
    assert.equal(totals.get('inner')!.calls, 1);
  });

  it('lets an error through and still leaves the stage', () => {
    resetStageTotals();
    const failing = metered('failing', () => {
      throw new Error('no');
    });
    assert.throws(() => failing(), /no/);
    busy(5);
    enterStage('after');
    leaveStage();
    assert.ok(stageTotals().get('failing')!.ms < 5);
  });

  it('splits a stage by the sentence named, and hands each article split over once', () => {
    resetStageTotals();
    const work = metered('work', (ms: number) => busy(ms));
    meterSentence(0), meterParsed(0, 12), work(20);
    meterSentence(50), work(5);
    meterSentence(-1), work(10);
    const taken = takeSentenceTotals();
    const at = (start: number) => taken.stages.get(start)?.get('work') ?? 0;
    assert.ok(at(0) >= 20 && at(50) >= 5, JSON.stringify([...taken.stages].map(([k, v]) => [k, [...v]])));
    assert.ok(stageTotals().get('work')!.ms >= at(0) + at(50) + 10);
    assert.deepEqual([...taken.parsed], [[0, 12]]);
    assert.equal(takeSentenceTotals().stages.size, 0);
  });
});
