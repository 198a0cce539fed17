import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { driverOf } from './install-queries';

export interface PickableVehicle {
  id: string;
  plate: string;
  model: string;
  driverName: string;
  driverPhone: string;
}

interface Props {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  vehicles: PickableVehicle[];
  loading?: boolean;
  /** Names the table for screen readers. */
  label: string;
  empty: string;
}

/** 安装车辆明细: ticks vehicles in a table of plate, model, driver and driver's phone (a form field). */
export function VehiclePicker({ id, value = [], onChange, vehicles, loading, label, empty }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset id={id} aria-label={label} className="install-vehicle-picker">
      <Table<PickableVehicle>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={vehicles}
        locale={{ emptyText: empty }}
        rowSelection={{
          selectedRowKeys: value,
          onChange: (keys) => onChange?.(keys.map(String)),
          getCheckboxProps: (v) => ({ 'aria-label': t('gpsInstall:form.pickVehicle', { plate: v.plate }) }),
          getTitleCheckboxProps: () => ({ 'aria-label': t('gpsInstall:form.pickAll') }),
        }}
        columns={[
          { key: 'plate', title: t('gps:fields.plate'), dataIndex: 'plate' },
          { key: 'model', title: t('gps:fields.model'), dataIndex: 'model' },
          { key: 'driver', title: t('gpsInstall:fields.driver'), render: (_, v) => driverOf(v) || t('common:empty') },
        ]}
      />
    </fieldset>
  );
}
