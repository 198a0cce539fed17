import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import { durationText, minutesSince, type Stay, staysQuery, useRefresh } from './gate-queries';
import { StayStateTag } from './StayStateTag';
import './parking-gate.css';

/** The car park this phone's guard picked last, remembered on the device. */
const CAR_PARK_KEY = 'guanjia.gate.carPark';
const remembered = () => {
  try {
    return localStorage.getItem(CAR_PARK_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

/** What the last exit came to: the charge large, the state, and 收费 when it is due. */
function ExitResult({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  return (
    <section className="gate-result" aria-label={t('parkingGate:gate.result')} role="status">
      <div className="gate-result-plate">
        {t('parkingGate:gate.exitOf', { plate: stay.plate })} <StayStateTag state={stay.state} />
      </div>
      {stay.state === 'unmatched' ? (
        <Alert type="warning" showIcon title={t('parkingGate:gate.unmatched')} />
      ) : (
        <>
          {stay.chargeFen === null ? null : <div>{t('parkingGate:gate.charge')}</div>}
          <div className={`gate-result-charge${stay.chargeFen ? '' : ' gate-charge-none'}`}>
            {stay.chargeFen === null ? t(`parkingGate:states.${stay.state}`) : formatFen(stay.chargeFen)}
          </div>
          {stay.minutes !== null ? (
            <div>
              {t('parkingGate:gate.duration')} {durationText(t, stay.minutes)}
            </div>
          ) : null}
        </>
      )}
      {stay.state === 'due' && stay.abilities.collect ? (
        <Button type="primary" size="large" block href={`/gate/collect/${stay.id}`}>
          {t('parkingGate:gate.collect')}
        </Button>
      ) : null}
    </section>
  );
}

/**
 * 门岗登记 on the guard's phone (A2.4.1.2): pick the car park (remembered), type the plate, 入场 or 出场; the exit is
 * charged at once and shown large, with 收费 when due. Below, the cars inside now, searchable, each with its own 出场.
 */
export function GatePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefresh();
  const [carParkId, setCarParkId] = useState<string | undefined>(remembered);
  const [plate, setPlate] = useState('');
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<'entry' | 'exit' | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Stay | null>(null);
  const inside = useQuery({
    ...staysQuery({
      carParkId,
      state: 'parked',
      sort: 'entered',
      page: 1,
      pageSize: 100,
      ...(search.trim() ? { plate: search.trim() } : {}),
    }),
    enabled: !!carParkId,
    refetchInterval: 30_000,
  });
  const now = Date.now();

  const pick = (id: string | undefined) => {
    setCarParkId(id);
    setResult(null);
    try {
      if (id) localStorage.setItem(CAR_PARK_KEY, id);
    } catch {
      // a private window keeps nothing: the guard picks again next time
    }
  };

  const run = async (what: string, call: () => Promise<Stay>, after: (s: Stay) => void) => {
    setBusy(what);
    setError(null);
    try {
      after(await call());
      setPlate('');
      await refresh();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };
  const enter = () =>
    run(
      'entry',
      () => unwrap(api.POST('/api/parking/stays/entry', { body: { carParkId: carParkId ?? '', plate } })),
      (s) => {
        setResult(null);
        toast.success(t('parkingGate:gate.entered', { plate: s.plate, time: format.dateTime(s.enteredAt ?? '') }));
      },
    );
  const exit = (body: { stayId: string } | { carParkId: string; plate: string }, key: string) =>
    run(key, () => unwrap(api.POST('/api/parking/stays/exit', { body })), setResult);

  return (
    <div className="gate-page">
      <PageHeader title={t('parkingGate:gate.title')} />
      <div className="gate-form">
        <CarParkSelect label={t('parkingGate:gate.carPark')} value={carParkId} onChange={pick} />
        <Input
          className="gate-plate"
          size="large"
          aria-label={t('parkingGate:gate.plate')}
          placeholder={t('parkingGate:gate.platePlaceholder')}
          value={plate}
          maxLength={12}
          autoComplete="off"
          onChange={(e) => setPlate(e.target.value.toUpperCase())}
        />
        <div className="gate-buttons">
          <Button
            type="primary"
            icon={<LoginOutlined aria-hidden />}
            loading={busy === 'entry'}
            disabled={!carParkId || !plate.trim()}
            onClick={enter}
          >
            {t('parkingGate:gate.enter')}
          </Button>
          <Button
            icon={<LogoutOutlined aria-hidden />}
            loading={busy === 'exit'}
            disabled={!carParkId || !plate.trim()}
            onClick={() => exit({ carParkId: carParkId ?? '', plate }, 'exit')}
          >
            {t('parkingGate:gate.exit')}
          </Button>
        </div>
        {!carParkId ? <Alert type="info" showIcon title={t('parkingGate:gate.pickCarPark')} /> : null}
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </div>
      {result ? <ExitResult stay={result} /> : null}
      {carParkId ? (
        <section aria-labelledby="gate-inside-title">
          <h2 id="gate-inside-title" className="gate-inside-title">
            {t('parkingGate:gate.inside', { count: inside.data?.total ?? 0 })}
          </h2>
          <Input.Search
            allowClear
            aria-label={t('parkingGate:gate.search')}
            placeholder={t('parkingGate:gate.search')}
            onSearch={setSearch}
            onChange={(e) => {
              if (!e.target.value) setSearch('');
            }}
          />
          {inside.error ? <QueryError error={inside.error} /> : null}
          {inside.isLoading ? (
            <Skeleton active />
          ) : inside.data?.items.length ? (
            <ul className="gate-inside" aria-label={t('parkingGate:gate.inside', { count: inside.data.total })}>
              {inside.data.items.map((s) => (
                <li key={s.id} className="gate-car">
                  <div>
                    <div className="gate-car-plate">{s.plate}</div>
                    <div className="gate-car-since">
                      {t('parkingGate:gate.sinceEntry', {
                        time: format.dateTime(s.enteredAt ?? ''),
                        duration: durationText(t, minutesSince(s.enteredAt ?? '', now)),
                      })}
                    </div>
                  </div>
                  {s.abilities.exit ? (
                    <Button
                      aria-label={t('parkingGate:gate.exitOf', { plate: s.plate })}
                      loading={busy === s.id}
                      onClick={() => exit({ stayId: s.id }, s.id)}
                    >
                      {t('parkingGate:gate.exitThis')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Empty description={t('parkingGate:gate.noneInside')} />
          )}
        </section>
      ) : null}
    </div>
  );
}
