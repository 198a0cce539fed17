import { type Access, allowsAt } from '../../platform/authz/access.js';
import { allowed } from '../../platform/machine.js';
import { decideFeedback } from './feedback.machine.js';
import { FEEDBACK_ANSWER, FEEDBACK_HANDLE, FEEDBACK_READ } from './feedback.permissions.js';
import type { Feedback } from './feedback.types.js';

interface ForwardFacts {
  nodePath: string;
  answered: boolean;
}

/** Whether the caller may answer a forward: feedback.answer held at the node it was sent to (or above). */
export const mayAnswer = (access: Access, w: ForwardFacts) => !w.answered && allowsAt(access, FEEDBACK_ANSWER, w.nodePath);

/** Who reads a feedback: feedback.read at its receiving node, or a department it was forwarded to that the caller answers for. */
export const mayRead = (access: Access, officePath: string, forwards: readonly ForwardFacts[]) =>
  allowsAt(access, FEEDBACK_READ, officePath) || forwards.some((w) => allowsAt(access, FEEDBACK_ANSWER, w.nodePath));

/** What the caller may do with a feedback now; the web shows its buttons from these, never from permissions. */
export function feedbackAbilities(access: Access, f: Feedback, officePath: string, forwards: readonly ForwardFacts[]) {
  const handler = allowsAt(access, FEEDBACK_HANDLE, officePath);
  const unansweredForwards = forwards.filter((w) => !w.answered).length;
  const can = (c: Parameters<typeof decideFeedback>[1]) => handler && allowed(decideFeedback(f, c, { unansweredForwards }));
  return {
    reply: can('reply'),
    forward: can('forward'),
    answer: forwards.some((w) => mayAnswer(access, w)) && allowed(decideFeedback(f, 'answer')),
    resolve: can('resolve'),
    tell: can('tell'),
    close: can('close'),
    reopen: can('reopen'),
    markSpam: can('mark_spam'),
    markValuable: can('mark_valuable'),
  };
}
