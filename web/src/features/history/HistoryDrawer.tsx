import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Grid, Image, Skeleton, Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryEvent } from '../../api/types';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { addedFiles, diffEvent } from './history-diff';
import { historyFilePath } from './history-files';
import { historyQuery } from './history-query';
import { useValueText } from './use-value-text';
import { subjectOf } from './value-codes';

dayjs.extend(relativeTime);

interface Props {
  entity: HistoryEntity;
  id: string;
  /** The record's name, for the drawer's title. */
  name: string;
  open: boolean;
  onClose(): void;
}

/**
 * The audit trail of one record: who did what and when, and each field's value before and after,
 * with the same trail as an Excel file (X1) in the language the page is shown in.
 */
export function HistoryDrawer({ entity, id, name, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const history = useQuery({ ...historyQuery(entity, id), enabled: open });
  const lang = i18n.language === 'en' ? '?lang=en' : '';

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md === false ? '100%' : 560}
      title={t('history:title', { name })}
      extra={
        <Button icon={<DownloadOutlined aria-hidden />} href={`/api/history/${entity}/${id}/export.xlsx${lang}`}>
          {t('history:exportExcel')}
        </Button>
      }
      destroyOnHidden
      styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' } }}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long history scrolls, and a scrolling region needs focus (axe: scrollable-region-focusable) */}
      <section className="history-scroll" tabIndex={0} aria-label={t('history:title', { name })}>
        {history.isPending ? (
          <Skeleton active />
        ) : history.isError ? (
          <QueryError error={history.error} onRetry={() => history.refetch()} />
        ) : history.data.length === 0 ? (
          <Empty description={t('history:empty')} />
        ) : (
          <Timeline
            items={[...history.data]
              .reverse()
              .map((event) => ({ key: event.seq, content: <EventView event={event} entity={entity} id={id} open={open} /> }))}
          />
        )}
      </section>
    </Drawer>
  );
}

function EventView({ event, entity, id, open }: { event: HistoryEvent; entity: string; id: string; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const subject = subjectOf(entity, event.action);
  const valueText = useValueText(open, subject);
  const changes = diffEvent(event.before, event.after);
  // the signatures and photos the event added, where the record's route shows them
  const files = addedFiles(event.before, event.after).flatMap((file) => historyFilePath(entity, id, file) ?? []);
  const hasBefore = event.before !== null && event.before !== undefined;
  const hasAfter = event.after !== null && event.after !== undefined;
  return (
    <article className="history-event">
      <strong>{t(`history:actions.${event.action}`, { defaultValue: event.action })}</strong>
      <div className="muted small">
        {t('history:by', { actor: event.actorName })} · <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{' '}
        {dayjs(event.at).fromNow()}
      </div>
      {event.clockMoved && event.recordedAt ? (
        <div className="muted small history-real-time">
          <Tag>{t('history:simulated')}</Tag>
          {t('history:recordedAt')} <time dateTime={event.recordedAt}>{format.dateTime(event.recordedAt)}</time>
        </div>
      ) : null}
      {changes.length ? (
        <table className="diff-table">
          <caption className="sr-only">{t('history:changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history:field')}</th>
              {hasBefore ? <th scope="col">{t('history:before')}</th> : null}
              {hasAfter ? <th scope="col">{t('history:after')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{t([`history:fieldsOf.${subject}.${c.field}`, `history:fields.${c.field}`], { defaultValue: c.field })}</th>
                {hasBefore ? <td className={hasAfter ? 'diff-before' : undefined}>{valueText(c.field, c.before, event.names)}</td> : null}
                {hasAfter ? <td className={hasBefore ? 'diff-after' : undefined}>{valueText(c.field, c.after, event.names)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {files.length ? (
        <figure className="history-files">
          <figcaption className="muted small">{t('history:files')}</figcaption>
          <Image.PreviewGroup>
            {files.map((src) => (
              <Image key={src} src={src} alt={t('history:file')} height={64} />
            ))}
          </Image.PreviewGroup>
        </figure>
      ) : null}
    </article>
  );
}
