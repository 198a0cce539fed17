import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Standard } from './setup-queries';

/** The check's method as a tag; its hint (what 视检/手检/嗅检 means) on hover and focus. */
export function MethodTag({ method }: { method: Standard['method'] }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`cleaning:methodHints.${method}`)}>
      <Tag className={`cleaning-method cleaning-method-${method}`} tabIndex={0} aria-description={t(`cleaning:methodHints.${method}`)}>
        {t(`cleaning:methods.${method}`)}
      </Tag>
    </Tooltip>
  );
}

/** 每100平方米不超过2个; nothing for a check judged pass or fail. */
export function ThresholdText({ standard }: { standard: Pick<Standard, 'thresholdMax' | 'thresholdUnit'> }) {
  const { t } = useTranslation();
  if (standard.thresholdUnit === null || standard.thresholdMax === null) return null;
  return (
    <span className="cleaning-threshold">{t(`cleaning:thresholdText.${standard.thresholdUnit}`, { max: standard.thresholdMax })}</span>
  );
}
