import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlipPrint } from '../../../src-shared/modules/releases';
import { Barcode } from '../../components/Barcode';

interface Props {
  slip: SlipPrint;
  voided: boolean;
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'release-fact release-fact-wide' : 'release-fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const by = (at: string, name: string, t: (k: string, o?: Record<string, unknown>) => string) => (at ? t('releasesUi.slip.by', { at, name }) : '');

/** One A4 sheet: the slip the carrier takes to the gate, a cut line, and the stub the desk keeps. */
export function SlipSheet({ slip, voided }: Props) {
  const { t } = useTranslation();
  const stamp = voided ? (
    <div className="release-stamp" aria-hidden="true">
      {t('releasesUi.slip.stamp')}
    </div>
  ) : null;
  return (
    <article className="doc-sheet release-sheet" aria-label={slip.title}>
      <section className="release-part">
        {stamp}
        <header className="release-head">
          <div>
            <div className="release-org">{slip.orgName}</div>
            <h2 className="release-title">{slip.title}</h2>
          </div>
          <div className="release-code">
            <Barcode text={slip.number} height={11} />
          </div>
        </header>
        <dl className="release-facts">
          <Fact label={t('releasesUi.slip.number')}>
            <strong>{slip.number}</strong>
          </Fact>
          <Fact label={t('releasesUi.slip.status')}>
            <span className={voided ? 'release-status-voided' : undefined}>{slip.statusLabel}</span>
          </Fact>
          <Fact label={t('releasesUi.slip.unit')}>{slip.unitLabel}</Fact>
          <Fact label={t('releasesUi.slip.requester')}>{slip.requesterLabel}</Fact>
          <Fact label={t('releasesUi.slip.consent')} wide>
            {slip.consentLabel}
          </Fact>
          <Fact label={t('releasesUi.slip.carrier')}>{slip.carrierName}</Fact>
          <Fact label={t('releasesUi.slip.idNumber')}>{slip.carrierIdMasked}</Fact>
          <Fact label={t('releasesUi.slip.phone')}>{slip.carrierPhone}</Fact>
          <Fact label={t('releasesUi.slip.plate')}>{slip.vehiclePlate}</Fact>
          <Fact label={t('releasesUi.slip.remarks')} wide>
            {slip.remarks}
          </Fact>
          <Fact label={t('releasesUi.slip.issued')}>{by(slip.issuedAt, slip.issuedByName, t)}</Fact>
          <Fact label={t('releasesUi.slip.released')}>{by(slip.releasedAt, slip.releasedByName, t)}</Fact>
        </dl>
        <table className="release-items">
          <thead>
            <tr>
              <th className="release-col-no">{t('releasesUi.slip.no')}</th>
              <th>{t('releasesUi.slip.item')}</th>
              <th className="release-col-qty">{t('releasesUi.slip.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {slip.items.map((item) => (
              <tr key={item.no}>
                <td className="release-col-no">{item.no}</td>
                <td>{item.name}</td>
                <td className="release-col-qty">{item.quantity}</td>
              </tr>
            ))}
            <tr>
              {/* Closes the list on paper so nothing can be written in below it. */}
              <td colSpan={3} className="release-items-end">
                {t('releasesUi.slip.endOfItems')}
              </td>
            </tr>
          </tbody>
        </table>
        <div className="release-signatures">
          {slip.signatures.map((s) => (
            <div key={s} className="release-sign">
              <div className="release-sign-label">{s}</div>
              <div className="release-sign-space" />
            </div>
          ))}
        </div>
        <p className="release-gate-note">{t('releasesUi.slip.gateNote')}</p>
      </section>
      <div className="release-cut">
        <span>✂ {t('releasesUi.slip.cut')}</span>
      </div>
      <section className="release-part release-stub" aria-label={slip.stubTitle}>
        {stamp}
        <header className="release-head">
          <div>
            <div className="release-org">{slip.orgName}</div>
            <h3 className="release-stub-title">
              {slip.title} · {slip.stubTitle}
            </h3>
          </div>
          <strong className="release-stub-number">{slip.stub.number}</strong>
        </header>
        <dl className="release-facts">
          <Fact label={t('releasesUi.slip.unit')}>{slip.stub.unitLabel}</Fact>
          <Fact label={t('releasesUi.slip.requester')}>{slip.stub.requesterName}</Fact>
          <Fact label={t('releasesUi.slip.items')} wide>
            {slip.stub.itemSummary}
          </Fact>
          <Fact label={t('releasesUi.slip.carrier')}>{slip.stub.carrierName}</Fact>
          <Fact label={t('releasesUi.slip.plate')}>{slip.stub.vehiclePlate}</Fact>
          <Fact label={t('releasesUi.slip.issued')} wide>
            {by(slip.stub.issuedAt, slip.stub.issuedByName, t)}
          </Fact>
        </dl>
      </section>
    </article>
  );
}
