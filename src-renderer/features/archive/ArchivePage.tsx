import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_CATEGORY_CODES, ARCHIVE_LEVELS, type ArchiveCategory, type ArchiveDocumentRow, type ArchiveLevel } from '../../../src-shared/modules/archive';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { previewLink } from '../registers/previewLink';
import { DocumentDetailDialog } from './DocumentDetailDialog';
import { DocumentDialog } from './DocumentDialog';
import { DocumentTable } from './DocumentTable';
import { useArchiveSetup } from './useArchiveSetup';
import './archive.css';

interface Query {
  q: string;
  category: ArchiveCategory | '';
  level: ArchiveLevel | '';
  departmentId: string;
}

/**
 * 存档备案资料目录 (000 §5.4.3): the archive searched by title, numbers, drawing number, index number (typed or
 * scanned, also cabinet and box labels), category, level and department; filing and the detail open from here.
 */
export function ArchivePage() {
  const { t } = useTranslation();
  const canWrite = useCan('archive.documents.create');
  const { departments } = useArchiveSetup();
  const [query, setQuery] = useState<Query>({ q: '', category: '', level: '', departmentId: '' });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const fetchPage = useCallback(
    (q: Query, before: number | undefined, signal: AbortSignal) =>
      invoke('archive.documents.search', {
        q: q.q,
        ...(q.category ? { category: q.category } : {}),
        ...(q.level ? { level: q.level } : {}),
        ...(q.departmentId ? { departmentId: Number(q.departmentId) } : {}),
        limit: 50,
        ...(before ? { before } : {}),
      }, { signal }),
    [],
  );
  const list = usePagedSearch<Query, ArchiveDocumentRow>(fetchPage);
  const { run } = list;
  useEffect(() => run(query), [run, query, round]);
  const set = (patch: Partial<Query>) => setQuery((q) => ({ ...q, ...patch }));

  return (
    <div className="page archive-page">
      <div className="page-head">
        <h1>{t('archiveUi.title')}</h1>
        <div className="row">
          <Link className="button" to="/archive/storage">
            {t('archiveUi.list.storage')}
          </Link>
          <Link className="button" to={previewLink('archive.catalogue', query.category ? { category: query.category } : {})}>
            {t('archiveUi.list.catalogue')}
          </Link>
          {canWrite ? (
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('archiveUi.list.create')}
            </button>
          ) : null}
        </div>
      </div>
      <Notice message={notice} />
      <div className="archive-filters">
        <SearchBox className="archive-search" value={query.q} placeholder={t('archiveUi.list.searchPlaceholder')} onChange={(q) => set({ q })} onEnter={(q) => run({ ...query, q }, true)} />
        <Field label={t('archiveUi.list.category')}>
          <select name="category" value={query.category} onChange={(e) => set({ category: e.target.value as ArchiveCategory | '' })}>
            <option value="">{t('archiveUi.list.anyCategory')}</option>
            {ARCHIVE_CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>{t(`archiveUi.categories.${c}`)}</option>
            ))}
          </select>
        </Field>
        <Field label={t('archiveUi.list.level')}>
          <select name="level" value={query.level} onChange={(e) => set({ level: e.target.value as ArchiveLevel | '' })}>
            <option value="">{t('archiveUi.list.anyLevel')}</option>
            {ARCHIVE_LEVELS.map((l) => (
              <option key={l} value={l}>{t(`archiveUi.levelShort.${l}`)}</option>
            ))}
          </select>
        </Field>
        <Field label={t('archiveUi.list.department')}>
          <select name="departmentId" value={query.departmentId} onChange={(e) => set({ departmentId: e.target.value })}>
            <option value="">{t('archiveUi.list.anyDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorBanner message={list.error} />
      <DocumentTable rows={list.rows} onOpen={setOpenId} />
      <TableFoot countLabel={t('archiveUi.list.shown', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      {creating ? (
        <DocumentDialog
          onClose={() => setCreating(false)}
          onDone={(doc) => {
            setCreating(false);
            setNotice(t('archiveUi.list.saved', { index: doc.indexNo, title: doc.title }));
            setRound((n) => n + 1);
            setOpenId(doc.id);
          }}
        />
      ) : null}
      {openId !== null ? <DocumentDetailDialog id={openId} onClose={() => setOpenId(null)} onChanged={() => setRound((n) => n + 1)} /> : null}
    </div>
  );
}
