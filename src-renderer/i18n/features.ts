import { keyDepositsUi } from '../features/keys/deposit-strings';
import { keysUi } from '../features/keys/strings';
import { lendingUi } from '../features/lending/strings';
import { mailUi } from '../features/mail/strings';
import { passesUi } from '../features/passes/strings';
import { releasesUi } from '../features/releases/strings';
import { visitorsUi } from '../features/visitors/strings';

/**
 * Each business feature keeps its screen texts next to its screens (`features/<module>/strings.ts`, one namespace
 * per feature, e.g. `visitorsUi.checkIn.title`), so the modules grow without one catalog file growing with them.
 */
export const featureStrings = {
  zhCN: { keyDepositsUi: keyDepositsUi.zhCN, keysUi: keysUi.zhCN, lendingUi: lendingUi.zhCN, mailUi: mailUi.zhCN, passesUi: passesUi.zhCN, releasesUi: releasesUi.zhCN, visitorsUi: visitorsUi.zhCN },
  en: { keyDepositsUi: keyDepositsUi.en, keysUi: keysUi.en, lendingUi: lendingUi.en, mailUi: mailUi.en, passesUi: passesUi.en, releasesUi: releasesUi.en, visitorsUi: visitorsUi.en },
};
