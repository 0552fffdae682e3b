import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BatchDesk } from './BatchDesk';
import { BatchOpenForm } from './BatchOpenForm';
import { BatchOpenList } from './BatchOpenList';
import { SignInSingle } from './SignInSingle';
import './mail-signin.css';

/**
 * Parcel sign-in. The batch being scanned lives in the address (`?batch=12`, `?single=1`), so printing a label and
 * going back lands in the same batch with its list.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const batchId = Number(params.get('batch'));
  const single = params.get('single') === '1';
  const home = () => setParams({});

  let body;
  if (Number.isInteger(batchId) && batchId > 0) body = <BatchDesk key={batchId} id={batchId} onLeave={home} />;
  else if (single) body = <SignInSingle onBack={home} />;
  else {
    body = (
      <div className="mail-signin-start">
        <div className="mail-signin-start-side">
          <BatchOpenForm onOpened={(b) => setParams({ batch: String(b.id) })} />
          <div className="mail-signin-panel">
            <button type="button" onClick={() => setParams({ single: '1' })}>
              {t('mailUi.signIn.open.single')}
            </button>
            <p className="field-hint">{t('mailUi.signIn.open.singleHint')}</p>
          </div>
        </div>
        <BatchOpenList />
      </div>
    );
  }

  return (
    <div className="page mail-signin-page">
      <div className="page-head">
        <h1>{t('mailUi.signIn.title')}</h1>
      </div>
      {body}
    </div>
  );
}
