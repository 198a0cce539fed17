import { PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { BatchAssignDialog } from './BatchAssignDialog';
import { BatchPlan } from './BatchPlan';
import { type BatchResult, BatchResultModal } from './BatchResultModal';
import { BATCH_MAX, type BatchAction, batchHint, batchPrintUrl, officeOf, splitFor } from './batch';
import type { OrderSummary } from './order-model';
import { ORDERS_KEY } from './order-queries';

/**
 * The bar over the order list for the ticked orders: 派工, 关闭 and 打印 together. Each order is sent with the
 * version the list showed and handled on its own by the server; the answer is shown order by order, then the
 * list is reloaded and the ticks cleared. Which orders take part is read from each row's abilities.
 */
export function OrderBatchBar({ selected, onClear }: { selected: OrderSummary[]; onClear(): void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const canAssign = useAbility('assign');
  const canClose = useAbility('collect');
  const [open, setOpen] = useState<BatchAction | null>(null);
  // what the open dialog acts on, fixed when it opens: the ticks are cleared once the answer is in
  const [plan, setPlan] = useState<{ go: OrderSummary[]; skip: OrderSummary[]; office: string | null }>({ go: [], skip: [], office: null });
  const [answer, setAnswer] = useState<{ action: BatchAction; result: BatchResult } | null>(null);

  const blocked = batchHint(selected);
  const assign = splitFor(selected, 'assign');
  const close = splitFor(selected, 'close');
  const office = officeOf(assign.go);
  const hints: string[] = [];
  if (blocked) hints.push(t(`orders:batch.hint.${blocked}`, { max: BATCH_MAX }));
  else {
    if (canAssign && !assign.go.length) hints.push(t('orders:batch.hint.noneAssignable'));
    else if (canAssign && !office) hints.push(t('orders:batch.hint.severalOffices'));
    if (canClose && !close.go.length) hints.push(t('orders:batch.hint.noneClosable'));
  }

  const start = (action: BatchAction) => {
    setPlan({ ...(action === 'assign' ? assign : close), office });
    setOpen(action);
  };
  const finished = (action: BatchAction) => (result: BatchResult) => {
    setAnswer({ action, result });
    onClear();
    void client.invalidateQueries({ queryKey: ORDERS_KEY });
    void client.invalidateQueries({ queryKey: ['history', 'order'] });
  };

  return (
    <div className="batch-bar" role="toolbar" aria-label={t('orders:batch.label')} aria-describedby="batch-hints">
      <span className="batch-count" aria-live="polite">
        {selected.length ? t('orders:batch.selected', { count: selected.length }) : null}
      </span>
      {canAssign ? (
        <Button disabled={Boolean(blocked) || !assign.go.length || !office} onClick={() => start('assign')}>
          {t('orders:batch.assign')}
        </Button>
      ) : null}
      {canClose ? (
        <Button disabled={Boolean(blocked) || !close.go.length} onClick={() => start('close')}>
          {t('orders:batch.close')}
        </Button>
      ) : null}
      <Button
        icon={<PrinterOutlined aria-hidden />}
        disabled={Boolean(blocked)}
        href={blocked ? undefined : batchPrintUrl(selected, i18n.language)}
        target="_blank"
        rel="noopener"
      >
        {t('orders:batch.print')}
      </Button>
      {selected.length ? (
        <Button type="link" onClick={onClear}>
          {t('orders:batch.clear')}
        </Button>
      ) : null}
      <span id="batch-hints" className="muted small batch-hints">
        {hints.join(' ')}
      </span>
      {plan.office ? (
        <BatchAssignDialog
          open={open === 'assign'}
          officeId={plan.office}
          go={plan.go}
          skip={plan.skip}
          onClose={() => setOpen(null)}
          onResult={finished('assign')}
        />
      ) : null}
      <ConfirmAction
        open={open === 'close'}
        title={t('orders:batch.closeTitle', { count: plan.go.length })}
        description={
          <>
            <p>{t('orders:batch.closeText')}</p>
            <BatchPlan go={plan.go} skip={plan.skip} />
          </>
        }
        okText={t('orders:batch.close')}
        onClose={() => setOpen(null)}
        onConfirm={async () =>
          finished('close')(
            await unwrap(api.POST('/api/orders/batch/close', { body: { orders: plan.go.map((o) => ({ id: o.id, version: o.version })) } })),
          )
        }
      />
      <BatchResultModal action={answer?.action ?? 'close'} result={answer?.result ?? null} onClose={() => setAnswer(null)} />
    </div>
  );
}
