import { useCallback, useEffect, useId, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

interface Point {
  x: number;
  y: number;
}

interface Props {
  /** The pad's accessible name ("领取人签名"). */
  label: string;
  /** Shown on the empty pad ("请在此签名"). */
  placeholder: string;
  clearLabel: string;
  /** A PNG data URL of the signature, or null while the pad is (practically) empty. */
  onChange(png: string | null): void;
  error?: string;
  /** On-screen height in CSS pixels; the width follows the container. */
  height?: number;
  /** The exported PNG is scaled down until it fits, so the receiving end's limit can never be hit. */
  maxBytes?: number;
}

const LINE_WIDTH = 2.5;
/** A stray touch or a click is not a signature: this much ink (CSS pixels of stroke) at least. */
const MIN_INK = 24;
/** The export's longest side before any size fallback: sharp enough to print, a few kilobytes as PNG. */
const EXPORT_MAX_SIDE = 640;
const EXPORT_PADDING = 10;
const DEFAULT_MAX_BYTES = 96 * 1024;

const inkOf = (strokes: Point[][]): number =>
  strokes.reduce((sum, s) => sum + s.slice(1).reduce((len, p, i) => len + Math.hypot(p.x - s[i].x, p.y - s[i].y), 0), 0);

function drawStrokes(ctx: CanvasRenderingContext2D, strokes: Point[][], scale: number, dx = 0, dy = 0): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#000';
  ctx.fillStyle = '#000';
  ctx.lineWidth = LINE_WIDTH * scale;
  for (const s of strokes) {
    if (s.length === 1) {
      ctx.beginPath();
      ctx.arc((s[0].x - dx) * scale, (s[0].y - dy) * scale, (LINE_WIDTH * scale) / 2, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.beginPath();
    ctx.moveTo((s[0].x - dx) * scale, (s[0].y - dy) * scale);
    for (const p of s.slice(1)) ctx.lineTo((p.x - dx) * scale, (p.y - dy) * scale);
    ctx.stroke();
  }
}

/** Base64 characters to bytes, so the limit is checked against what the other end decodes. */
const dataUrlBytes = (url: string): number => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4);

/**
 * The ink only (cropped to the strokes, on white, so it reads on any background), scaled so its longest side is at
 * most EXPORT_MAX_SIDE, and halved again while it is over the byte limit.
 */
function exportPng(strokes: Point[][], maxBytes: number): string | null {
  const xs = strokes.flat().map((p) => p.x);
  const ys = strokes.flat().map((p) => p.y);
  const left = Math.min(...xs) - EXPORT_PADDING;
  const top = Math.min(...ys) - EXPORT_PADDING;
  const w = Math.max(...xs) + EXPORT_PADDING - left;
  const h = Math.max(...ys) + EXPORT_PADDING - top;
  let scale = Math.min(2, EXPORT_MAX_SIDE / Math.max(w, h));
  for (let tries = 0; tries < 6; tries++, scale /= 2) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    drawStrokes(ctx, strokes, scale, left, top);
    const url = canvas.toDataURL('image/png');
    if (dataUrlBytes(url) <= maxBytes) return url;
  }
  return null;
}

/**
 * A signature drawn with a finger, a pen or the mouse. Strokes are kept in CSS pixels and redrawn whenever the
 * pad's size or the screen's pixel ratio changes, so the ink stays sharp on any display and survives a resize.
 */
export function SignaturePad({ label, placeholder, clearLabel, onChange, error, height = 180, maxBytes = DEFAULT_MAX_BYTES }: Props) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Point[][]>([]);
  const drawing = useRef<number | null>(null);
  const [empty, setEmpty] = useState(true);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width * dpr));
    canvas.height = Math.max(1, Math.round(rect.height * dpr));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawStrokes(ctx, strokes.current, dpr);
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    redraw();
    const observer = new ResizeObserver(redraw);
    observer.observe(canvas);
    // Dragging the window to a screen with another pixel ratio does not resize the element.
    let media: MediaQueryList | null = null;
    const watchRatio = () => {
      media?.removeEventListener('change', onRatio);
      media = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      media.addEventListener('change', onRatio);
    };
    const onRatio = () => {
      redraw();
      watchRatio();
    };
    watchRatio();
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', onRatio);
    };
  }, [redraw]);

  const pointOf = (e: { clientX: number; clientY: number }): Point => {
    const rect = canvasRef.current?.getBoundingClientRect();
    return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
  };

  const segment = (from: Point, to: Point) => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    drawStrokes(ctx, [[from, to]], dpr);
  };

  const down = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (drawing.current !== null) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = e.pointerId;
    const p = pointOf(e);
    strokes.current.push([p]);
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawStrokes(ctx, [[p]], window.devicePixelRatio || 1);
  };

  const move = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drawing.current !== e.pointerId) return;
    const stroke = strokes.current[strokes.current.length - 1];
    // A pen reports far more points than frames; the coalesced ones keep fast curves round.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length ? events : [e.nativeEvent]) {
      const p = pointOf(ev);
      segment(stroke[stroke.length - 1], p);
      stroke.push(p);
    }
  };

  const up = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drawing.current !== e.pointerId) return;
    drawing.current = null;
    const signed = inkOf(strokes.current) >= MIN_INK;
    setEmpty(strokes.current.length === 0);
    changeRef.current(signed ? exportPng(strokes.current, maxBytes) : null);
  };

  const clear = () => {
    strokes.current = [];
    drawing.current = null;
    setEmpty(true);
    redraw();
    changeRef.current(null);
  };

  const noteId = `${id}-note`;
  return (
    <div className={error ? 'signature-pad signature-pad-invalid' : 'signature-pad'}>
      <div className="signature-pad-head">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <button type="button" className="link" onClick={clear} disabled={empty}>
          {clearLabel}
        </button>
      </div>
      <div className="signature-pad-box" style={{ position: 'relative', height }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-labelledby={`${id}-label`}
          aria-describedby={error ? noteId : undefined}
          aria-invalid={error ? true : undefined}
          className="signature-pad-canvas"
          // The browser must not scroll or zoom the page while a finger signs.
          style={{ display: 'block', width: '100%', height: '100%', touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
          onLostPointerCapture={up}
        />
        {empty ? (
          <span
            className="signature-pad-placeholder"
            aria-hidden="true"
            style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}
          >
            {placeholder}
          </span>
        ) : null}
      </div>
      {error ? (
        <span className="field-error" id={noteId} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
