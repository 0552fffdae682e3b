import type { Widen } from '../../../src-shared/i18n/zh-CN';
import { listsStrings } from './lists-strings';
import { pickupStrings } from './pickup-strings';
import { signInStrings } from './signin-strings';

/** Texts every mail screen shares (namespace `mailUi`); each screen group adds its own sub-namespace. */
const common = {
  zhCN: {
    title: '邮件快递',
    kind: { parcel: '快递', letter: '信件', registered: '挂号信' },
    status: { waiting: '待取', picked_up: '已取件', delivered: '已投递', refused: '拒收待退', returned: '已退回', lost: '已遗失' },
    unmatched: '未匹配',
    noConsent: '未同意代收',
    overdue: '逾期',
    damaged: '破损',
  },
};
const commonEn: Widen<typeof common.zhCN> = {
  title: 'Mail & parcels',
  kind: { parcel: 'Parcel', letter: 'Letter', registered: 'Registered letter' },
  status: { waiting: 'Waiting', picked_up: 'Picked up', delivered: 'Delivered', refused: 'Refused, to return', returned: 'Returned', lost: 'Lost' },
  unmatched: 'Unmatched',
  noConsent: 'No collection consent',
  overdue: 'Overdue',
  damaged: 'Damaged',
};

export const mailUi = {
  zhCN: { ...common.zhCN, signIn: signInStrings.zhCN, pickup: pickupStrings.zhCN, lists: listsStrings.zhCN },
  en: { ...commonEn, signIn: signInStrings.en, pickup: pickupStrings.en, lists: listsStrings.en },
};
