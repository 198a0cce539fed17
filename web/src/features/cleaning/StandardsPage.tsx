import './cleaning-setup.css';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { StandardDialog } from './StandardDialog';
import { MethodTag, ThresholdText } from './StandardText';
import { CLEANING_AREAS, libraryQuery, type Standard, useCleaningChanged } from './setup-queries';
import { VersionsDrawer } from './VersionsDrawer';

const FILTERS = ['estate'] as const;

/**
 * 保洁标准 (A6.1, A6.2): the group's library or one estate's, its live checks by area with criterion, method and
 * threshold. A change makes a new version; results keep the version they were judged by.
 */
export function StandardsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const list = useListParams(FILTERS);
  const estateId = list.filters.estate;
  const library = useQuery(libraryQuery(estateId));
  const changed = useCleaningChanged();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Standard | null>(null);
  const [retiring, setRetiring] = useState<Standard | null>(null);
  const [versionsOf, setVersionsOf] = useState<Standard | null>(null);
  const [adopting, setAdopting] = useState(false);
  const lib = library.data;
  // an estate without its own copy lists the group's checks: they are changed only after 复制为本小区标准
  const editable = Boolean(lib?.mayEdit && (lib.own || !estateId));

  return (
    <div className="cleaning-setup">
      <PageHeader
        title={t('cleaning:standards.title')}
        subtitle={t('cleaning:standards.subtitle')}
        extra={
          editable ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('cleaning:standards.add')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <EstateSelect
          label={t('cleaning:standards.estateFilter')}
          value={estateId}
          onChange={(v) => list.update({ estate: v ?? null })}
          allowClear
        />
      </search>
      {estateId && lib && !lib.own ? (
        <Alert
          type="info"
          showIcon
          className="cleaning-banner"
          title={t('cleaning:standards.usesGroup')}
          action={
            lib.mayEdit ? (
              <Button icon={<CopyOutlined aria-hidden />} onClick={() => setAdopting(true)}>
                {t('cleaning:standards.adopt')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {library.isError ? (
        <QueryError error={library.error} onRetry={() => library.refetch()} />
      ) : !lib ? (
        <Skeleton active />
      ) : lib.items.length === 0 ? (
        <Empty description={t('cleaning:standards.empty')} />
      ) : (
        <>
          <h2 className="cleaning-library-name">
            {estateId && lib.own ? t('cleaning:standards.estateLibrary') : t('cleaning:standards.groupLibrary')}
          </h2>
          {CLEANING_AREAS.filter((a) => lib.items.some((s) => s.area === a)).map((area) => (
            <section key={area} className="panel cleaning-area" aria-labelledby={`area-${area}`}>
              <h3 id={`area-${area}`} className="card-heading">
                {t(`cleaning:areas.${area}`)}
              </h3>
              <ul className="cleaning-checks">
                {lib.items
                  .filter((s) => s.area === area)
                  .map((s) => (
                    <li key={s.id} className="cleaning-check">
                      <div className="cleaning-check-text">
                        <div className="cleaning-check-head">
                          <strong>{s.object}</strong>
                          <MethodTag method={s.method} />
                          <span className="muted small">{t('cleaning:standards.version', { version: s.version })}</span>
                        </div>
                        <div>{s.criterion}</div>
                        <ThresholdText standard={s} />
                      </div>
                      <Space wrap size="small" className="cleaning-check-actions">
                        <Button
                          size="small"
                          onClick={() => setVersionsOf(s)}
                          aria-label={t('cleaning:standards.versionsOf', { object: s.object })}
                        >
                          {t('cleaning:standards.versions')}
                        </Button>
                        {editable ? (
                          <>
                            <Button
                              size="small"
                              onClick={() => setEditing(s)}
                              aria-label={t('cleaning:standards.editOf', { object: s.object })}
                            >
                              {t('common:actions.edit')}
                            </Button>
                            <Button
                              size="small"
                              danger
                              onClick={() => setRetiring(s)}
                              aria-label={t('cleaning:standards.retireOf', { object: s.object })}
                            >
                              {t('cleaning:standards.retire')}
                            </Button>
                          </>
                        ) : null}
                      </Space>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {adding ? <StandardDialog estateId={estateId ?? null} onClose={() => setAdding(false)} /> : null}
      {editing ? <StandardDialog estateId={estateId ?? null} standard={editing} onClose={() => setEditing(null)} /> : null}
      {versionsOf ? <VersionsDrawer standard={versionsOf} onClose={() => setVersionsOf(null)} /> : null}
      <ConfirmAction
        open={retiring !== null}
        title={t('cleaning:standards.retireTitle', { object: retiring?.object ?? '' })}
        description={t('cleaning:standards.retireHint')}
        okText={t('cleaning:standards.retire')}
        danger
        withReason="required"
        onClose={() => setRetiring(null)}
        onConfirm={async (note) => {
          if (!retiring) return;
          await unwrap(
            api.POST('/api/cleaning/standards/{id}/retire', { params: { path: { id: retiring.id } }, body: { note: note ?? '' } }),
          );
          await changed();
          toast.success(t('cleaning:standards.retired'));
        }}
      />
      <ConfirmAction
        open={adopting}
        title={t('cleaning:standards.adopt')}
        description={t('cleaning:standards.adoptHint')}
        okText={t('cleaning:standards.adopt')}
        onClose={() => setAdopting(false)}
        onConfirm={async () => {
          if (!estateId) return;
          await unwrap(api.POST('/api/cleaning/estates/{estateId}/standards/adopt', { params: { path: { estateId } } }));
          await changed();
          toast.success(t('cleaning:standards.adopted'));
        }}
      />
    </div>
  );
}
