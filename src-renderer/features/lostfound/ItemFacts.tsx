import { useTranslation } from 'react-i18next';
import type { LfItemRow } from '../../../src-shared/modules/lostfound';
import { formatTime } from '../../components/time';

const yuan = (fen: number | null): string => (fen === null ? '' : `¥${(fen / 100).toFixed(2)}`);

/** What the desk recorded about an item, and how it left custody once it has. */
export function ItemFacts({ item }: { item: LfItemRow }) {
  const { t } = useTranslation();
  const line = (label: string, value: string | null | undefined) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  const h = item.handover;
  const left =
    item.status === 'claimed'
      ? `${formatTime(item.closedAt)} ${item.claimantName ?? ''}`
      : h
        ? `${formatTime(item.closedAt)} ${[h.receiverUnit, h.receiverName].filter(Boolean).join(' ')}${h.note ? `（${h.note}）` : ''}`
        : null;
  const d = item.decision;
  return (
    <dl className="lf-facts" data-testid="lf-facts">
      {line(t('lostfoundUi.detail.status'), t(`lostfoundUi.status.${item.status}`))}
      {line(t('lostfoundUi.detail.category'), t(`lostfoundUi.categories.${item.category}`))}
      {line(t('lostfoundUi.detail.quantity'), String(item.quantity))}
      {line(t('lostfoundUi.detail.features'), item.features)}
      {line(t('lostfoundUi.detail.found'), `${formatTime(item.foundAt)} ${item.foundPlace}`)}
      {line(t('lostfoundUi.detail.finder'), `${t(`lostfoundUi.intake.${item.finderKind}`)} ${item.finderName} ${item.finderPhone}`)}
      {line(t('lostfoundUi.detail.value'), [yuan(item.declaredValueFen), yuan(item.cashAmountFen)].filter(Boolean).join(' / '))}
      {line(t('lostfoundUi.detail.counted'), item.countedBy ? `${item.countedBy} ${formatTime(item.countedAt)}` : null)}
      {line(t('lostfoundUi.detail.place'), item.placeName)}
      {line(t('lostfoundUi.detail.expires'), formatTime(item.expiresAt))}
      {line(t('lostfoundUi.detail.policeDue'), item.policeDueAt ? formatTime(item.policeDueAt) : null)}
      {line(t('lostfoundUi.detail.registered'), `${formatTime(item.registeredAt)} ${item.registeredBy}`)}
      {line(t('lostfoundUi.detail.remarks'), item.remarks)}
      {line(t('lostfoundUi.detail.decision'), d ? `${t(`lostfoundUi.methods.${d.method}`)}：${d.note}（${d.decidedBy} ${formatTime(d.decidedAt)}）` : null)}
      {line(t('lostfoundUi.detail.left'), left)}
    </dl>
  );
}
