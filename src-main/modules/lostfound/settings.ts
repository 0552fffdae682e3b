import type { LfSettings } from '../../../src-shared/modules/lostfound';
import { keyedSettings } from '../settings/keyed';

/** 001 §4.10.3: kept 3 months, food excepted (1 day); ID documents go to 公安 within a week. */
const DEFAULT_LF_SETTINGS: LfSettings = {
  highValueYuan: 500,
  highValueCategories: ['cash_valuables', 'phones_electronics'],
  retentionDays: { documents: 90, phones_electronics: 90, cash_valuables: 90, keys: 90, bags: 90, clothing: 90, food: 1, other: 90 },
  idPoliceDays: 7,
  // No number in the seed for these forms: printed without one until the company enters its own.
  registerFormNo: '',
  disposalFormNo: '',
};

export const lfSettings = keyedSettings('lostfound', DEFAULT_LF_SETTINGS);
/** Stored retention days over the defaults, category by category (a category added later keeps its default). */
export const readLfSettings: typeof lfSettings.read = (db) => {
  const s = lfSettings.read(db);
  return { ...s, retentionDays: { ...DEFAULT_LF_SETTINGS.retentionDays, ...s.retentionDays } };
};
