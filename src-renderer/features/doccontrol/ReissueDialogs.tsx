import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcCopyRow, DcReissueRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

/** The application (000 §5.7.2): damaged or lost, what happened, who applies. */
export function ApplyDialog({ copy, onClose, onDone }: { copy: DcCopyRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'damaged' | 'lost'>('damaged');
  const [explanation, setExplanation] = useState('');
  const [applicant, setApplicant] = useState(copy.holderName);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['kind', 'explanation', 'applicantName']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      await invoke('doccontrol.reissues.create', { copyId: copy.id, kind, explanation: explanation.trim(), applicantName: applicant.trim() });
      onDone();
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('doccontrolUi.reissues.applyTitle', { copyNo: copy.copyNo })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('doccontrolUi.reissues.kind')} error={errors.fields.kind}>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as 'damaged' | 'lost')}>
            <option value="damaged">{t('doccontrolUi.reissues.kinds.damaged')}</option>
            <option value="lost">{t('doccontrolUi.reissues.kinds.lost')}</option>
          </select>
        </Field>
        <Field label={t('doccontrolUi.reissues.explanation')} error={errors.fields.explanation}>
          <input name="explanation" value={explanation} onChange={(e) => setExplanation(e.target.value)} />
        </Field>
        <Field label={t('doccontrolUi.reissues.applicant')} error={errors.fields.applicantName}>
          <input name="applicantName" value={applicant} onChange={(e) => setApplicant(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('doccontrolUi.reissues.submit')} />
      </form>
    </Dialog>
  );
}

/** Hands out the approved new copy; the receiver signs. */
export function IssueDialog({ reissue, onClose, onDone }: { reissue: DcReissueRow; onClose(): void; onDone(row: DcReissueRow): void }) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['signature']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      onDone(await invoke('doccontrol.reissues.issue', { id: reissue.id, signature: signature ?? '' }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };
  const what = reissue.kind === 'damaged' ? t('doccontrolUi.reissues.takenBack') : t('doccontrolUi.reissues.recordedLost');
  return (
    <Dialog title={t('doccontrolUi.reissues.issueTitle', { title: `《${reissue.document.title}》`, copyNo: reissue.copyNo })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <p>{t('doccontrolUi.reissues.issueIntro', { what })}</p>
        <SignaturePad label={t('doccontrolUi.reissues.signature')} placeholder={t('doccontrolUi.distribution.signHere')} clearLabel={t('doccontrolUi.distribution.clear')} onChange={setSignature} error={errors.fields.signature} />
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('doccontrolUi.reissues.submitIssue')} />
      </form>
    </Dialog>
  );
}
