import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorrowDocRow } from '../../../src-shared/modules/borrowing';
import { invoke } from '../../api/client';
import { useLatestSearch } from '../../components/useLatestSearch';

const fetchDocs = (q: string, signal: AbortSignal): Promise<BorrowDocRow[]> => invoke('borrowing.documents', { q: q.trim(), limit: 20 }, { signal });

/** Finds a catalogue document by title, number, drawing number or index prefix; shows where one is out already. */
export function DocumentPicker({ value, onChange, error }: { value: BorrowDocRow | null; onChange(doc: BorrowDocRow | null): void; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const search = useLatestSearch<string, BorrowDocRow[]>(fetchDocs);
  const { run } = search;
  useEffect(() => {
    if (q.trim()) run(q);
  }, [q, run]);
  const errorLine = error ? <span className="field-error" role="alert">{error}</span> : null;

  if (value) {
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <span className="field-label">{t('borrowingUi.request.document')}</span>
        <div className="picked-value" data-testid="picked-document">
          <strong>{t('borrowingUi.request.chosen', { title: value.title, index: value.indexNo, level: value.level, dept: value.departmentName })}</strong>
          {value.outWith ? <span className="borrow-flag borrow-flag-warn">{t('borrowingUi.request.outWith', { no: value.outWith })}</span> : null}
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('borrowingUi.request.change')}
          </button>
        </div>
        {errorLine}
      </div>
    );
  }
  const rows = q.trim() ? (search.result ?? []) : [];
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {t('borrowingUi.request.document')}
      </label>
      <input
        id={id}
        type="search"
        autoFocus
        autoComplete="off"
        value={q}
        placeholder={t('borrowingUi.request.documentPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (search.answered === q && rows[0]) onChange(rows[0]);
        }}
      />
      {q.trim() && search.answered === q && rows.length === 0 ? <span className="muted">{t('borrowingUi.request.noDocs')}</span> : null}
      {rows.length ? (
        <ul className="borrow-docs" role="listbox" aria-label={t('borrowingUi.request.document')}>
          {rows.map((d) => (
            <li key={d.id}>
              <button type="button" role="option" aria-selected={false} className="borrow-doc" onClick={() => onChange(d)}>
                <span className="borrow-mono">{d.indexNo}</span> {d.title}
                <span className="muted"> {[d.docNo, d.drawingNo].filter(Boolean).join(' / ')} · {d.level}级 · {d.departmentName}</span>
                {d.outWith ? <span className="borrow-flag borrow-flag-warn">{t('borrowingUi.request.outWith', { no: d.outWith })}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errorLine}
    </div>
  );
}
