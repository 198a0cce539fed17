import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 视检 / 手检 / 嗅检, with how the check is made on hover or focus (篇六 2). */
export function MethodTag({ method }: { method: 'visual' | 'touch' | 'smell' }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`cleaning:methodHints.${method}`)}>
      <Tag className="cleaning-tag cleaning-tag-method" tabIndex={0}>
        {t(`cleaning:methods.${method}`)}
      </Tag>
    </Tooltip>
  );
}

/** "每100平方米不超过2个" for a numeric check, else nothing. */
export function useThresholdText() {
  const { t } = useTranslation();
  return (c: { thresholdMax: number | null; thresholdUnit: 'per_100m2' | 'mm' | 'percent' | null }) =>
    c.thresholdMax !== null && c.thresholdUnit ? t(`cleaning:thresholdText.${c.thresholdUnit}`, { max: c.thresholdMax }) : null;
}
