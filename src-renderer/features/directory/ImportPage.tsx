import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { readFileBase64 } from '../../api/download';
import { ErrorBanner, Notice } from '../../components/Field';
import { ImportPreviewTable } from './ImportPreviewTable';

interface Chosen {
  fileName: string;
  base64: string;
}

export function ImportPage() {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setPreview(null);
    try {
      const picked = { fileName: file.name, base64: await readFileBase64(file) };
      setChosen(picked);
      setPreview(await invoke('directory.import.preview', picked));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      // Choosing the same file again after fixing it must fire change again.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const commit = async (mode: 'all' | 'validOnly') => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('directory.import.commit', { ...chosen, mode });
      setResult(t('import.result', r));
      setPreview(null);
      setChosen(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const hasErrors = (preview?.errorCount ?? 0) > 0;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('import.title')}</h1>
        <Link className="button" to="/directory">
          {t('nav.directory')}
        </Link>
      </div>
      <p className="muted">{t('import.hint')}</p>
      <div className="toolbar">
        <label className="button primary file-button">
          {t('import.chooseFile')}
          <input
            ref={fileInput}
            type="file"
            name="file"
            accept=".xlsx,.csv"
            autoFocus
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
        {chosen ? <span>{chosen.fileName}</span> : null}
        {busy ? <span className="muted">{t('import.reading')}</span> : null}
      </div>
      <ErrorBanner message={error} />
      <Notice message={result} />
      {preview ? (
        <>
          <p className={hasErrors ? 'counts counts-bad' : 'counts'} data-testid="import-counts">
            {t('import.counts', { total: preview.rows.length, valid: preview.validCount, errors: preview.errorCount })}
          </p>
          {hasErrors ? <p className="warning">{t('import.blockedHint')}</p> : null}
          <div className="row">
            <button type="button" className="primary" disabled={busy || hasErrors || preview.validCount === 0} onClick={() => void commit('all')}>
              {t('import.importAll')}
            </button>
            {hasErrors ? (
              <button type="button" disabled={busy || preview.validCount === 0} onClick={() => void commit('validOnly')}>
                {t('import.importValid')}
              </button>
            ) : null}
          </div>
          <ImportPreviewTable preview={preview} />
        </>
      ) : null}
    </div>
  );
}
