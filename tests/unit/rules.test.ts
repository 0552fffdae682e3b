import { describe, expect, it } from 'vitest';
import { translate } from '../../src-shared/i18n';
import { maskIdNumber, PHONE_RE, text } from '../../src-shared/rules/text';
import { normalizeBuilding, normalizeEntrance, normalizeRoom, unitLabel } from '../../src-main/modules/directory/labels';

describe('shared rules', () => {
  it('masks an ID number, keeping enough to confirm', () => {
    expect(maskIdNumber('11010119900307123X')).toBe('1101**********123X');
    expect(maskIdNumber('12345')).toBe('*****');
  });
  it('accepts mainland mobiles and landlines only', () => {
    for (const ok of ['13812345678', '19912345678', '0755-86001234', '01088886666', '021-12345678-801']) expect(PHONE_RE.test(ok)).toBe(true);
    for (const bad of ['12812345678', '1381234567', '138123456789', '+8613812345678', '86001234']) expect(PHONE_RE.test(bad)).toBe(false);
  });
  it('refuses control and bidi-override characters in text', () => {
    expect(text(20).safeParse('张三\u202e').success).toBe(false);
    expect(text(20).safeParse('张三\u0007').success).toBe(false);
    expect(text(20).safeParse(' 张三 ').data).toBe('张三');
  });
  it('writes units the way the desk says them', () => {
    expect(unitLabel(normalizeBuilding('3'), normalizeEntrance('2'), normalizeRoom('1203'))).toBe('3栋2单元1203');
    expect(unitLabel(normalizeBuilding('A座'), normalizeEntrance(''), normalizeRoom('b1501'))).toBe('A座B1501');
    expect(normalizeBuilding('３')).toBe('3栋'); // full-width digits typed with a Chinese IME
  });
  it('translates with placeholders and falls back to Chinese', () => {
    expect(translate('zh-CN', 'errors.IMPORT_HAS_ERRORS', { count: 3 })).toContain('3 行错误');
    expect(translate('en', 'errors.FORBIDDEN')).toBe('Your role may not do this');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
