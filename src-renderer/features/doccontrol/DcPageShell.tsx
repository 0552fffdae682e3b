import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Field';
import { DcNav } from './DcNav';
import './doccontrol.css';

/** The document-control screens, each with its `doccontrolUi.<section>` title, intro and table columns. */
export type DcSection = 'printing' | 'distribution' | 'copies' | 'reissues' | 'voids' | 'retention';

/**
 * What every document-control screen opens with, so the forms read alike as the office moves between them: the
 * title, the tabs, the form's purpose from 000 篇5, and the outcome of the last action (`notice`, a status line).
 */
export function DcPageShell({ section, notice = null, children }: { section: DcSection; notice?: string | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t(`doccontrolUi.${section}.title`)}</h1>
      </div>
      <DcNav />
      <p className="muted">{t(`doccontrolUi.${section}.intro`)}</p>
      <Notice message={notice} />
      {children}
    </div>
  );
}
