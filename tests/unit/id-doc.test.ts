import { describe, expect, it } from 'vitest';
import { checkIdDocument } from '../../src-shared/rules/id-doc';
import { maskIdNumber, maskPhone } from '../../src-shared/rules/text';
import { endOfDayAfter } from '../../src-main/modules/visitors/jobs';

const today = new Date('2026-11-23T12:00:00+08:00');

describe('ID documents', () => {
  it.each([
    ['resident_id', '11010519491231002X', '11010519491231002X'],
    ['resident_id', '11010519491231002x', '11010519491231002X'],
    ['resident_id', '110105491231002', '11010519491231002X'],
    ['resident_id', '810000199408230021', '810000199408230021'],
    ['hk_macau_pass', 'h12345678', 'H12345678'],
    ['hk_macau_pass', 'M1234567890', 'M1234567890'],
    ['taiwan_pass', '12345678', '12345678'],
    ['passport', 'ｅ１２３４５６７８', 'E12345678'],
    ['other', '军官证 2031', '军官证2031'],
  ] as const)('accepts %s %s as %s', (type, raw, normalized) => {
    expect(checkIdDocument(type, raw, today)).toEqual({ ok: true, normalized, problems: [] });
  });

  it.each([
    ['resident_id', '440308199901101513', ['checksum']],
    ['resident_id', '440308199902301512', ['birth', 'checksum']],
    ['resident_id', '990308199901101512', ['region', 'checksum']],
    ['resident_id', '1234', ['format']],
    ['hk_macau_pass', 'X1234567', ['format']],
    ['taiwan_pass', '1234567', ['format']],
    ['passport', 'E1-2345', ['format']],
    ['other', 'x', ['format']],
  ] as const)('refuses %s %s: %j', (type, raw, problems) => {
    const check = checkIdDocument(type, raw, today);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(expect.arrayContaining([...problems]));
  });
});

describe('masking', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('110101199003078670')).toBe('1101**********8670');
    expect(maskIdNumber('E12345678')).toBe('E123*5678');
    expect(maskIdNumber('1234')).toBe('****');
  });
  it('keeps the first three and last four digits of a mobile, the last four of a landline', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('0755-86001234')).toBe('075*****1234');
    expect(maskPhone('8600123')).toBe('***0123');
    expect(maskPhone('')).toBe('');
  });
});

describe('end of day', () => {
  it('is the first configured time after the check-in', () => {
    expect(endOfDayAfter('2026-11-20T09:00:00+08:00', '23:00').toISOString()).toBe(new Date('2026-11-20T23:00:00+08:00').toISOString());
    expect(endOfDayAfter('2026-11-20T23:10:00+08:00', '23:00').toISOString()).toBe(new Date('2026-11-21T23:00:00+08:00').toISOString());
    expect(endOfDayAfter('2026-11-20T23:00:00+08:00', '23:00').toISOString()).toBe(new Date('2026-11-21T23:00:00+08:00').toISOString());
    expect(endOfDayAfter('2026-11-20T01:00:00+08:00', '00:30').toISOString()).toBe(new Date('2026-11-21T00:30:00+08:00').toISOString());
  });
});
