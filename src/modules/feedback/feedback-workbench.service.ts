import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { FEEDBACK_ANSWER, FEEDBACK_HANDLE } from './feedback.permissions.js';
import * as repo from './feedback.repo.js';

/** The feedback waiting for a first reply (for whoever handles it) and the forwards waiting for a department's answer. */
export async function feedbackTodos(ctx: UseCase): Promise<Todo[]> {
  const t = ctx.actor.tenantId;
  const handle = scopeOf(ctx.actor.access, FEEDBACK_HANDLE);
  const answer = scopeOf(ctx.actor.access, FEEDBACK_ANSWER);
  const todos: Todo[] = [];
  if (handle.length)
    todos.push({ key: 'feedback.toReply', count: await repo.countToReply(ctx.db, t, handle), link: '/feedback?state=received' });
  if (answer.length)
    todos.push({ key: 'feedback.toAnswer', count: await repo.countToAnswer(ctx.db, t, answer), link: '/feedback?state=forwarded' });
  return todos;
}
