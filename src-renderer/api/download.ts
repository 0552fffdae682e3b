import type { ExportedFile } from '../../src-shared/modules/registers';

/** Saves a file returned by main through the browser's own download (Blob + <a download>). */
export function downloadFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as base64 (without the data: URL prefix) for the import channels. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
