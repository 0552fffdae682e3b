import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildingRow } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { Field, Notice } from '../../components/Field';

interface Props {
  onDone(): void;
}

/**
 * A pass holder (milk, newspaper, courier) scans the access pass: a keyboard-wedge scanner types the number and
 * Enter, so the box submits on Enter and is ready for the next scan. A refusal is shown big and red and the scanned
 * text stays selected, so the next scan replaces it.
 */
export function PassCheckIn({ onDone }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [number, setNumber] = useState('');
  const [buildings, setBuildings] = useState<BuildingRow[]>([]);
  const [buildingId, setBuildingId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    // Without the list the pass still works for every building it allows; the select just offers nothing.
    invoke('directory.buildings.list', {}).then(setBuildings, () => setBuildings([]));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const scanned = number.trim();
    if (!scanned || busy) return;
    setBusy(true);
    setDone(null);
    setRefusal(null);
    try {
      const visit = await invoke('visitors.checkInByPass', { number: scanned, ...(buildingId ? { buildingId } : {}) });
      setDone(t('visitorsUi.pass.done', { visitNo: visit.visitNo, name: visit.name, number: visit.passNumber ?? scanned }));
      setNumber('');
      onDone();
      input.current?.focus();
    } catch (err) {
      setRefusal(errorMessage(err));
      input.current?.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="visit-box" aria-labelledby="visit-pass-title">
      <h2 id="visit-pass-title">{t('visitorsUi.pass.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field label={t('visitorsUi.pass.number')}>
          <input
            ref={input}
            name="passNumber"
            autoComplete="off"
            spellCheck={false}
            className="visit-mono"
            placeholder={t('visitorsUi.pass.numberPlaceholder')}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Field>
        <Field label={t('visitorsUi.pass.building')}>
          <select name="passBuilding" value={buildingId ?? ''} onChange={(e) => setBuildingId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('visitorsUi.pass.anyBuilding')}</option>
            {buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" disabled={busy}>
          {t('visitorsUi.pass.submit')}
        </button>
      </form>
      {refusal ? (
        <div className="visit-refusal" role="alert">
          {refusal}
        </div>
      ) : null}
      <Notice message={done} />
    </section>
  );
}
