import dayjs from 'dayjs';
import type { SlipItem } from '../../../src-shared/modules/releases';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** `沙发×1件、纸箱×3个`, the way the desk writes items on paper. */
export function itemSummary(items: readonly SlipItem[], t: Translate): string {
  return items.map((i) => t('releasesUi.items.entry', { name: i.name, quantity: i.quantity, unit: i.unit })).join(t('releasesUi.items.sep'));
}

/**
 * The register's period: the list's date range where one is set, otherwise the current month. A lone end date takes
 * its own month's first day, so the period never runs backwards.
 */
export function registerPeriod(from: string, to: string, today = dayjs()): { from: string; to: string } {
  const start = from || (to ? dayjs(to).startOf('month') : today.startOf('month')).format('YYYY-MM-DD');
  const end = to || dayjs(start).endOf('month').format('YYYY-MM-DD');
  return { from: start, to: end };
}
