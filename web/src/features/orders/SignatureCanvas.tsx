import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import SignaturePad from 'signature_pad';

export interface SignatureHandle {
  clear(): void;
  isEmpty(): boolean;
  /** The drawing as a PNG data URL (white background, so it prints as drawn). */
  toPng(): string;
}

/** Room left around the strokes, in CSS pixels (wider than the thickest line). */
const MARGIN = 12;

/**
 * The strokes cut out of the pad with a small margin, on white: a signature drawn in a corner of a
 * phone-sized pad prints and shows at a readable size, and the upload stays small.
 */
function trimmedPng(pad: SignaturePad, canvas: HTMLCanvasElement): string {
  const points = pad.toData().flatMap((g) => g.points);
  if (!points.length) return pad.toDataURL('image/png');
  const ratio = canvas.width / Math.max(canvas.offsetWidth, 1);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const left = Math.max(0, Math.min(...xs) - MARGIN);
  const top = Math.max(0, Math.min(...ys) - MARGIN);
  const width = Math.min(canvas.offsetWidth, Math.max(...xs) + MARGIN) - left;
  const height = Math.min(canvas.offsetHeight, Math.max(...ys) + MARGIN) - top;
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width * ratio));
  out.height = Math.max(1, Math.round(height * ratio));
  const ctx = out.getContext('2d');
  if (!ctx) return pad.toDataURL('image/png');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, left * ratio, top * ratio, width * ratio, height * ratio, 0, 0, out.width, out.height);
  return out.toDataURL('image/png');
}

interface Props {
  ref: Ref<SignatureHandle>;
  /** Names the drawing area for screen readers. */
  label: string;
  hint: string;
  onChange(empty: boolean): void;
}

/**
 * A drawing surface for a signature (signature_pad): mouse, pen or finger. The canvas is sized to
 * its box in device pixels, and keeps the strokes when the phone turns or the window resizes.
 */
export function SignatureCanvas({ ref, label, hint, onChange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: '#111', minWidth: 1, maxWidth: 3 });
    padRef.current = pad;
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const data = pad.toData();
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      if (data.length) pad.fromData(data);
    };
    resize();
    const ended = () => onChangeRef.current(pad.isEmpty());
    pad.addEventListener('endStroke', ended);
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', ended);
      pad.off();
      padRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      clear: () => {
        padRef.current?.clear();
        onChangeRef.current(true);
      },
      isEmpty: () => padRef.current?.isEmpty() ?? true,
      toPng: () => (padRef.current && canvasRef.current ? trimmedPng(padRef.current, canvasRef.current) : ''),
    }),
    [],
  );

  return (
    <div className="signature-box">
      <canvas ref={canvasRef} role="img" aria-label={label} className="signature-canvas" />
      <div className="signature-hint" aria-hidden>
        {hint}
      </div>
    </div>
  );
}
