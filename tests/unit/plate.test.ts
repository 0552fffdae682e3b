import { describe, expect, it } from 'vitest';
import { isMainlandPlate, normalizePlate, plateKind } from '../../src-shared/rules/plate';

describe('mainland plates', () => {
  it.each([
    ['粤B12345', 'ordinary'],
    ['京A8K9Z1', 'ordinary'],
    ['粤B1234学', 'ordinary'],
    ['粤BD12345', 'new_energy'],
    ['粤BF12345', 'new_energy'],
    ['沪ADA1234', 'new_energy'],
    ['粤B12345D', 'new_energy'],
  ])('accepts %s as %s', (plate, kind) => {
    expect(plateKind(plate)).toBe(kind);
  });

  it.each(['粤B1234', '粤BI2345', 'XB12345', '粤B123456', '粤BD123', '粤BX12345', '12345', ''])('refuses %j', (plate) => {
    expect(isMainlandPlate(plate)).toBe(false);
  });

  it('normalizes what people type', () => {
    expect(normalizePlate(' 粤b·１2345 ')).toBe('粤B12345');
    expect(normalizePlate('粤B-D12345')).toBe('粤BD12345');
    expect(isMainlandPlate('粤bd12345')).toBe(true);
  });
});
