import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 待检查 / 已检查, and 已逾期 for a planned one past its period. */
export function InspectionStateTag({ inspection }: { inspection: { state: 'planned' | 'done'; overdue: boolean } }) {
  const { t } = useTranslation();
  return (
    <span className="cleaning-tags">
      <Tag className={`cleaning-tag cleaning-tag-${inspection.state === 'done' ? 'checked' : 'planned'}`}>
        {t(`cleaning:inspectionStates.${inspection.state}`)}
      </Tag>
      {inspection.overdue ? <Tag className="cleaning-tag cleaning-tag-overdue">{t('cleaningWork:overdue')}</Tag> : null}
    </span>
  );
}

/** 待整改 / 待复查 / 复查合格 / 复查不合格, and 已逾期 for an open one past its deadline. */
export function RectificationStateTag({
  rectification,
}: {
  rectification: { state: 'open' | 'done' | 'passed' | 'failed'; overdue: boolean };
}) {
  const { t } = useTranslation();
  return (
    <span className="cleaning-tags">
      <Tag className={`cleaning-tag cleaning-tag-${rectification.state}`}>{t(`cleaning:rectificationStates.${rectification.state}`)}</Tag>
      {rectification.overdue ? <Tag className="cleaning-tag cleaning-tag-overdue">{t('cleaningWork:overdue')}</Tag> : null}
    </span>
  );
}
