import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';
import { useListParams } from '../../app/ui/use-list-params';
import { BatchesTab } from './BatchesTab';
import { MandatesTab } from './MandatesTab';
import './bank-collection.css';

export const FILTERS = ['tab', 'estate', 'state'] as const;
export type BankList = ReturnType<typeof useListParams<(typeof FILTERS)[number]>>;

/** 银行托收 (A2.3): the units' mandates, and the monthly batches sent to the bank with their return files. */
export function BankCollectionPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const tab = list.filters.tab === 'batches' ? 'batches' : 'mandates';
  return (
    <>
      <PageHeader title={t('bankCollection:title')} subtitle={t('bankCollection:subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(next) => list.update({ tab: next === 'mandates' ? null : next, q: null, state: null })}
        items={[
          { key: 'mandates', label: t('bankCollection:tabs.mandates'), children: tab === 'mandates' ? <MandatesTab list={list} /> : null },
          { key: 'batches', label: t('bankCollection:tabs.batches'), children: tab === 'batches' ? <BatchesTab list={list} /> : null },
        ]}
      />
    </>
  );
}
