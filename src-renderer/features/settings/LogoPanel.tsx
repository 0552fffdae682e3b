import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { readFileBase64 } from '../../api/download';
import { ErrorBanner, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

/** 打印标志: the organisation's logo in register headers (main checks the image by its bytes). */
export function LogoPanel() {
  const { t } = useTranslation();
  const [logo, setLogo] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['logoBase64']);

  useEffect(() => {
    invoke('settings.logo.get', {}).then((r) => setLogo(r.logo), fromError);
  }, [fromError]);

  const save = async (logoBase64: string | null) => {
    setBusy(true);
    setNotice(null);
    clear();
    try {
      const r = await invoke('settings.logo.set', { logoBase64 });
      setLogo(r.logo);
      setNotice(r.logo ? t('settingsUi.logo.saved') : t('settingsUi.logo.removed'));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await save(await readFileBase64(file));
  };

  return (
    <section className="form" aria-labelledby="settings-logo">
      <h2 id="settings-logo">{t('settingsUi.logo.title')}</h2>
      <p className="field-hint">{t('settingsUi.logo.hint')}</p>
      <ErrorBanner message={errors.general ?? errors.fields.logoBase64 ?? null} />
      <Notice message={notice} />
      {logo ? <img src={logo} alt={t('settingsUi.logo.preview')} style={{ maxHeight: 64, maxWidth: 200 }} /> : <p>{t('settingsUi.logo.none')}</p>}
      <div className="row">
        <label className="button">
          {t('settingsUi.logo.choose')}
          <input type="file" accept="image/png,image/jpeg" hidden disabled={busy} onChange={(e) => void pick(e)} aria-label={t('settingsUi.logo.choose')} />
        </label>
        {logo && (
          <button type="button" disabled={busy} onClick={() => void save(null)}>
            {t('settingsUi.logo.remove')}
          </button>
        )}
      </div>
    </section>
  );
}
