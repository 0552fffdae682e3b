import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BuildingRow } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { downloadFile } from '../../api/download';
import { canCall } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { useRoles } from '../../stores/session';
import { registerGroups, registerParams, type RegisterEntry } from './catalogue';
import { RegisterForm, type RegisterFormValues } from './RegisterForm';
import { previewLink } from './previewLink';
import './registers.css';

/**
 * 登记表中心: every register of every module the caller may read, grouped by module. The period (and building) form
 * builds the register channel's params; preview/print and the exports go through the register machinery, which
 * checks the roles and the params again in main.
 */
export function RegisterCentrePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const roles = useRoles();
  const groups = useMemo(() => registerGroups(roles), [roles]);
  const [chosen, setChosen] = useState<RegisterEntry | null>(null);
  const [form, setForm] = useState<RegisterFormValues>(() => ({
    from: dayjs().startOf('month').format('YYYY-MM-DD'),
    to: dayjs().format('YYYY-MM-DD'),
    day: dayjs().format('YYYY-MM-DD'),
    buildingId: '',
  }));
  const [buildings, setBuildings] = useState<BuildingRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const needsBuildings = groups.some((g) => g.entries.some((e) => e.building)) && canCall('directory.buildings.list', roles);
  useEffect(() => {
    if (needsBuildings) invoke('directory.buildings.list', {}).then(setBuildings, () => undefined);
  }, [needsBuildings]);

  const name = (channel: string) => (i18n.exists(`registersUi.names.${channel}`) ? t(`registersUi.names.${channel}`) : channel);
  const listed = groups.map((g) => ({ ...g, entries: g.entries.filter((e) => !e.perDocument) })).filter((g) => g.entries.length > 0);
  const perDocument = groups.flatMap((g) => g.entries.filter((e) => e.perDocument).map((e) => name(e.channel)));

  const exportAs = async (channel: 'registers.pdf' | 'registers.xlsx') => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const file = await invoke(channel, { channel: chosen.channel, params: registerParams(chosen, form) });
      downloadFile(file);
      setNotice(t('registersUi.exported', { file: file.fileName }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page reg-centre">
      <div className="page-head">
        <h1>{t('registersUi.title')}</h1>
      </div>
      <p className="field-hint">{t('registersUi.intro')}</p>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      {listed.length === 0 ? (
        <p>{t('registersUi.none')}</p>
      ) : (
        <div className="reg-centre-body">
          <nav className="reg-centre-list" aria-label={t('registersUi.title')}>
            {listed.map((g) => (
              <section key={g.module} aria-labelledby={`reg-mod-${g.module}`}>
                <h2 id={`reg-mod-${g.module}`}>{i18n.exists(`registersUi.modules.${g.module}`) ? t(`registersUi.modules.${g.module}`) : g.module}</h2>
                <ul>
                  {g.entries.map((e) => (
                    <li key={e.channel}>
                      <button
                        type="button"
                        className={chosen?.channel === e.channel ? 'reg-centre-item reg-centre-chosen' : 'reg-centre-item'}
                        aria-pressed={chosen?.channel === e.channel}
                        onClick={() => {
                          setChosen(e);
                          setError(null);
                          setNotice(null);
                        }}
                      >
                        {name(e.channel)}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
          <div className="reg-centre-form">
            {chosen ? (
              <>
                <h2>{name(chosen.channel)}</h2>
                <RegisterForm entry={chosen} values={form} buildings={buildings} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
                <div className="row">
                  <button type="button" className="primary" disabled={busy} onClick={() => navigate(previewLink(chosen.channel, registerParams(chosen, form)))}>
                    {t('registersUi.preview')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void exportAs('registers.pdf')}>
                    {t('registersUi.pdf')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void exportAs('registers.xlsx')}>
                    {t('registersUi.xlsx')}
                  </button>
                </div>
              </>
            ) : (
              <p>{t('registersUi.choose')}</p>
            )}
          </div>
        </div>
      )}
      {perDocument.length > 0 && <p className="field-hint">{t('registersUi.perDocument', { names: perDocument.join('、') })}</p>}
    </div>
  );
}
