import { CameraOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { useToast } from '../../app/ui/toast';
import { imageFileToDataUrl } from './image-file';
import type { Order } from './order-model';
import { useOrderChanged } from './order-queries';

/** Photos of the problem or of the work; staff on the order and intake may add one. */
export function OrderPhotos({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useOrderChanged();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  if (!order.photos.length && !order.abilities.addPhoto) return null;

  const add = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const image = await imageFileToDataUrl(file).catch(() => {
        throw new Error(t('errors:image.invalid'));
      });
      changed(await unwrap(api.POST('/api/orders/{id}/photos', { params: { path: { id: order.id } }, body: { image } })));
      toast.success(t('orders:photos.added'));
    } catch (e) {
      toast.error(e instanceof Error && !('problem' in e) ? e.message : errorText(t, e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="panel" aria-labelledby="order-photos">
      <h2 id="order-photos" className="card-heading">
        {t('orders:detail.photos')}
      </h2>
      {order.photos.length ? (
        <div className="order-photos">
          {order.photos.map((p, i) => (
            <a key={p.blobId} href={`/api/orders/${order.id}/images/${p.blobId}`} target="_blank" rel="noopener">
              <img
                className="order-photo"
                src={`/api/orders/${order.id}/images/${p.blobId}`}
                alt={t('orders:photos.alt', { n: i + 1, at: format.dateTime(p.addedAt) })}
              />
            </a>
          ))}
        </div>
      ) : (
        <p className="muted">{t('orders:photos.none')}</p>
      )}
      {order.abilities.addPhoto ? (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            style={{ display: 'none' }}
            aria-hidden
            tabIndex={-1}
            onChange={(e) => void add(e.target.files?.[0])}
          />
          <Button className="photo-add" icon={<CameraOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
            {t('orders:photos.add')}
          </Button>
        </>
      ) : null}
    </section>
  );
}
