import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ImportDialog } from '../../app/ui/ImportDialog';
import { EstateSelect } from '../estates/EstateSelect';
import { CarParkSelect } from './CarParkSelect';
import { useRefresh } from './parking-queries';

/** The page's words for a row error's sheet and column. */
function useNames() {
  const { t } = useTranslation();
  return {
    sheetName: (sheet: string) => t(`parking:import.sheets.${sheet}`, { defaultValue: sheet }),
    columnName: (column: string) => t(`parking:import.columns.${column}`, { defaultValue: column }),
  };
}

/** Imports spaces into a chosen car park from the Excel template, all or nothing. */
export function SpaceImportDialog({ carParkId, onClose }: { carParkId?: string | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [target, setTarget] = useState(carParkId);
  return (
    <ImportDialog
      open
      title={t('parking:import.spacesTitle')}
      help={t('parking:import.spacesHelp')}
      templateHref="/api/parking-spaces/import-template.xlsx"
      disabled={!target}
      upload={async (file) => {
        const done = await unwrap(api.POST('/api/parking-spaces/import', { body: { carParkId: target ?? '', file } }));
        await refresh();
        return t('parking:import.doneSpaces', done);
      }}
      {...useNames()}
      onClose={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('parking:import.carPark')} htmlFor="import-car-park" required>
          <CarParkSelect id="import-car-park" label={t('parking:import.carPark')} value={target} onChange={setTarget} />
        </Form.Item>
      </Form>
    </ImportDialog>
  );
}

/** Imports vehicles into a chosen estate from the Excel template, all or nothing. */
export function VehicleImportDialog({ estateId, onClose }: { estateId?: string | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [target, setTarget] = useState(estateId);
  return (
    <ImportDialog
      open
      title={t('parking:import.vehiclesTitle')}
      help={t('parking:import.vehiclesHelp')}
      templateHref="/api/vehicles/import-template.xlsx"
      disabled={!target}
      upload={async (file) => {
        const done = await unwrap(api.POST('/api/vehicles/import', { body: { estateId: target ?? '', file } }));
        await refresh();
        return t('parking:import.doneVehicles', done);
      }}
      {...useNames()}
      onClose={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('parking:import.estate')} htmlFor="import-estate" required>
          <EstateSelect id="import-estate" label={t('parking:import.estate')} value={target} onChange={setTarget} />
        </Form.Item>
      </Form>
    </ImportDialog>
  );
}
