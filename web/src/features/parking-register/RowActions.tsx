import { EditOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../api/types';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { HistoryButton } from '../history/HistoryButton';

interface Props {
  entity: HistoryEntity;
  id: string;
  /** How the record is named in the buttons and the question (a car park's name, a plate, a space number). */
  name: string;
  /** The record's `abilities.register`: whether the caller may change it here. */
  canChange: boolean;
  active: boolean;
  onEdit(): void;
  /** Sends the record back with `active` flipped. */
  onToggle(): Promise<unknown>;
  /** What deactivating means for this record, when it is more than the general words. */
  deactivateText?: string;
}

/** A row's history, and its edit, deactivate and reactivate buttons where the record's abilities allow a change. */
export function RowActions({ entity, id, name, canChange, active, onEdit, onToggle, deactivateText }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!canChange)
    return (
      <span className="row-actions">
        <HistoryButton entity={entity} id={id} name={name} />
      </span>
    );
  return (
    <span className="row-actions">
      <HistoryButton entity={entity} id={id} name={name} />
      <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('parking:actions.edit', { name })} onClick={onEdit} />
      <Button
        size="small"
        icon={active ? <PauseCircleOutlined aria-hidden /> : <PlayCircleOutlined aria-hidden />}
        aria-label={t(active ? 'parking:actions.deactivateOne' : 'parking:actions.reactivateOne', { name })}
        onClick={() => setAsking(true)}
      >
        {t(active ? 'parking:actions.deactivate' : 'parking:actions.reactivate')}
      </Button>
      <ConfirmAction
        open={asking}
        title={t(active ? 'parking:confirm.deactivateTitle' : 'parking:confirm.reactivateTitle', { name })}
        description={active ? (deactivateText ?? t('parking:confirm.deactivate')) : t('parking:confirm.reactivate')}
        okText={t(active ? 'parking:actions.deactivate' : 'parking:actions.reactivate')}
        danger={active}
        onConfirm={onToggle}
        onClose={() => setAsking(false)}
      />
    </span>
  );
}
