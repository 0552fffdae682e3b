import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../src-shared/contract';
import type { InputOf } from '../../../src-shared/contract-kit';
import { REGISTER_CHANNELS, type RegisterChannel, type RegisterData } from '../../../src-shared/modules/registers';
import { errorMessage, invoke, usesBridge } from '../../api/client';
import { downloadFile } from '../../api/download';
import { ErrorBanner, Notice } from '../../components/Field';
import { RegisterView } from '../../print/RegisterView';

interface Target {
  channel: RegisterChannel;
  params: Record<string, unknown>;
}

function parseTarget(search: URLSearchParams): Target | null {
  const channel = search.get('channel');
  if (!(REGISTER_CHANNELS as readonly (string | null)[]).includes(channel)) return null;
  try {
    const params: unknown = JSON.parse(search.get('params') ?? '{}');
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    return { channel: channel as RegisterChannel, params: params as Record<string, unknown> };
  } catch {
    return null;
  }
}

/** Each register channel takes its own params; the preview passes on what the link carried and main validates them. */
function loadRegister(target: Target): Promise<RegisterData> {
  return invoke(target.channel, target.params as InputOf<Contract[RegisterChannel]>);
}

export function PreviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const target = useMemo(() => parseTarget(search), [search]);
  const [data, setData] = useState<RegisterData | null>(null);
  const [error, setError] = useState<string | null>(target ? null : t('preview.badLink'));
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!target) return;
    loadRegister(target).then(setData, (err: unknown) => setError(errorMessage(err)));
  }, [target]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const print = () =>
    act(async () => {
      if (!target) return;
      if (usesBridge()) {
        const r = await invoke('registers.print', target);
        if (r.printed) setNotice(t('preview.printed'));
      } else {
        window.print();
      }
    });

  const exportAs = (channel: 'registers.pdf' | 'registers.xlsx') =>
    act(async () => {
      if (target) downloadFile(await invoke(channel, target));
    });

  return (
    <div className="page preview-page">
      <div className="page-head no-print">
        <h1>{t('preview.title')}</h1>
        <div className="row">
          <button type="button" autoFocus onClick={() => navigate(-1)}>
            {t('preview.back')}
          </button>
          <button type="button" className="primary" disabled={!data || busy} onClick={() => void print()}>
            {t('preview.print')}
          </button>
          <button type="button" disabled={!data || busy} onClick={() => void exportAs('registers.pdf')}>
            {t('preview.pdf')}
          </button>
          <button type="button" disabled={!data || busy} onClick={() => void exportAs('registers.xlsx')}>
            {t('preview.xlsx')}
          </button>
        </div>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
        <Notice message={notice} />
      </div>
      {data ? (
        <div className="paper">
          <RegisterView data={data} />
        </div>
      ) : null}
    </div>
  );
}
