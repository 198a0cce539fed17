import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../auth/use-me';

/** The server's time (simulated on a demo server whose clock was moved) and whether it can be set. */
export const serverClockQuery = queryOptions({
  queryKey: ['server-clock'],
  queryFn: async () => ({ ...(await unwrap(api.GET('/api/demo/clock'))), fetchedAt: Date.now() }),
  staleTime: 60_000,
});

/** The business date ("2026-12-01") of an instant in a time zone. */
export const businessDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * Today in the organisation's zone by the server's clock, not the browser's: on a demo server whose clock
 * was moved to a month end, "today" is that day. Until the server has answered, the browser's clock.
 */
export function useServerToday(): string {
  const timeZone = useMe().tenant.timeZone;
  const clock = useQuery(serverClockQuery).data;
  const now = clock ? new Date(Date.now() + (Date.parse(clock.now) - clock.fetchedAt)) : new Date();
  return businessDate(now, timeZone);
}
