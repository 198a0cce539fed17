import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { XLSX } from './xlsx.js';

/**
 * The `lang` of an export: the language of its headers and labels (Chinese unless `en`). An export's
 * query is its list's filters, search and sort, no paging (the file holds every row they select), and this.
 */
export const exportLang = z.enum(['zh-CN', 'en']).optional().describe('Language of the headers and labels (default Chinese)');

/** The OpenAPI part every export route shares. */
export const exportSchema = { tags: ['exports'], produces: [XLSX] };

/** Answers with the file as a download named `name`. */
export function sendXlsx(reply: FastifyReply, name: string, file: Buffer) {
  return reply.type(XLSX).header('content-disposition', `attachment; filename="${name}"`).send(file);
}
