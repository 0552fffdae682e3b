import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the visitors feature (namespace `visitorsUi`). */
const zhCN = {
  title: '',
} as const;

const en: Widen<typeof zhCN> = {
  title: '',
};

export const visitorsUi = { zhCN, en };
