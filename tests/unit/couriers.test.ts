import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COURIER_CODES,
  COURIERS,
  courierName,
  detectCourier,
  isS10Shape,
  isSure,
  normalizeTracking,
  s10CheckDigitOk,
  SURE_MARGIN,
} from '../../src-shared/rules/couriers';

const codes = (raw: string) => detectCourier(raw).candidates.map((c) => c.code);
const top = (raw: string) => detectCourier(raw).candidates[0]?.code;

describe('courier table', () => {
  it('has unique codes, matching COURIER_CODES in order', () => {
    const tableCodes = COURIERS.map((c) => c.code);
    expect(new Set(tableCodes).size).toBe(tableCodes.length);
    expect([...COURIER_CODES]).toEqual(tableCodes);
    for (const code of ['SF', 'JD', 'EMS', 'POST', 'ZTO', 'YTO', 'STO', 'YUNDA', 'JT', 'DEPPON', 'CAINIAO']) {
      expect(tableCodes).toContain(code);
    }
  });

  it('gives every courier a name and at least one anchored rule', () => {
    for (const c of COURIERS) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.rules.length).toBeGreaterThan(0);
      for (const r of c.rules) {
        expect(r.re.source.startsWith('^')).toBe(true);
        expect(r.re.source.endsWith('$')).toBe(true);
        // A global or sticky regex keeps lastIndex between test() calls and would fail every other number.
        expect(r.re.global || r.re.sticky).toBe(false);
        expect(r.score).toBeGreaterThan(0);
        expect(r.score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('works as a z.enum tuple', () => {
    const schema = z.enum(COURIER_CODES);
    expect(schema.parse('SF')).toBe('SF');
    expect(schema.safeParse('UPS').success).toBe(false);
  });

  it('names couriers, falling back to the code itself', () => {
    expect(courierName('SF')).toBe('顺丰速运');
    expect(courierName('ZTO')).toBe('中通快递');
    expect(courierName('POST')).toBe('中国邮政');
    expect(courierName('GONE')).toBe('GONE');
  });
});

describe('normalizeTracking', () => {
  it('removes spaces and hyphens and upper-cases', () => {
    expect(normalizeTracking('sf 1385-6287 16739')).toBe('SF1385628716739');
    expect(normalizeTracking('  yt 8962 6467 8538 9\n')).toBe('YT8962646785389');
  });

  it('folds full-width characters and strips other separators', () => {
    expect(normalizeTracking('ＳＦ１３８５６２８７１６７３９')).toBe('SF1385628716739');
    expect(normalizeTracking('ｊｔ５２６１\u3000９８８０－１６５７８')).toBe('JT5261988016578');
    expect(normalizeTracking('RB.123/456_785\u200bGB')).toBe('RB123456785GB');
    expect(normalizeTracking('7361–0555—5828\u201183')).toBe('73610555582883');
  });

  it('detects through the normalization', () => {
    const d = detectCourier('sf 1385-6287 16739');
    expect(d.number).toBe('SF1385628716739');
    expect(d.problem).toBeNull();
    expect(d.candidates[0]).toEqual({ code: 'SF', name: '顺丰速运', score: 95 });
    expect(top('ＳＦ１３８５６２８７１６７３９')).toBe('SF');
  });
});

describe('prefixed numbers', () => {
  it('SF1385628716739 is surely SF', () => {
    const d = detectCourier('SF1385628716739');
    expect(codes('SF1385628716739')).toEqual(['SF']);
    expect(isSure(d)).toBe(true);
    expect(top('SF138562871673')).toBe('SF');
  });

  it('YT8962646785389 is YTO', () => {
    expect(top('YT8962646785389')).toBe('YTO');
    expect(isSure(detectCourier('YT8962646785389'))).toBe(true);
  });

  it('JT5261988016578 is J&T', () => {
    expect(top('JT5261988016578')).toBe('JT');
    expect(detectCourier('JT5261988016578').candidates[0]?.name).toBe('极兔速递');
  });

  it('recognises JD numbers', () => {
    for (const no of ['JDVA21352347589', 'JDX012345678901', 'JDAZ12345678901', 'jdvc 1234 5678 9012 3']) {
      expect(codes(no)).toEqual(['JD']);
      expect(isSure(detectCourier(no))).toBe(true);
    }
    // JD plus too few characters is not a JD waybill.
    expect(codes('JDVA1234567')).toEqual([]);
  });

  it('recognises Deppon numbers', () => {
    const d = detectCourier('DPK364012345678');
    expect(d.candidates.map((c) => c.code)).toEqual(['DEPPON']);
    expect(isSure(d)).toBe(true);
    expect(top('5123456789')).toBe('DEPPON');
    expect(top('DPK36401234567')).toBeUndefined();
  });

  it('recognises Cainiao numbers', () => {
    expect(top('LP00123456789012')).toBe('CAINIAO');
    expect(top('CN0123456789012')).toBe('CAINIAO');
  });
});

describe('digit-only numbers', () => {
  it('73610555582883 is ZTO', () => {
    const d = detectCourier('73610555582883');
    expect(d.candidates[0]?.code).toBe('ZTO');
    expect(isSure(d)).toBe(true);
  });

  it('ranks several candidates for an ambiguous 13-digit number', () => {
    const d = detectCourier('1012345678901');
    expect(d.problem).toBeNull();
    expect(d.candidates.length).toBeGreaterThanOrEqual(2);
    expect(d.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['EMS', 'YUNDA']));
    expect(isSure(d)).toBe(false);
    // Equal scores keep table order: EMS is listed before Yunda.
    expect(d.candidates[0]?.score).toBe(d.candidates[1]?.score);
    expect(d.candidates.map((c) => c.code).slice(0, 2)).toEqual(['EMS', 'YUNDA']);
  });

  it('lists candidates best first with unique codes', () => {
    for (const no of ['1012345678901', '1912345678901', '7712345678901', '73610555582883', 'EE987654326US']) {
      const cs = detectCourier(no).candidates;
      expect(new Set(cs.map((c) => c.code)).size).toBe(cs.length);
      for (let i = 1; i < cs.length; i++) expect(cs[i - 1].score).toBeGreaterThanOrEqual(cs[i].score);
    }
  });

  it('places other digit ranges', () => {
    expect(top('9812345678901')).toBe('POST');
    expect(top('7712345678901')).toBe('STO');
    expect(top('773012345678901')).toBe('STO');
    expect(top('4312345678901')).toBe('YUNDA');
    expect(top('431234567890123')).toBe('YUNDA');
    expect(top('1112345678901')).toBe('EMS');
    expect(top('512345678901')).toBe('ZTO');
  });

  it('accepts a well-formed number no rule knows, without candidates', () => {
    for (const no of ['12345678901', 'ABC123456', 'XYZ0000000000000000']) {
      const d = detectCourier(no);
      expect(d).toEqual({ number: no, candidates: [], problem: null });
      expect(isSure(d)).toBe(false);
    }
  });
});

describe('S10 international numbers', () => {
  it('validates the check digit', () => {
    expect(isS10Shape('RB123456785GB')).toBe(true);
    expect(s10CheckDigitOk('RB123456785GB')).toBe(true);
    expect(s10CheckDigitOk('rb 123 456 785 gb')).toBe(true);
    expect(s10CheckDigitOk('RB123456786US')).toBe(false);
    // c = 11 becomes 5, c = 10 becomes 0.
    expect(s10CheckDigitOk('RR000000005CN')).toBe(true);
    expect(s10CheckDigitOk('RR000000000CN')).toBe(false);
    expect(s10CheckDigitOk('RR000600000CN')).toBe(true);
    expect(s10CheckDigitOk('RR000600001CN')).toBe(false);
  });

  it('rejects what is not S10-shaped', () => {
    expect(isS10Shape('SF1385628716739')).toBe(false);
    expect(isS10Shape('R1123456785GB')).toBe(false);
    expect(s10CheckDigitOk('RB12345678GB')).toBe(false);
  });

  it('RB123456785GB is an inbound item for China Post', () => {
    const d = detectCourier('RB123456785GB');
    expect(d.problem).toBeNull();
    expect(d.candidates.map((c) => c.code)).toContain('POST');
    expect(d.candidates[0]?.code).toBe('POST');
  });

  it('RB123456786US has a wrong check digit', () => {
    expect(detectCourier('RB123456786US')).toEqual({ number: 'RB123456786US', candidates: [], problem: 's10CheckDigit' });
  });

  it('an E-item posted in China is surely EMS', () => {
    // Serial 98765432: 9·8+8·6+7·4+6·2+5·3+4·5+3·9+2·7 = 236; 236 mod 11 = 5; 11 − 5 = 6.
    expect(s10CheckDigitOk('EE987654326CN')).toBe(true);
    const d = detectCourier('EE987654326CN');
    expect(d.candidates.map((c) => c.code)).toEqual(['EMS', 'POST']);
    expect(isSure(d)).toBe(true);
    expect(detectCourier('EE987654327CN').problem).toBe('s10CheckDigit');
  });

  it('a registered letter posted in China is China Post', () => {
    const d = detectCourier('RR000000005CN');
    expect(d.candidates.map((c) => c.code)).toEqual(['POST']);
    expect(isSure(d)).toBe(true);
  });
});

describe('problems', () => {
  it('reports empty input', () => {
    for (const raw of ['', '   ', ' - ']) expect(detectCourier(raw).problem).toBe('empty');
  });

  it('reports bad shapes', () => {
    for (const raw of ['12345', 'SF1', 'SF1385#628716739', '顺丰1385628716739', 'A'.repeat(41)]) {
      const d = detectCourier(raw);
      expect(d.problem).toBe('shape');
      expect(d.candidates).toEqual([]);
    }
    expect(detectCourier('A'.repeat(40)).problem).toBeNull();
  });
});

describe('isSure', () => {
  it('needs a lead of SURE_MARGIN', () => {
    const cand = (code: 'EMS' | 'YUNDA', score: number) => ({ code, name: courierName(code), score });
    const base = { number: 'X', problem: null };
    expect(isSure({ ...base, candidates: [] })).toBe(false);
    expect(isSure({ ...base, candidates: [cand('EMS', 40)] })).toBe(true);
    expect(isSure({ ...base, candidates: [cand('EMS', 50 + SURE_MARGIN), cand('YUNDA', 50)] })).toBe(true);
    expect(isSure({ ...base, candidates: [cand('EMS', 49 + SURE_MARGIN), cand('YUNDA', 50)] })).toBe(false);
  });
});
