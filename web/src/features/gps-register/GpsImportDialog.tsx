import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ImportDialog } from '../../app/ui/ImportDialog';
import { useRefresh } from './gps-queries';

/** Imports customers, vehicles and terminals from the register's Excel template (three sheets), all or nothing. */
export function GpsImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  return (
    <ImportDialog
      open
      title={t('gps:import.title')}
      help={t('gps:import.hint')}
      templateHref="/api/gps/import-template.xlsx"
      upload={async (file) => {
        const done = await unwrap(api.POST('/api/gps/import', { body: { file } }));
        await refresh();
        return t('gps:import.done', {
          ca: done.customers.added,
          cu: done.customers.updated,
          va: done.vehicles.added,
          vu: done.vehicles.updated,
          ta: done.terminals.added,
          tu: done.terminals.updated,
          sa: done.sims.added,
        });
      }}
      sheetName={(sheet) => t(`gps:import.sheets.${sheet}`, { defaultValue: sheet })}
      columnName={(column) => t(`gps:import.columns.${column}`, { defaultValue: column })}
      onClose={onClose}
    />
  );
}
