import type { FastifyReply, FastifyRequest } from 'fastify';
import { type IdempotentWrite, once } from '../idempotency.js';
import { contextOf } from './types.js';

/**
 * Runs a route's write once per `Idempotency-Key` header; a retry's answer carries
 * `Idempotent-Replayed: true`, so a client can tell it wrote nothing this time.
 */
export async function answerOnce<T>(req: FastifyRequest, reply: FastifyReply, write: IdempotentWrite<T>): Promise<T> {
  const key = req.headers['idempotency-key'];
  const { answer, replayed } = await once(contextOf(req), typeof key === 'string' ? key : undefined, write);
  if (replayed) reply.header('idempotent-replayed', 'true');
  return answer;
}
