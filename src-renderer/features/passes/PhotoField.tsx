import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES } from '../../../src-shared/modules/passes';
import { Field } from '../../components/Field';

export interface Photo {
  /** For the preview only. */
  dataUrl: string;
  /** What main takes: the bytes as base64, without the `data:` prefix. */
  base64: string;
}

interface Props {
  photo: Photo | null;
  error?: string;
  onChange(photo: Photo | null): void;
  onReject(message: string): void;
}

const TYPES = ['image/png', 'image/jpeg'];

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * The holder's photo from a file. The type and size are checked here so the desk hears at once, but main checks the
 * magic bytes and the size again: a renamed file passes this check and is refused there.
 */
export function PhotoField({ photo, error, onChange, onReject }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  const reject = (message: string) => {
    if (input.current) input.current.value = '';
    onChange(null);
    onReject(message);
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (!TYPES.includes(file.type)) return reject(t('passesUi.form.photoType'));
    if (file.size > PHOTO_MAX_BYTES) return reject(t('passesUi.form.photoSize'));
    try {
      const dataUrl = await readDataUrl(file);
      onChange({ dataUrl, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
    } catch {
      reject(t('passesUi.form.photoUnreadable'));
    }
  };

  const remove = () => {
    if (input.current) input.current.value = '';
    onChange(null);
  };

  return (
    <div className="pass-photo-field">
      <div className="pass-photo-preview">
        {photo ? <img src={photo.dataUrl} alt={t('passesUi.form.photoAlt')} /> : <span className="muted">{t('passesUi.card.noPhoto')}</span>}
      </div>
      <div className="pass-photo-pick">
        <Field label={t('passesUi.form.photo')} error={error}>
          <input ref={input} name="photo" type="file" accept="image/png,image/jpeg" onChange={(e) => void pick(e)} />
        </Field>
        {photo ? (
          <button type="button" className="link" onClick={remove}>
            {t('passesUi.form.removePhoto')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
