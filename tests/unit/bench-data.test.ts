import { describe, expect, it } from 'vitest';
import { checkIdNumber } from '../../src-shared/rules/id-number';
import { detectCourier } from '../../src-shared/rules/couriers';
import { isMainlandPlate } from '../../src-shared/rules/plate';
import { chineseName, idNumber, plate, rng, SURNAMES } from '../bench/generate/common';
import { trackingNo } from '../bench/generate/mail';
import { percentile, summarise } from '../bench/measure';

// The benchmark's data must pass the desk's own validators, or the figures would be for data the desk refuses.
describe('benchmark data', () => {
  const r = rng(1);

  it('builds ID numbers that pass id-number.ts', () => {
    for (let i = 0; i < 500; i++) expect(checkIdNumber(idNumber(r)).problems).toEqual([]);
  });

  it('builds plates that pass plate.ts', () => {
    for (let i = 0; i < 500; i++) expect(isMainlandPlate(plate(r))).toBe(true);
  });

  it('builds SF, JD and ZTO tracking numbers that couriers.ts attributes to their carrier, all different', () => {
    const seen = new Set<string>();
    for (const i of [0, 1, 2, 3, 4, 5, 999_999, 1_000_000, 1_100_001]) {
      const t = trackingNo(i);
      const d = detectCourier(t.trackingNo);
      expect(d.problem).toBeNull();
      expect(d.candidates[0]?.code).toBe(t.carrier);
      seen.add(t.trackingNo);
    }
    expect(seen.size).toBe(9);
  });

  it('names people with a common surname and one or two given characters', () => {
    for (let i = 0; i < 200; i++) {
      const name = chineseName(r);
      expect(SURNAMES).toContain(name[0]);
      expect([...name].length).toBeGreaterThanOrEqual(2);
      expect([...name].length).toBeLessThanOrEqual(3);
    }
  });

  it('takes nearest-rank percentiles', () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(ms, 50)).toBe(50);
    expect(percentile(ms, 95)).toBe(95);
    expect(summarise([3, 1, 2])).toMatchObject({ n: 3, p50: 2, p95: 3, max: 3, mean: 2 });
  });
});
