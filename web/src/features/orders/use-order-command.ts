import { useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Order } from './order-model';
import { orderQuery, useOrderChanged } from './order-queries';

type Call = Promise<{ data?: Order; error?: unknown; response: Response }>;

/** Answers that mean the order moved on under the user: reload it so they see what happened. */
const STALE = new Set(['record.version_conflict', 'order.invalid_transition']);

/**
 * Sends one order command with the version the user last saw. The answer replaces the order on
 * screen; when someone else changed it first (409) the order is reloaded and the refusal is thrown
 * on as `order.reloaded`, so the dialog says so ("changed by someone else, reloaded") over the fresh record.
 */
export function useOrderCommand(order: Pick<Order, 'id' | 'version'>) {
  const client = useQueryClient();
  const changed = useOrderChanged();
  return async (send: (version: number) => Call): Promise<Order> => {
    try {
      const next = await unwrap(send(order.version));
      changed(next);
      return next;
    } catch (e) {
      if (isApiError(e) && STALE.has(e.code)) {
        await client.invalidateQueries({ queryKey: orderQuery(order.id).queryKey });
        await client.invalidateQueries({ queryKey: ['orders', 'list'] });
        // Say what happened now: someone else changed it, and what is on screen is the fresh order.
        if (e.code === 'record.version_conflict') throw new ApiError(e.status, { ...e.problem, code: 'order.reloaded', errors: [] });
      }
      throw e;
    }
  };
}
