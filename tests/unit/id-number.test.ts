import { describe, expect, it } from 'vitest';
import { checkDigit, checkIdNumber, upgradeId15 } from '../../src-shared/rules/id-number';

const today = new Date('2026-11-22T00:00:00Z');

describe('ID numbers (GB 11643)', () => {
  it('accepts a valid number, with its birth date', () => {
    expect(checkIdNumber('11010519491231002X', today)).toMatchObject({ ok: true, birthDate: '1949-12-31', permit: null });
    expect(checkIdNumber('440524188001010014', today)).toMatchObject({ ok: true, birthDate: '1880-01-01' });
    expect(checkIdNumber('110101199003078670', today).ok).toBe(true);
    expect(checkIdNumber('810000199408230021', today)).toMatchObject({ ok: true, permit: 'hk' });
    expect(checkIdNumber('440308199901101513', today).problems).toEqual(['checksum']);
    expect(checkIdNumber('440308199902301512', today).problems).toContain('birth');
  });

  it('accepts a lower-case x and full-width digits typed through an IME', () => {
    expect(checkIdNumber('11010519491231002x', today)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('１１０１０５１９４９１２３１００２Ｘ', today).ok).toBe(true);
  });

  it('names each problem', () => {
    expect(checkIdNumber('110105194912310021', today).problems).toEqual(['checksum']);
    const badDate = `1101051949023100`;
    expect(checkIdNumber(badDate + '1' + checkDigit(badDate + '1'), today).problems).toEqual(['birth']);
    const future = '11010520300101001';
    expect(checkIdNumber(future + checkDigit(future), today).problems).toEqual(['birth']);
    const region = '99010519491231002';
    expect(checkIdNumber(region + checkDigit(region), today).problems).toEqual(['region']);
    expect(checkIdNumber('1101051949', today).problems).toEqual(['format']);
  });

  it('upgrades a 15-digit number to 18', () => {
    expect(upgradeId15('110105491231002')).toBe('11010519491231002X');
    expect(checkIdNumber('110105491231002', today)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
  });

  it('accepts residence permits of Hong Kong, Macau and Taiwan residents', () => {
    for (const [prefix, permit] of [['810000', 'hk'], ['820000', 'mo'], ['830000', 'tw']] as const) {
      const first17 = `${prefix}19850615003`;
      expect(checkIdNumber(first17 + checkDigit(first17), today)).toMatchObject({ ok: true, permit });
    }
  });
});
