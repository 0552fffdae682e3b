import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the home screen's live counts (namespace `homeUi`). */
const zhCN = {
  countsTitle: '当前待办',
  updated: '更新于 {{at}}',
  refresh: '刷新',
  tile: {
    visitorsOnSite: '在场访客',
    parcelsWaiting: '待取快递',
    parcelsOverdue: '快递超过 {{days}} 天未取',
    lettersDueToday: '今日应投信件',
    keysOut: '借出钥匙',
    keysOverdue: '钥匙逾期未还',
    courtesyOut: '便民物品借出',
    courtesyOverdue: '便民物品逾期',
    foundInCustody: '失物待认领',
    foundExpiringSoon: '失物 {{days}} 天内到期',
    foundExpired: '失物保管期满待处置',
    foundAlerts: '贵重失物通报待确认',
    archiveApprovals: '借阅申请待我审批',
    archiveLoansOverdue: '档案借阅逾期',
    handoverPending: '交班报告待接班确认',
  },
};

const en: Widen<typeof zhCN> = {
  countsTitle: 'Open now',
  updated: 'Updated {{at}}',
  refresh: 'Refresh',
  tile: {
    visitorsOnSite: 'Visitors on site',
    parcelsWaiting: 'Parcels waiting',
    parcelsOverdue: 'Parcels over {{days}} days',
    lettersDueToday: 'Letters due today',
    keysOut: 'Keys out',
    keysOverdue: 'Keys overdue',
    courtesyOut: 'Courtesy items out',
    courtesyOverdue: 'Courtesy items overdue',
    foundInCustody: 'Found items awaiting claim',
    foundExpiringSoon: 'Found items expiring within {{days}} days',
    foundExpired: 'Found items past keeping period',
    foundAlerts: 'High-value alerts to acknowledge',
    archiveApprovals: 'Borrowing requests awaiting my approval',
    archiveLoansOverdue: 'Archive loans overdue',
    handoverPending: 'Handover awaiting confirmation',
  },
};

export const homeUi = { zhCN, en };
