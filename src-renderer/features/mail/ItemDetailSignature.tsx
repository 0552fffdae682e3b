import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';

/**
 * The collector's signature, fetched only on request: main writes every view into the audit log, so the desk is told
 * before it asks.
 */
export function ItemDetailSignature({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const [png, setPng] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setPng((await invoke('mail.signature', { itemId })).png);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mlist-signature" aria-label={t('mailUi.lists.signature.title')}>
      {png ? (
        <img className="mlist-signature-img" src={png} alt={t('mailUi.lists.signature.alt')} />
      ) : (
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void show()}>
            {t('mailUi.lists.signature.button')}
          </button>
          <span className="muted">{t('mailUi.lists.signature.audited')}</span>
        </div>
      )}
      <ErrorBanner message={error} />
    </section>
  );
}
