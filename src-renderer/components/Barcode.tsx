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
 * A barcode as inline SVG (crisp at any print resolution, no canvas, allowed by the CSP), with the number printed
 * under it as text: bwip-js's browser build draws its own digits over the foot of the bars. No markup from `text`
 * reaches the SVG (bars only) and the pattern check keeps it scannable.
 */
export function Barcode({ text, kind = 'code128', height = 10, className }: Props) {
  const svg = useMemo(() => {
    if (!SCANNABLE.test(text)) return null;
    return kind === 'qrcode' ? toSVG({ bcid: 'qrcode', text }) : toSVG({ bcid: 'code128', text, height });
  }, [text, kind, height]);
  if (!svg) return null;
  return (
    <span className={`barcode ${className ?? ''}`} role="img" aria-label={text} data-barcode={text}>
      <span className="barcode-bars" dangerouslySetInnerHTML={{ __html: svg }} />
      {kind === 'code128' ? <span className="barcode-text">{text}</span> : null}
    </span>
  );
}
