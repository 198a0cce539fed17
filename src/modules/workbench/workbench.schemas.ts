import { z } from 'zod';

const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

export const todoSchema = z.object({
  module: z.string().describe('The module the to-do comes from'),
  key: z.string().describe('`<module>.<what>`, e.g. `orders.toAssign`; the web names it `<namespace>:todos.<what>`'),
  count: z.number().int().min(1).describe('How many records wait for the caller (never zero: those are left out)'),
  link: z.string().describe('The web path of the list showing them'),
  severity: z.enum(['warning', 'danger']).optional().describe('danger: a breach of a clause; warning: overdue'),
  amountFen: z.number().int().optional().describe('The money involved, in fen'),
  subject: bilingual.optional().describe('What it is about when the key alone does not say (the breached clause’s check)'),
});

export const figureSchema = z.object({
  module: z.string(),
  key: z.string().describe('`<module>.<what>`; the web names it `<namespace>:figures.<what>`'),
  unit: z.enum(['count', 'fen', 'permille']),
  value: z.number().int().nullable().describe('Null when there is nothing to measure'),
  link: z.string().optional(),
  series: z
    .array(z.object({ month: z.string().describe('YYYY-MM'), value: z.number().int().nullable() }))
    .optional()
    .describe('The last months, oldest first'),
});

export const workbenchSchema = z.object({
  todos: z.array(todoSchema).describe('The caller’s to-dos, in module order; only what they may act on, in their nodes'),
  figures: z.array(figureSchema).describe('Key figures for heads of office and HQ (empty for everyone else)'),
  asOf: z.string().describe('The server time the counts were taken (ISO UTC)'),
});
