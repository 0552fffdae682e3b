import type { VisitSettings } from '../../../src-shared/modules/visitors';
import { keyedSettings } from '../settings/keyed';

const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  purposes: ['探亲访友', '商务洽谈', '送货', '维修施工', '面试', '家政服务', '其他'],
  autoCheckOutTime: '23:00',
  retentionDays: 180,
  printSlip: false,
};

export const visitSettings = keyedSettings('visitors', DEFAULT_VISIT_SETTINGS);
export const readVisitSettings = visitSettings.read;
