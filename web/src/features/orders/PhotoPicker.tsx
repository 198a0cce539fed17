import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageFileToDataUrl } from './image-file';

export const MAX_PHOTOS = 3;

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** How many photos at most (an after-photo is one). */
  max?: number;
}

/** Up to three photos (or `max`) taken or chosen on the device, kept as image data URLs until the form is sent. */
export function PhotoPicker({ id, value = [], onChange, max = MAX_PHOTOS }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const add = async (files: FileList | null) => {
    setError(null);
    const chosen = [...(files ?? [])].slice(0, max - value.length);
    try {
      const urls = await Promise.all(chosen.map(imageFileToDataUrl));
      onChange?.([...value, ...urls]);
    } catch {
      setError(t('errors:image.invalid'));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div>
      <input
        ref={input}
        type="file"
        accept="image/*"
        multiple
        style={{ display: 'none' }}
        aria-hidden
        tabIndex={-1}
        onChange={(e) => void add(e.target.files)}
      />
      <Button id={id} icon={<CameraOutlined aria-hidden />} disabled={value.length >= max} onClick={() => input.current?.click()}>
        {t('orders:intake.addPhoto', { count: value.length, max })}
      </Button>
      {value.length ? (
        <ul className="photo-thumbs plain-list">
          {value.map((src, i) => (
            <li key={src.slice(-32)} className="photo-thumb">
              <img src={src} alt={t('orders:intake.photoAlt', { n: i + 1 })} />
              <Button
                size="small"
                shape="circle"
                className="photo-remove"
                icon={<CloseOutlined aria-hidden />}
                aria-label={t('orders:intake.removePhoto', { n: i + 1 })}
                onClick={() => onChange?.(value.filter((_, j) => j !== i))}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <div className="text-danger small" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
