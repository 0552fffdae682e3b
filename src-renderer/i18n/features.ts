import { archiveUi } from '../features/archive/strings';
import { backupsUi } from '../features/backups/strings';
import { borrowingUi } from '../features/borrowing/strings';
import { doccontrolUi } from '../features/doccontrol/strings';
import { handoverUi } from '../features/handover/strings';
import { homeUi } from '../features/home/strings';
import { keyDepositsUi } from '../features/keys/deposit-strings';
import { keysUi } from '../features/keys/strings';
import { lendingUi } from '../features/lending/strings';
import { lostfoundUi } from '../features/lostfound/strings';
import { mailUi } from '../features/mail/strings';
import { passesUi } from '../features/passes/strings';
import { registersUi } from '../features/registers/strings';
import { releasesUi } from '../features/releases/strings';
import { settingsUi } from '../features/settings/strings';
import { visitorsUi } from '../features/visitors/strings';

/**
 * Screen texts of the features, merged into the i18n catalogs under their own namespace (`<feature>Ui`: one namespace
 * per feature, e.g. `visitorsUi.checkIn.title`), so the modules grow without one catalog file growing with them.
 */
export const featureStrings = {
  zhCN: {
    archiveUi: archiveUi.zhCN,
    backupsUi: backupsUi.zhCN,
    borrowingUi: borrowingUi.zhCN,
    doccontrolUi: doccontrolUi.zhCN,
    handoverUi: handoverUi.zhCN,
    homeUi: homeUi.zhCN,
    keyDepositsUi: keyDepositsUi.zhCN,
    keysUi: keysUi.zhCN,
    lendingUi: lendingUi.zhCN,
    lostfoundUi: lostfoundUi.zhCN,
    mailUi: mailUi.zhCN,
    passesUi: passesUi.zhCN,
    registersUi: registersUi.zhCN,
    releasesUi: releasesUi.zhCN,
    settingsUi: settingsUi.zhCN,
    visitorsUi: visitorsUi.zhCN,
  },
  en: {
    archiveUi: archiveUi.en,
    backupsUi: backupsUi.en,
    borrowingUi: borrowingUi.en,
    doccontrolUi: doccontrolUi.en,
    handoverUi: handoverUi.en,
    homeUi: homeUi.en,
    keyDepositsUi: keyDepositsUi.en,
    keysUi: keysUi.en,
    lendingUi: lendingUi.en,
    lostfoundUi: lostfoundUi.en,
    mailUi: mailUi.en,
    passesUi: passesUi.en,
    registersUi: registersUi.en,
    releasesUi: releasesUi.en,
    settingsUi: settingsUi.en,
    visitorsUi: visitorsUi.en,
  },
};
