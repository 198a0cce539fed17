import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import SignaturePad from 'signature_pad';

export interface SignatureHandle {
  clear(): void;
  isEmpty(): boolean;
  /** The drawing as a PNG data URL (white background, so it prints as drawn). */
  toPng(): string;
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
      toPng: () => padRef.current?.toDataURL('image/png') ?? '',
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
