import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveDocumentRow } from '../../../src-shared/modules/archive';
import { errorMessage, invoke } from '../../api/client';
import { Field } from '../../components/Field';

export type PickedDoc = Pick<ArchiveDocumentRow, 'id' | 'title' | 'docNo' | 'version' | 'indexNo'>;

/** Picks an active document from the catalogue (`archive.documents.search`: title, numbers, index number). */
export function DocPicker({ value, onChange, error }: { value: PickedDoc | null; onChange(doc: PickedDoc | null): void; error?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<ArchiveDocumentRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (value) return;
    let live = true;
    invoke('archive.documents.search', { q: q.trim(), status: 'active', limit: 8 }).then(
      (page) => live && (setRows(page.rows), setProblem(null)),
      (err: unknown) => live && (setRows([]), setProblem(errorMessage(err))),
    );
    return () => {
      live = false;
    };
  }, [q, value]);

  if (value) {
    return (
      <div className="dc-picked" data-testid="dc-picked">
        <span>{t('doccontrolUi.pick.chosen', { title: `《${value.title}》`, docNo: value.docNo, version: value.version, indexNo: value.indexNo })}</span>{' '}
        <button type="button" onClick={() => onChange(null)}>
          {t('doccontrolUi.pick.change')}
        </button>
        {error ? <div className="field-error">{error}</div> : null}
      </div>
    );
  }
  return (
    <Field label={t('doccontrolUi.pick.label')} error={error ?? problem ?? undefined}>
      <div className="dc-pick">
        <input name="docSearch" type="search" autoComplete="off" placeholder={t('doccontrolUi.pick.placeholder')} value={q} onChange={(e) => setQ(e.target.value)} />
        <ul className="dc-pick-list">
          {rows.length === 0 ? <li className="muted">{t('doccontrolUi.pick.none')}</li> : null}
          {rows.map((r) => (
            <li key={r.id}>
              <button type="button" className="dc-pick-item" onClick={() => onChange(r)}>
                《{r.title}》 {r.docNo} {r.version} <span className="muted">{r.indexNo}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </Field>
  );
}
