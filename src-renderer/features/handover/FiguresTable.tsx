import { useTranslation } from 'react-i18next';
import type { HandoverFigure } from '../../../src-shared/modules/handover';

/** The report's figures; once counted, the incoming receptionist's numbers and notes beside them. */
export function FiguresTable({ figures, label }: { figures: HandoverFigure[]; label: string }) {
  const { t } = useTranslation();
  const counted = figures.some((f) => f.counted !== null);
  return (
    <table className="table handover-figures" aria-label={label}>
      <thead>
        <tr>
          <th>{t('handoverUi.col.item')}</th>
          <th>{t('handoverUi.col.reported')}</th>
          <th>{t('handoverUi.col.detail')}</th>
          {counted ? <th>{t('handoverUi.col.counted')}</th> : null}
          {counted ? <th>{t('handoverUi.col.note')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.item} className={f.counted !== null && f.counted !== f.reported ? 'handover-diff' : undefined}>
            <td>{t(`handoverUi.items.${f.item}`)}</td>
            <td data-testid={`reported-${f.item}`}>{f.reported}</td>
            <td>
              {f.lines.length ? (
                <ul className="handover-lines">
                  {f.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            {counted ? <td>{f.counted ?? ''}</td> : null}
            {counted ? <td>{f.note}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
