import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VisitSettings } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import { CheckInForm } from './CheckInForm';
import { OnSiteCount } from './OnSiteCount';
import { PassCheckIn } from './PassCheckIn';
import './visitors.css';

/** The receptionist's most frequent screen: the check-in form, the pass scanner and how many are on site. */
export function CheckInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [settings, setSettings] = useState<VisitSettings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Bumped after each registration at the form: a fresh form for the next visitor. */
  const [formRound, setFormRound] = useState(0);
  /** Bumped after any registration here, the pass box included, so the on-site count follows at once. */
  const [countRound, setCountRound] = useState(0);

  useEffect(() => {
    invoke('visitors.settings.get', {}).then(setSettings, (err: unknown) => setSettingsError(errorMessage(err)));
  }, []);

  return (
    <div className="page visit-page">
      <div className="page-head">
        <h1>{t('visitorsUi.title')}</h1>
        <OnSiteCount variant="inline" refreshKey={countRound} />
      </div>
      <ErrorBanner message={settingsError} />
      <Notice message={notice} />
      <div className="visit-layout">
        <CheckInForm
          key={formRound}
          settings={settings}
          onDone={(visit, printSlip) => {
            setNotice(t('visitorsUi.checkIn.done', { visitNo: visit.visitNo, name: visit.name }));
            setFormRound((r) => r + 1);
            setCountRound((r) => r + 1);
            if (printSlip) navigate(`/visitors/${visit.id}/slip`);
          }}
        />
        <aside className="visit-aside">
          <PassCheckIn onDone={() => setCountRound((r) => r + 1)} />
        </aside>
      </div>
    </div>
  );
}
