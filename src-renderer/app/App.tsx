import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ArchivePage } from '../features/archive/ArchivePage';
import { BorrowingPage } from '../features/borrowing/BorrowingPage';
import { ArchiveLabelsPage } from '../features/archive/ArchiveLabelsPage';
import { StorageMapPage } from '../features/archive/StorageMapPage';
import { PrintingPage } from '../features/doccontrol/PrintingPage';
import { DistributionPage } from '../features/doccontrol/DistributionPage';
import { CopiesPage } from '../features/doccontrol/CopiesPage';
import { ReissuesPage } from '../features/doccontrol/ReissuesPage';
import { VoidsPage } from '../features/doccontrol/VoidsPage';
import { VoidNoticePage } from '../features/doccontrol/VoidNoticePage';
import { RetentionPage } from '../features/doccontrol/RetentionPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginPage } from '../features/auth/LoginPage';
import { SetupPage } from '../features/auth/SetupPage';
import { BuildingsPage } from '../features/directory/BuildingsPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { ImportPage } from '../features/directory/ImportPage';
import { HomePage } from '../features/home/HomePage';
import { SignInPage } from '../features/mail/SignInPage';
import { ParcelLabelPage } from '../features/mail/ParcelLabelPage';
import { PickupPage } from '../features/mail/PickupPage';
import { LettersPage } from '../features/mail/LettersPage';
import { MailListPage } from '../features/mail/MailListPage';
import { CallListPage } from '../features/mail/CallListPage';
import { PickupNoticePage } from '../features/mail/PickupNoticePage';
import { MailSettingsPage } from '../features/mail/MailSettingsPage';
import { KeysPage } from '../features/keys/KeysPage';
import { KeyLoansPage } from '../features/keys/KeyLoansPage';
import { KeyStatisticsPage } from '../features/keys/KeyStatisticsPage';
import { DepositsPage } from '../features/keys/DepositsPage';
import { KeyLabelsPage } from '../features/keys/KeyLabelsPage';
import { KeyCategoriesPage } from '../features/keys/KeyCategoriesPage';
import { CourtesyPage } from '../features/lending/CourtesyPage';
import { StoragePage } from '../features/lending/StoragePage';
import { StorageReceiptPage } from '../features/lending/StorageReceiptPage';
import { LendingSettingsPage } from '../features/lending/LendingSettingsPage';
import { LostFoundPage } from '../features/lostfound/LostFoundPage';
import { LostReportsPage } from '../features/lostfound/LostReportsPage';
import { ExpiredPage } from '../features/lostfound/ExpiredPage';
import { LfAlertsPage } from '../features/lostfound/LfAlertsPage';
import { LfSettingsPage } from '../features/lostfound/LfSettingsPage';
import { LfLabelPage } from '../features/lostfound/LfLabelPage';
import { LfNoticePage } from '../features/lostfound/LfNoticePage';
import { PassCardPage } from '../features/passes/PassCardPage';
import { PassesPage } from '../features/passes/PassesPage';
import { PreviewPage } from '../features/registers/PreviewPage';
import { RegisterCentrePage } from '../features/registers/RegisterCentrePage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ReleaseSlipPage } from '../features/releases/ReleaseSlipPage';
import { ReleasesPage } from '../features/releases/ReleasesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { BlocklistPage } from '../features/visitors/BlocklistPage';
import { CheckInPage } from '../features/visitors/CheckInPage';
import { HistoryPage } from '../features/visitors/HistoryPage';
import { OnSitePage } from '../features/visitors/OnSitePage';
import { VisitSlipPage } from '../features/visitors/VisitSlipPage';
import { HandoverPage } from '../features/handover/HandoverPage';
import { PrintRoute } from '../print/PrintRoute';
import { useSession } from '../stores/session';
import { Guard } from './Guard';
import { Layout } from './Layout';

function SignedInRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="visitors" element={<Guard channel="visitors.checkIn"><CheckInPage /></Guard>} />
        <Route path="visitors/onsite" element={<Guard channel="visitors.onSite"><OnSitePage /></Guard>} />
        <Route path="visitors/history" element={<Guard channel="visitors.search"><HistoryPage /></Guard>} />
        <Route path="visitors/blocklist" element={<Guard channel="visitors.blocklist.list"><BlocklistPage /></Guard>} />
        <Route path="visitors/:id/slip" element={<Guard channel="visitors.slip"><VisitSlipPage /></Guard>} />
        <Route path="mail" element={<Guard channel="mail.parcels.signIn"><SignInPage /></Guard>} />
        <Route path="mail/pickup" element={<Guard channel="mail.pickup"><PickupPage /></Guard>} />
        <Route path="mail/letters" element={<Guard channel="mail.letters.register"><LettersPage /></Guard>} />
        <Route path="mail/items" element={<Guard channel="mail.items.search"><MailListPage /></Guard>} />
        <Route path="mail/calls" element={<Guard channel="mail.callList"><CallListPage /></Guard>} />
        <Route path="mail/settings" element={<Guard channel="mail.shelves.list"><MailSettingsPage /></Guard>} />
        <Route path="mail/:id/label" element={<Guard channel="mail.label"><ParcelLabelPage /></Guard>} />
        <Route path="mail/notice" element={<Guard channel="mail.notice"><PickupNoticePage /></Guard>} />
        <Route path="keys" element={<Guard channel="keys.search"><KeysPage /></Guard>} />
        <Route path="keys/loans" element={<Guard channel="keys.loans.open"><KeyLoansPage /></Guard>} />
        <Route path="keys/statistics" element={<Guard channel="keys.statistics"><KeyStatisticsPage /></Guard>} />
        <Route path="keys/deposits" element={<Guard channel="keys.deposits.list"><DepositsPage /></Guard>} />
        <Route path="keys/labels" element={<Guard channel="keys.label"><KeyLabelsPage /></Guard>} />
        <Route path="keys/categories" element={<Guard channel="keys.categories.save"><KeyCategoriesPage /></Guard>} />
        <Route path="lending" element={<Guard channel="lending.loans"><CourtesyPage /></Guard>} />
        <Route path="lending/storage" element={<Guard channel="lending.storage.list"><StoragePage /></Guard>} />
        <Route path="lending/storage/:id/receipt" element={<Guard channel="lending.storage.get"><StorageReceiptPage /></Guard>} />
        <Route path="lending/settings" element={<Guard channel="lending.settings.update"><LendingSettingsPage /></Guard>} />
        <Route path="lostfound" element={<Guard channel="lostfound.search"><LostFoundPage /></Guard>} />
        <Route path="lostfound/reports" element={<Guard channel="lostfound.reports.list"><LostReportsPage /></Guard>} />
        <Route path="lostfound/expired" element={<Guard channel="lostfound.expired"><ExpiredPage /></Guard>} />
        <Route path="lostfound/alerts" element={<Guard channel="lostfound.alerts.list"><LfAlertsPage /></Guard>} />
        <Route path="lostfound/settings" element={<Guard channel="lostfound.settings.update"><LfSettingsPage /></Guard>} />
        <Route path="lostfound/notice" element={<Guard channel="lostfound.notice"><LfNoticePage /></Guard>} />
        <Route path="lostfound/:id/label" element={<Guard channel="lostfound.label"><LfLabelPage /></Guard>} />
        <Route path="archive" element={<Guard channel="archive.documents.search"><ArchivePage /></Guard>} />
        <Route path="archive/storage" element={<Guard channel="archive.cabinets.list"><StorageMapPage /></Guard>} />
        <Route path="archive/borrowing" element={<Guard channel="borrowing.list"><BorrowingPage /></Guard>} />
        <Route path="archive/control/printing" element={<Guard channel="doccontrol.printings.list"><PrintingPage /></Guard>} />
        <Route path="archive/control/distribution" element={<Guard channel="doccontrol.distributions.list"><DistributionPage /></Guard>} />
        <Route path="archive/control/copies" element={<Guard channel="doccontrol.copyRequests.list"><CopiesPage /></Guard>} />
        <Route path="archive/control/reissues" element={<Guard channel="doccontrol.reissues.list"><ReissuesPage /></Guard>} />
        <Route path="archive/control/voids" element={<Guard channel="doccontrol.voids.list"><VoidsPage /></Guard>} />
        <Route path="archive/control/voids/:id/notice" element={<Guard channel="doccontrol.voids.notice"><VoidNoticePage /></Guard>} />
        <Route path="archive/control/retention" element={<Guard channel="doccontrol.retention"><RetentionPage /></Guard>} />
        <Route path="archive/labels" element={<Guard channel="archive.labels"><ArchiveLabelsPage /></Guard>} />
        <Route path="passes" element={<Guard channel="passes.list"><PassesPage /></Guard>} />
        <Route path="passes/:id/card" element={<Guard channel="passes.card"><PassCardPage /></Guard>} />
        <Route path="releases" element={<Guard channel="releases.list"><ReleasesPage /></Guard>} />
        <Route path="releases/:id/slip" element={<Guard channel="releases.slip"><ReleaseSlipPage /></Guard>} />
        <Route path="directory" element={<Guard channel="directory.occupants.search"><DirectoryPage /></Guard>} />
        <Route path="directory/buildings" element={<Guard channel="directory.buildings.save"><BuildingsPage /></Guard>} />
        <Route path="directory/import" element={<Guard channel="directory.import.preview"><ImportPage /></Guard>} />
        <Route path="users" element={<Guard channel="users.list"><UsersPage /></Guard>} />
        <Route path="audit" element={<Guard channel="audit.list"><AuditPage /></Guard>} />
        <Route path="settings" element={<Guard channel="settings.update"><SettingsPage /></Guard>} />
        <Route path="handover" element={<Guard channel="handover.list"><HandoverPage /></Guard>} />
        <Route path="registers/preview" element={<PreviewPage />} />
        <Route path="registers" element={<Guard channel="registers.xlsx"><RegisterCentrePage /></Guard>} />
        <Route path="backups" element={<Guard channel="backups.list"><BackupsPage /></Guard>} />
        <Route path="*" element={<p className="page">{t('app.notFound')}</p>} />
      </Route>
    </Routes>
  );
}

/** Decides between first-run setup, login, the lock screen and the app, from what main says about the session. */
function AuthGate() {
  const { t } = useTranslation();
  const { phase, locked, loadError, refresh } = useSession();
  useEffect(() => {
    void refresh();
  }, [refresh]);

  switch (phase) {
    case 'loading':
      return <p className="centered muted">{t('app.loading')}</p>;
    case 'error':
      return (
        <div className="centered">
          <p className="error-banner">{loadError}</p>
          <button type="button" onClick={() => void refresh()}>
            {t('app.confirm')}
          </button>
        </div>
      );
    case 'setup':
      return <SetupPage />;
    case 'login':
      return <LoginPage />;
    case 'ready':
      return locked ? <LockScreen /> : <SignedInRoutes />;
  }
}

export function App() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <HashRouter>
      <Routes>
        <Route path="/print" element={<PrintRoute />} />
        <Route path="*" element={<AuthGate />} />
      </Routes>
    </HashRouter>
  );
}
