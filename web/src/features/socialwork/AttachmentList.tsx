import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { useToast } from '../../app/ui/toast';
import type { Attachment } from './initiation-queries';
import { useSocialworkChanged } from './project-queries';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'application/pdf'];

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * The files kept with a survey or an agreement (questionnaires, a signed scan): each downloads for the project's
 * readers; 上传附件 adds a PNG, JPEG or PDF of at most 5 MB when the caller may.
 */
export function AttachmentList(props: {
  projectId: string;
  ownerKind: 'survey' | 'agreement';
  ownerId: string;
  ownerName: string;
  items: Attachment[];
  canUpload: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useSocialworkChanged();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (!TYPES.includes(file.type)) return toast.error(t('errors:socialwork.attachment_type'));
    if (file.size > MAX_BYTES) return toast.error(t('errors:socialwork.attachment_too_large'));
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/socialwork/projects/{id}/attachments', {
          params: { path: { id: props.projectId } },
          body: { ownerKind: props.ownerKind, ownerId: props.ownerId, fileName: file.name, data: await readAsDataUrl(file) },
        }),
      );
      await changed();
      toast.success(t('swInitiation:attachments.added', { name: file.name }));
    } catch (e) {
      toast.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sw-attachments">
      {props.items.length ? (
        <ul aria-label={t('swInitiation:attachments.of', { name: props.ownerName })}>
          {props.items.map((a) => (
            <li key={a.id}>
              <PaperClipOutlined aria-hidden />{' '}
              <a href={a.url} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="muted">{t('swInitiation:attachments.size', { kb: Math.max(1, Math.round(a.size / 1024)) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {props.canUpload ? (
        <>
          <input
            ref={input}
            type="file"
            hidden
            accept={TYPES.join(',')}
            aria-label={t('swInitiation:attachments.uploadTo', { name: props.ownerName })}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
          <Button size="small" icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
            {t('swInitiation:attachments.upload')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
