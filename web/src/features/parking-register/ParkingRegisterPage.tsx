import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { useListParams } from '../../app/ui/use-list-params';
import { CarParksTab } from './CarParksTab';
import { PassesTab } from './PassesTab';
import { REGISTER_FILTERS, TABS, type Tab } from './parking-queries';
import { SpacesTab } from './SpacesTab';
import { VehiclesTab } from './VehiclesTab';
import './parking.css';

export type RegisterList = ReturnType<typeof useListParams<(typeof REGISTER_FILTERS)[number]>>;

/** 车场车辆 (A2.4.1.2): the car parks, spaces, vehicles and monthly passes of the caller's estates, one tab each, kept in the address. */
export function ParkingRegisterPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepParkingRegister');
  const list = useListParams(REGISTER_FILTERS);
  const tab: Tab = TABS.includes(list.filters.tab as Tab) ? (list.filters.tab as Tab) : 'carParks';
  const tabs = { carParks: CarParksTab, spaces: SpacesTab, vehicles: VehiclesTab, passes: PassesTab };
  return (
    <div className="parking-register">
      <PageHeader title={t('parking:title')} />
      <Tabs
        activeKey={tab}
        // the estate filter carries over; the search, page and a tab's own filters do not
        onChange={(next) =>
          list.update({ tab: next === 'carParks' ? null : next, q: null, carParkId: null, ownership: null, active: null, state: null })
        }
        items={TABS.map((key) => {
          const Content = tabs[key];
          return { key, label: t(`parking:tabs.${key}`), children: key === tab ? <Content list={list} canKeep={canKeep} /> : null };
        })}
      />
    </div>
  );
}
