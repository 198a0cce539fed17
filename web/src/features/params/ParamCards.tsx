import { Button, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Param } from '../../api/types';
import { ParamSource } from './ParamSource';
import { paramValueText } from './param-value';

interface Props {
  params: Param[];
  orgId: string;
  canEdit: boolean;
  onEdit(param: Param): void;
  onInherit(param: Param): void;
}

/** The parameters as cards on a phone: name, value in force, where it comes from, and the actions. */
export function ParamCards({ params, orgId, canEdit, onEdit, onInherit }: Props) {
  const { t } = useTranslation();
  return (
    <div className="card-list">
      {params.map((p) => {
        const name = t(`params:keys.${p.key}.name`, { defaultValue: p.key });
        return (
          <Card key={p.key} size="small" className="record-card">
            <div className="record-card-title">
              <span>{name}</span>
              <Tag>{p.clause}</Tag>
            </div>
            <div className="record-card-line">{t(`params:keys.${p.key}.description`, { defaultValue: p.description })}</div>
            <div className="param-card-value">{paramValueText(t, p.unit, p.value)}</div>
            <div className="param-card-meta">
              <ParamSource param={p} orgId={orgId} />
              <span>
                {t('params:fields.default')} {paramValueText(t, p.unit, p.default)}
              </span>
            </div>
            {canEdit ? (
              <div className="param-card-actions">
                <Button size="small" onClick={() => onEdit(p)} aria-label={t('params:actions.setNamed', { name })}>
                  {t('params:actions.set')}
                </Button>
                {p.ownValue !== null ? (
                  <Button size="small" onClick={() => onInherit(p)} aria-label={t('params:actions.inheritNamed', { name })}>
                    {t('params:actions.inherit')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}
