import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the settings hub's own panels (namespace `settingsUi`). */
const zhCN = {
  logo: {
    title: '打印标志',
    hint: '打印在各登记表表头单位名称旁。PNG 或 JPEG，不超过 200 kB。',
    none: '未设置标志',
    choose: '选择图片…',
    remove: '删除标志',
    saved: '打印标志已更新',
    removed: '打印标志已删除',
    preview: '当前标志',
  },
  links: {
    title: '各模块设置',
    hint: '各模块的设置在其自己的页面中：',
  },
};

const en: Widen<typeof zhCN> = {
  logo: {
    title: 'Print logo',
    hint: 'Printed beside the organisation name in every register header. PNG or JPEG, at most 200 kB.',
    none: 'No logo set',
    choose: 'Choose image…',
    remove: 'Remove logo',
    saved: 'Print logo updated',
    removed: 'Print logo removed',
    preview: 'Current logo',
  },
  links: { title: 'Module settings', hint: 'Each module keeps its settings on its own page:' },
};

export const settingsUi = { zhCN, en };
