import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import type { PriceList } from './pricelist-model';
import { useRefreshPriceLists } from './pricelist-queries';
import { ReturnListDialog } from './ReturnListDialog';

type Step = 'submit' | 'approve' | 'publish';

const run = (step: Step, id: string) => {
  const params = { path: { id } };
  if (step === 'submit') return api.POST('/api/price-lists/{id}/submit', { params });
  if (step === 'approve') return api.POST('/api/price-lists/{id}/approve', { params });
  return api.POST('/api/price-lists/{id}/publish', { params });
};

/** Submit / return / approve / publish, exactly as the list's `abilities` allow, each asked first. */
export function PriceListActions({ list, dirty }: { list: PriceList; dirty: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshPriceLists();
  const [step, setStep] = useState<Step | null>(null);
  const [returning, setReturning] = useState(false);
  const [shown, setShown] = useState<Step>('submit');
  const ask = (s: Step) => {
    setShown(s);
    setStep(s);
  };
  const a = list.abilities;

  return (
    <div className="pricelist-buttons">
      {a.submit ? (
        <Button type="primary" onClick={() => ask('submit')}>
          {t('pricelists:actions.submit')}
        </Button>
      ) : null}
      {a.approve ? (
        <Button type="primary" onClick={() => ask('approve')}>
          {t('pricelists:actions.approve')}
        </Button>
      ) : null}
      {a.return ? (
        <Button danger onClick={() => setReturning(true)}>
          {t('pricelists:actions.return')}
        </Button>
      ) : null}
      {a.publish ? (
        <Button type="primary" onClick={() => ask('publish')}>
          {t('pricelists:actions.publish')}
        </Button>
      ) : null}
      <HistoryButton entity="pricelist" id={list.id} name={list.title} />
      <ConfirmAction
        open={step !== null}
        title={t(`pricelists:${shown}.title`, { title: list.title })}
        description={
          <>
            {t(`pricelists:${shown}.text`)}
            {shown === 'submit' && dirty ? <p className="text-danger">{t('pricelists:submit.unsaved')}</p> : null}
          </>
        }
        okText={t(`pricelists:actions.${shown}`)}
        onClose={() => setStep(null)}
        onConfirm={async () => {
          await unwrap(run(shown, list.id));
          await refresh(list.id);
          toast.success(t(`pricelists:${shown}.done`));
        }}
      />
      {a.return ? <ReturnListDialog list={list} open={returning} onClose={() => setReturning(false)} /> : null}
    </div>
  );
}
