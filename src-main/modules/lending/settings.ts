import type { LendingSettings } from '../../../src-shared/modules/lending';
import { keyedSettings } from '../settings/keyed';

const DEFAULT_LENDING_SETTINGS: LendingSettings = { longStoredDays: 30 };

export const lendingSettings = keyedSettings('lending', DEFAULT_LENDING_SETTINGS);
export const readLendingSettings = lendingSettings.read;
