import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcDocRow } from '../../../src-shared/modules/doccontrol';
import { ErrorBanner } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import type { DcSection } from './DcPageShell';

/**
 * A register's rows as the screens list them: the load error above, the headers from `doccontrolUi.<section>.col`,
 * and one "none yet" line while the list is empty. The rows themselves differ per form, so the page renders them.
 */
export function DcTable<Row>({ section, columns, rows, error, children }: { section: DcSection; columns: readonly string[]; rows: readonly Row[]; error: string | null; children(row: Row): ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorBanner message={error} />
      <ListTable className="data-table" columns={columns.map((c) => t(`doccontrolUi.${section}.col.${c}`))} empty={t('doccontrolUi.none')} rows={rows}>
        {children}
      </ListTable>
    </>
  );
}

/** A document as every register names it: 《title》 and number, with the version where the form records it. */
export function DocName({ doc, withVersion = false }: { doc: DcDocRow; withVersion?: boolean }) {
  return (
    <>
      《{doc.title}》 {doc.docNo}
      {withVersion ? ` ${doc.version}` : null}
    </>
  );
}

/** Opens the approve / refuse dialog on a pending row, for whoever holds the decide right. */
export function DecideButton({ show, onClick }: { show: boolean; onClick(): void }) {
  const { t } = useTranslation();
  return show ? (
    <button type="button" className="primary" onClick={onClick}>
      {t('doccontrolUi.decide.approve')} / {t('doccontrolUi.decide.reject')}
    </button>
  ) : null;
}
