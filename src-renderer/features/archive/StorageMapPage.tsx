import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ArchiveBoxRow, ArchiveCabinetRow } from '../../../src-shared/modules/archive';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { BoxDialog, CabinetDialog } from './StorageDialogs';
import { useArchiveSetup } from './useArchiveSetup';
import './archive.css';

type Editing = { kind: 'cabinet'; cabinet?: ArchiveCabinetRow } | { kind: 'box'; cabinet: ArchiveCabinetRow; box?: ArchiveBoxRow } | null;

/**
 * 档案存放位置: cabinets and their boxes, each cabinet with the index ranges it holds — what its label shows
 * (000 §5.4.3: 在档案柜上贴好存放文件的索引号范围) — and the labels to print.
 */
export function StorageMapPage() {
  const { t } = useTranslation();
  const canWrite = useCan('archive.cabinets.save');
  const [round, setRound] = useState(0);
  const [showRetired, setShowRetired] = useState(false);
  const { cabinets, error } = useArchiveSetup(round, showRetired);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (code: string) => {
    setEditing(null);
    setNotice(t('archiveUi.storage.saved', { code }));
    setRound((n) => n + 1);
  };
  return (
    <div className="page archive-page">
      <div className="page-head">
        <h1>{t('archiveUi.storage.title')}</h1>
        <div className="row">
          <Link className="button" to="/archive/labels">
            {t('archiveUi.storage.labels')}
          </Link>
          {canWrite ? (
            <button type="button" className="primary" onClick={() => setEditing({ kind: 'cabinet' })}>
              {t('archiveUi.storage.addCabinet')}
            </button>
          ) : null}
        </div>
      </div>
      <Notice message={notice} />
      <ErrorBanner message={error} />
      <label className="checkbox">
        <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
        {t('archiveUi.storage.showRetired')}
      </label>
      {cabinets.length === 0 ? <p className="muted">{t('archiveUi.storage.none')}</p> : null}
      {cabinets.map((c) => (
        <section key={c.id} className="archive-cabinet" data-testid="archive-cabinet" aria-label={c.code}>
          <div className="archive-cabinet-head">
            <h2>
              {t('archiveUi.storage.cabinetLabel')} {c.code} {c.active ? '' : t('archiveUi.storage.retired')}
              <span className="muted archive-note"> {c.location}</span>
            </h2>
            <div className="row">
              <Link className="button" to={`/archive/labels?cabinets=${c.id}`}>
                {t('archiveUi.storage.cabinetLabel')}
              </Link>
              {canWrite ? (
                <>
                  <button type="button" onClick={() => setEditing({ kind: 'cabinet', cabinet: c })}>
                    {t('archiveUi.storage.edit')}
                  </button>
                  <button type="button" onClick={() => setEditing({ kind: 'box', cabinet: c })}>
                    {t('archiveUi.storage.addBox')}
                  </button>
                </>
              ) : null}
            </div>
          </div>
          <p>
            {t('archiveUi.storage.ranges')}：<span className="archive-mono" data-testid="archive-range">{c.rangeText || t('archiveUi.storage.empty')}</span>
          </p>
          <table className="data-table archive-boxes">
            <tbody>
              {c.boxes.map((b) => (
                <tr key={b.id} data-testid="archive-box">
                  <td className="archive-mono nowrap">{b.code}</td>
                  <td>
                    {b.label} {b.active ? '' : t('archiveUi.storage.retired')}
                  </td>
                  <td className="nowrap">{t('archiveUi.storage.documents', { count: b.documents })}</td>
                  <td className="nowrap">
                    <Link className="button" to={`/archive/labels?boxes=${b.id}`}>
                      {t('archiveUi.storage.boxLabel')}
                    </Link>
                    {canWrite ? (
                      <button type="button" onClick={() => setEditing({ kind: 'box', cabinet: c, box: b })}>
                        {t('archiveUi.storage.edit')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {editing?.kind === 'cabinet' ? <CabinetDialog cabinet={editing.cabinet} onClose={() => setEditing(null)} onDone={done} /> : null}
      {editing?.kind === 'box' ? <BoxDialog cabinet={editing.cabinet} box={editing.box} onClose={() => setEditing(null)} onDone={done} /> : null}
    </div>
  );
}
