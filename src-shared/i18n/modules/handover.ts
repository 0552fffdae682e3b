import type { Widen } from '../zh-CN';

/** Messages of the shift handover and duty log: register titles, columns and the field messages main writes. */
const zhCN = {
  registerTitle: '值班日志',
  items: { keys_out: '借出钥匙', parcels_held: '待取快递', visitors_on_site: '在场访客', found_items: '本班拾得物品' },
  col: { handoverNo: '交接编号', outgoing: '交班人 / 时间', incoming: '接班人 / 时间', issues: '待办事项', note: '交班说明', differences: '清点差异' },
  reportedCounted: '报 {{reported}} / 点 {{counted}}',
  difference: '{{item}}：交班 {{reported}}，接班清点 {{counted}}（{{note}}）',
  noDifference: '清点无差异',
  waiting: '待接班确认',
  signOnDuty: '值班人',
  msg: {
    entity: '交班报告',
    differenceNote: '交班数 {{reported}}，清点数 {{counted}}，请注明差异原因',
    self: '接班人不能是交班人本人',
    refused: '账号或密码不正确，或不是前台接待员',
    toBeforeFrom: '结束日期不能早于开始日期',
  },
} as const;

const en: Widen<typeof zhCN> = {
  registerTitle: 'Duty log',
  items: { keys_out: 'Keys out', parcels_held: 'Parcels held', visitors_on_site: 'Visitors on site', found_items: 'Found items this shift' },
  col: { handoverNo: 'Handover no.', outgoing: 'Outgoing / time', incoming: 'Incoming / time', issues: 'Open issues', note: 'Note', differences: 'Differences' },
  reportedCounted: 'reported {{reported}} / counted {{counted}}',
  difference: '{{item}}: reported {{reported}}, counted {{counted}} ({{note}})',
  noDifference: 'No differences',
  waiting: 'Awaiting confirmation',
  signOnDuty: 'On duty',
  msg: {
    entity: 'Handover report',
    differenceNote: 'Reported {{reported}}, counted {{counted}}: note the reason for the difference',
    self: 'The incoming receptionist cannot be the outgoing one',
    refused: 'Wrong username or password, or not a receptionist',
    toBeforeFrom: 'The end date cannot be before the start date',
  },
};

export const handoverMessages = { zhCN, en };
