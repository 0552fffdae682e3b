import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the passes feature (namespace `passesUi`). */
const zhCN = {
  title: '',
} as const;

const en: Widen<typeof zhCN> = {
  title: '',
};

export const passesUi = { zhCN, en };
