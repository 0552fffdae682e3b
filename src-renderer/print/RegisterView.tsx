import { useTranslation } from 'react-i18next';
import { isImageCell, type RegisterData } from '../../src-shared/modules/registers';
import './register.css';

/**
 * A register as A4 print HTML. The title block and the column headers sit in <thead>, which Chromium repeats on
 * every printed page; page numbers come from the @page margin box in register.css.
 */
export function RegisterView({ data }: { data: RegisterData }) {
  const { t } = useTranslation();
  const total = data.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  return (
    <div className={data.orientation === 'landscape' ? 'register register-landscape' : 'register'}>
      <table className="register-table">
        <colgroup>
          {data.columns.map((c) => (
            <col key={c.key} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr className="register-titlerow">
            <th colSpan={data.columns.length}>
              {data.orgName || data.orgLogo ? (
                <div className="register-org">
                  {data.orgLogo && isImageCell(data.orgLogo) ? <img className="register-logo" src={data.orgLogo} alt="" /> : null}
                  {data.orgName}
                </div>
              ) : null}
              <div className="register-title">{data.title}</div>
              <div className="register-meta">
                {data.formNo ? <span>{t('print.formNo', { no: data.formNo })}</span> : null}
                <span>{data.periodLabel}</span>
                <span>{t('print.printedAt', { at: data.generatedAt })}</span>
              </div>
            </th>
          </tr>
          <tr className="register-colrow">
            {data.columns.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 ? (
            <tr>
              <td colSpan={data.columns.length} className="register-empty">
                {t('print.empty')}
              </td>
            </tr>
          ) : (
            data.rows.map((row, i) => (
              <tr key={i}>
                {data.columns.map((c) => (
                  <td key={c.key}>{isImageCell(row[c.key] ?? '') ? <img className="register-image" src={row[c.key]} alt={c.label} /> : (row[c.key] ?? '')}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {data.signatures.length > 0 ? (
          // Inside the table, so that when the signature lines fall on a page of their own the title and header repeat there too.
          <tbody>
            <tr className="register-signrow">
              <td colSpan={data.columns.length}>
                <div className="register-signatures">
                  {data.signatures.map((s) => (
                    <div key={s} className="register-sign">
                      <span>{t('app.labelled', { label: s })}</span>
                      <span className="register-line" />
                      <span>{t('app.labelled', { label: t('print.date') })}</span>
                      <span className="register-line" />
                    </div>
                  ))}
                </div>
              </td>
            </tr>
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
