import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES } from '../../../src-shared/modules/passes';
import type { Photo } from '../passes/PhotoField';

interface Props {
  photo: Photo | null;
  error?: string;
  onChange(photo: Photo | null): void;
  onReject(message: string): void;
}

const TYPES = ['image/png', 'image/jpeg'];
/** A found item is photographed to be recognised, not archived: 1024 px is plenty and stays far under the limit. */
const MAX_SIDE = 1024;

const photoOf = (dataUrl: string): Photo => ({ dataUrl, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
const bytesOf = (dataUrl: string): number => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** The current video frame as a JPEG, scaled down and re-encoded at lower quality until it fits main's limit. */
function grab(video: HTMLVideoElement): string | null {
  const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
  canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.85, 0.7, 0.5, 0.35]) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (bytesOf(url) <= PHOTO_MAX_BYTES) return url;
  }
  return null;
}

/**
 * The item's photo, from a file or from the camera where the machine has one (getUserMedia). The type and size are
 * checked here so the desk hears at once; main checks the magic bytes and the size again.
 */
export function PhotoCapture({ photo, error, onChange, onReject }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const canCamera = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

  // The camera is released whenever the stream is replaced or the dialog closes.
  useEffect(() => {
    if (stream && video.current) {
      video.current.srcObject = stream;
      void video.current.play().catch(() => undefined);
    }
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, [stream]);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const reject = (message: string) => {
      if (fileInput.current) fileInput.current.value = '';
      onChange(null);
      onReject(message);
    };
    if (!TYPES.includes(file.type)) return reject(t('lostfoundUi.photo.type'));
    if (file.size > PHOTO_MAX_BYTES) return reject(t('lostfoundUi.photo.size'));
    try {
      onChange(photoOf(await readDataUrl(file)));
    } catch {
      reject(t('lostfoundUi.photo.unreadable'));
    }
  };

  const openCamera = async () => {
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }));
    } catch {
      onReject(t('lostfoundUi.photo.noCamera'));
    }
  };

  const take = () => {
    const url = video.current ? grab(video.current) : null;
    setStream(null);
    if (url) onChange(photoOf(url));
    else onReject(t('lostfoundUi.photo.size'));
  };

  const remove = () => {
    if (fileInput.current) fileInput.current.value = '';
    onChange(null);
  };

  return (
    <div className="lf-photo">
      <div className="lf-photo-preview">
        {stream ? (
          <video ref={video} muted playsInline aria-label={t('lostfoundUi.photo.camera')} />
        ) : photo ? (
          <img src={photo.dataUrl} alt={t('lostfoundUi.photo.alt')} />
        ) : (
          <span className="muted">{t('lostfoundUi.photo.none')}</span>
        )}
      </div>
      <div className="lf-photo-actions">
        <span className="field-label">{t('lostfoundUi.photo.label')}</span>
        <label className="button">
          {t('lostfoundUi.photo.file')}
          <input ref={fileInput} name="photo" type="file" accept="image/png,image/jpeg" hidden onChange={(e) => void pick(e)} />
        </label>
        {canCamera && !stream ? (
          <button type="button" onClick={() => void openCamera()}>
            {t('lostfoundUi.photo.camera')}
          </button>
        ) : null}
        {stream ? (
          <span className="row">
            <button type="button" className="primary" onClick={take}>
              {t('lostfoundUi.photo.take')}
            </button>
            <button type="button" onClick={() => setStream(null)}>
              {t('lostfoundUi.photo.stop')}
            </button>
          </span>
        ) : null}
        {photo && !stream ? (
          <button type="button" className="link" onClick={remove}>
            {t('lostfoundUi.photo.remove')}
          </button>
        ) : null}
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  );
}
