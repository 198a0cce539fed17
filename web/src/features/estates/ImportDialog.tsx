import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ImportDialog as FileImportDialog } from '../../app/ui/ImportDialog';
import { ESTATES_KEY } from './estate-queries';

/** Imports buildings, units and owners into an estate from the Excel template, all or nothing. */
export function ImportDialog({ estateId, open, onClose }: { estateId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  return (
    <FileImportDialog
      open={open}
      title={t('estates:import.title')}
      help={t('estates:import.help')}
      templateHref="/api/estates/import-template.xlsx"
      upload={async (file) => {
        const done = await unwrap(api.POST('/api/estates/{id}/import', { params: { path: { id: estateId } }, body: { file } }));
        await client.invalidateQueries({ queryKey: ESTATES_KEY });
        return t('estates:import.done', done);
      }}
      sheetName={(sheet) => t(`estates:import.sheets.${sheet}`, { defaultValue: sheet })}
      columnName={(column) => t(`estates:import.columns.${column}`, { defaultValue: column })}
      onClose={onClose}
    />
  );
}
