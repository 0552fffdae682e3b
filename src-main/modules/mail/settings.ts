import type { MailSettings } from '../../../src-shared/modules/mail';
import { keyedSettings } from '../settings/keyed';

const DEFAULT_MAIL_SETTINGS: MailSettings = { agingDays: 3, letterDueDays: 0, letterDueTime: '18:00' };

export const mailSettings = keyedSettings('mail', DEFAULT_MAIL_SETTINGS);
export const readMailSettings = mailSettings.read;
