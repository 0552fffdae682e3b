import { archiveUi } from '../features/archive/strings';
import { borrowingUi } from '../features/borrowing/strings';
import { doccontrolUi } from '../features/doccontrol/strings';
import { keyDepositsUi } from '../features/keys/deposit-strings';
import { keysUi } from '../features/keys/strings';
import { lendingUi } from '../features/lending/strings';
import { lostfoundUi } from '../features/lostfound/strings';
import { mailUi } from '../features/mail/strings';
import { passesUi } from '../features/passes/strings';
import { releasesUi } from '../features/releases/strings';
import { visitorsUi } from '../features/visitors/strings';

/**
 * Screen texts of the features, merged into the i18n catalogs under their own namespace (`<feature>Ui`: one namespace
 * per feature, e.g. `visitorsUi.checkIn.title`), so the modules grow without one catalog file growing with them.
 */
export const featureStrings = {
  zhCN: {
    archiveUi: archiveUi.zhCN,
    borrowingUi: borrowingUi.zhCN,
    doccontrolUi: doccontrolUi.zhCN,
    keyDepositsUi: keyDepositsUi.zhCN,
    keysUi: keysUi.zhCN,
    lendingUi: lendingUi.zhCN,
    lostfoundUi: lostfoundUi.zhCN,
    mailUi: mailUi.zhCN,
    passesUi: passesUi.zhCN,
    releasesUi: releasesUi.zhCN,
    visitorsUi: visitorsUi.zhCN,
  },
  en: {
    archiveUi: archiveUi.en,
    borrowingUi: borrowingUi.en,
    doccontrolUi: doccontrolUi.en,
    keyDepositsUi: keyDepositsUi.en,
    keysUi: keysUi.en,
    lendingUi: lendingUi.en,
    lostfoundUi: lostfoundUi.en,
    mailUi: mailUi.en,
    passesUi: passesUi.en,
    releasesUi: releasesUi.en,
    visitorsUi: visitorsUi.en,
  },
};
