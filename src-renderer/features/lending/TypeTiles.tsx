import { useTranslation } from 'react-i18next';
import type { LendingTypeRow } from '../../../src-shared/modules/lending';

interface Props {
  types: LendingTypeRow[];
  selected: number | null;
  onSelect(type: LendingTypeRow): void;
}

/** One big tile per item type with what is left, so the stock is read before anyone asks. */
export function TypeTiles({ types, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <div className="lend-tiles" role="group" aria-label={t('lendingUi.lend.chooseType')}>
      {types
        .filter((ty) => ty.active)
        .map((ty) => (
          <button
            key={ty.id}
            type="button"
            aria-pressed={ty.id === selected}
            className={['lend-tile', ty.id === selected ? 'lend-tile-on' : '', ty.available === 0 ? 'lend-tile-empty' : ''].join(' ')}
            onClick={() => onSelect(ty)}
          >
            <span className="lend-tile-name">{ty.name}</span>
            <span className="lend-tile-stock">{t('lendingUi.lend.stock', { available: ty.available, count: ty.count })}</span>
            {ty.needsId ? <span className="lend-tile-flag">{t('lendingUi.lend.needsId')}</span> : null}
          </button>
        ))}
    </div>
  );
}
