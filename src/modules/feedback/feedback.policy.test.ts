import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { feedbackAbilities, mayRead } from './feedback.policy.js';
import type { Feedback } from './feedback.types.js';

const grant = (path: string, permissions: string[]) => ({ orgId: path, orgPath: path, permissions, roleCode: 'x' });
const access = (...grants: ReturnType<typeof grant>[]): Access => ({ grants, tokenPermissions: null });
const office = '/hq/pm/a/';
const env = '/hq/pm/a/env/';
const f = { state: 'forwarded', channel: 'hotline', kind: 'complaint', outcomeSatisfaction: null } as unknown as Feedback;

describe('feedback policy', () => {
  const handler = access(grant(office, ['feedback.read', 'feedback.handle']));
  const envSupervisor = access(grant(office, ['feedback.answer']));
  const open = [{ nodePath: env, answered: false }];

  it('lets the handler act but not resolve while a department has not answered', () => {
    expect(feedbackAbilities(handler, f, office, open)).toMatchObject({ forward: true, resolve: false, answer: false, reply: false });
    expect(feedbackAbilities(handler, f, office, [{ nodePath: env, answered: true }])).toMatchObject({ resolve: true });
  });

  it('lets a department answer what was forwarded to it, and read only that', () => {
    expect(feedbackAbilities(envSupervisor, f, office, open)).toMatchObject({ answer: true, forward: false, resolve: false });
    expect(mayRead(envSupervisor, office, open)).toBe(true);
    expect(mayRead(envSupervisor, office, [])).toBe(false);
  });
});
