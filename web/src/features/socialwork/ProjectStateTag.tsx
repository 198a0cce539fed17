import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from './project-queries';

/** A project's stage, 立项中 / 实施中 / 结项中 / 已结项, in colours readable on white (AA). */
export function ProjectStateTag({ state }: { state: ProjectState }) {
  const { t } = useTranslation();
  return <Tag className={`sw-state sw-state-${state}`}>{t(`socialwork:state.${state}`)}</Tag>;
}
