import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_ITEMS, type HandoverItem, type HandoverRow } from '../../../src-shared/modules/handover';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

type Counts = Record<HandoverItem, { counted: string; note: string }>;

const FIELDS = ['incoming.username', 'incoming.password', ...HANDOVER_ITEMS.flatMap((i) => [`counts.${i}.counted`, `counts.${i}.note`])];

/** The incoming receptionist counts what she takes over and confirms with her own credential, typed on the spot. */
export function ConfirmDialog({ handover, onDone, onClose }: { handover: HandoverRow; onDone(h: HandoverRow): void; onClose(): void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [counts, setCounts] = useState<Counts>(
    () => Object.fromEntries(handover.figures.map((f) => [f.item, { counted: String(f.reported), note: '' }])) as Counts,
  );
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);
  const put = (item: HandoverItem, patch: Partial<Counts[HandoverItem]>) => setCounts((c) => ({ ...c, [item]: { ...c[item], ...patch } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      const number = (item: HandoverItem) => ({ counted: Number(counts[item].counted || 0), note: counts[item].note.trim() });
      const done = await invoke('handover.confirm', {
        id: handover.id,
        incoming: { username: username.trim(), password },
        counts: { keys_out: number('keys_out'), parcels_held: number('parcels_held'), visitors_on_site: number('visitors_on_site'), found_items: number('found_items') },
      });
      onDone(done);
    } catch (error) {
      setPassword('');
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('handoverUi.confirm.title', { no: handover.handoverNo })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('handoverUi.confirm.hint')}</p>
        <ErrorBanner message={errors.general} />
        {handover.figures.map((f) => {
          const differs = counts[f.item].counted !== '' && Number(counts[f.item].counted) !== f.reported;
          return (
            <div key={f.item} className="handover-count-row">
              <Field label={`${t(`handoverUi.items.${f.item}`)}（${t('handoverUi.col.reported')} ${f.reported}）`} error={errors.fields[`counts.${f.item}.counted`]}>
                <input type="number" min={0} value={counts[f.item].counted} onChange={(e) => put(f.item, { counted: e.target.value })} />
              </Field>
              {differs || errors.fields[`counts.${f.item}.note`] ? (
                <Field label={`${t(`handoverUi.items.${f.item}`)} ${t('handoverUi.col.note')}`} error={errors.fields[`counts.${f.item}.note`]}>
                  <input value={counts[f.item].note} onChange={(e) => put(f.item, { note: e.target.value })} autoComplete="off" />
                </Field>
              ) : null}
            </div>
          );
        })}
        <Field label={t('handoverUi.confirm.username')} error={errors.fields['incoming.username']}>
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </Field>
        <Field label={t('handoverUi.confirm.password')} error={errors.fields['incoming.password']}>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
        </Field>
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('handoverUi.confirm.submit')} />
      </form>
    </Dialog>
  );
}
