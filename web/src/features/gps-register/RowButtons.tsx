import { EditOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../api/types';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { HistoryButton } from '../history/HistoryButton';

interface Props {
  entity: HistoryEntity;
  id: string;
  name: string;
  /** The record's `abilities.register`. */
  canChange: boolean;
  onEdit(): void;
  /** Present for records that are deactivated rather than ended (customers, vehicles, models): flips `active`. */
  toggle?: { active: boolean; run(): Promise<unknown> };
  /** Buttons of the record's own (the device history, repaired, scrap). */
  children?: ReactNode;
}

/** A row's change history, its own buttons, and edit / deactivate where its abilities allow. */
export function RowButtons({ entity, id, name, canChange, onEdit, toggle, children }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <span className="row-actions">
      <HistoryButton entity={entity} id={id} name={name} />
      {children}
      {canChange ? (
        <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={`${t('gps:actions.edit')} ${name}`} onClick={onEdit} />
      ) : null}
      {canChange && toggle ? (
        <>
          <Button
            size="small"
            icon={toggle.active ? <PauseCircleOutlined aria-hidden /> : <PlayCircleOutlined aria-hidden />}
            aria-label={`${t(toggle.active ? 'gps:actions.deactivate' : 'gps:actions.activate')} ${name}`}
            onClick={() => setAsking(true)}
          />
          <ConfirmAction
            open={asking}
            title={`${t(toggle.active ? 'gps:actions.deactivate' : 'gps:actions.activate')} ${name}`}
            description={toggle.active ? t('gps:confirm.deactivate', { name }) : t('gps:confirm.activate', { name })}
            okText={t(toggle.active ? 'gps:actions.deactivate' : 'gps:actions.activate')}
            danger={toggle.active}
            onConfirm={toggle.run}
            onClose={() => setAsking(false)}
          />
        </>
      ) : null}
    </span>
  );
}
