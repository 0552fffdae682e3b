import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the releases feature (namespace `releasesUi`). */
const zhCN = {
  title: '',
} as const;

const en: Widen<typeof zhCN> = {
  title: '',
};

export const releasesUi = { zhCN, en };
