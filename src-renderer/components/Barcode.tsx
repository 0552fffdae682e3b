import { useMemo } from 'react';
import { toSVG } from 'bwip-js/browser';

interface Props {
  /** What a keyboard-wedge scanner will type back: a visit, pass, slip or parcel number. */
  text: string;
  kind?: 'code128' | 'qrcode';
  /** Bar height in millimetres (code128). */
  height?: number;
  className?: string;
}

/** Only characters every scanner types back unchanged; anything else is not drawn. */
const SCANNABLE = /^[A-Za-z0-9-]{1,40}$/;

/**
 * A barcode as inline SVG (crisp at any print resolution, no canvas, allowed by the CSP). bwip-js draws the human
 * readable text as paths, so no markup from `text` reaches the page; the pattern check keeps it scannable.
 */
export function Barcode({ text, kind = 'code128', height = 10, className }: Props) {
  const svg = useMemo(() => {
    if (!SCANNABLE.test(text)) return null;
    return kind === 'qrcode'
      ? toSVG({ bcid: 'qrcode', text })
      : toSVG({ bcid: 'code128', text, height, includetext: true, textxalign: 'center', textsize: 9, textyoffset: 2 });
  }, [text, kind, height]);
  if (!svg) return null;
  return <span className={`barcode ${className ?? ''}`} role="img" aria-label={text} data-barcode={text} dangerouslySetInnerHTML={{ __html: svg }} />;
}
