import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import * as repo from './course.repo.js';
import { staffOf } from './hours.repo.js';
import { trainingOrg } from './training.org.js';
import { TRAINING_MANAGE, TRAINING_READ } from './training.permissions.js';
import { authorizeManage, authorizeRead, recordAbilities } from './training.policy.js';
import { daysBetween, fromTenths, toTenths } from './training.rules.js';
import type * as s from './training.schemas.js';
import type { TrainingOutsideCourseTable } from './training.tables.js';
import { todayOf } from './training.today.js';

type CourseOut = z.infer<typeof s.courseSchema>;
type Fields = Omit<z.infer<typeof s.courseCreateBody>, 'orgId'>;

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the course record was changed by someone else; reload');

const present = (ctx: UseCase, r: repo.CourseRow): CourseOut => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  userId: r.user_id,
  userName: r.user_name,
  organiser: r.organiser,
  title: r.title,
  fromOn: r.from_on,
  toOn: r.to_on,
  days: daysBetween(r.from_on, r.to_on),
  hours: fromTenths(Number(r.hours_tenths)),
  certificate: r.certificate,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
  version: Number(r.version),
  abilities: recordAbilities(ctx.actor.access, r.org_path),
});

/** Outside courses (上级培训班) the staff of the caller's stations and centres attended, latest first. */
export async function listCourses(ctx: UseCase, q: z.infer<typeof s.courseListQuery>): Promise<z.infer<typeof s.courseList>> {
  const scope = scopeOf(ctx.actor.access, TRAINING_READ);
  if (!scope.length) throw forbidden(TRAINING_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const rows = await repo.listCourses(ctx.db, ctx.actor.tenantId, scope, { orgPath, from: q.from, to: q.to });
  return { items: rows.map((r) => present(ctx, r)) };
}

/** One course record; the history reader of `training_outside_course`. */
export async function getCourse(ctx: UseCase, id: string): Promise<CourseOut> {
  const r = await repo.findCourse(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('training_outside_course');
  authorizeRead(ctx.actor.access, r.org_path, 'training_outside_course');
  return present(ctx, r);
}

/** The person is staff of the node (or was the one already recorded); the course started by today and ends after it starts. */
async function checkCourse(tx: Tx, orgPath: string, body: Fields, keep?: string) {
  if (body.toOn < body.fromOn) throw fieldError('unprocessable', 'training.dates_reversed', 'toOn', 'the last day is before the first');
  if (body.fromOn > (await todayOf(tx)))
    throw fieldError('unprocessable', 'training.course_in_future', 'fromOn', 'a course is recorded once it has started');
  if (body.userId !== keep && !(await staffOf(tx.db, tx.actor.tenantId, orgPath)).some((p) => p.id === body.userId))
    throw fieldError('unprocessable', 'training.person_outside', 'userId', 'not a staff member of this station or centre');
}

const fieldsOf = (body: Fields) => ({
  user_id: body.userId,
  organiser: body.organiser,
  title: body.title,
  from_on: body.fromOn,
  to_on: body.toOn,
  hours_tenths: toTenths(body.hours),
  certificate: body.certificate || null,
});

/** Records that a staff member attended a course outside the station (A1.1: 参加上级举办的培训班). */
export async function recordCourse(ctx: UseCase, body: z.infer<typeof s.courseCreateBody>): Promise<CourseOut> {
  const org = await trainingOrg(ctx, body.orgId, TRAINING_MANAGE);
  const id = await inTransaction(ctx, async (tx) => {
    await checkCourse(tx, org.path, body);
    const row: TrainingOutsideCourseTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: org.id,
      ...fieldsOf(body),
      recorded_by: tx.actor.userId!,
      recorded_at: tx.now,
      updated_at: tx.now,
      version: 1,
    };
    await repo.insertCourse(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'training_outside_course.record', entity: 'training_outside_course', entityId: row.id, after });
    return row.id;
  });
  return getCourse(ctx, id);
}

/** Corrects a course record. */
export async function editCourse(ctx: UseCase, id: string, body: z.infer<typeof s.courseEditBody>): Promise<CourseOut> {
  await inTransaction(ctx, async (tx) => {
    const r = await repo.findCourse(tx.db, tx.actor.tenantId, id);
    if (!r) throw notFound('training_outside_course');
    authorizeManage(tx.actor.access, r.org_path, 'training_outside_course');
    if (body.version !== undefined && body.version !== Number(r.version)) throw stale();
    await checkCourse(tx, r.org_path, body, r.user_id);
    const before: TrainingOutsideCourseTable = {
      tenant_id: r.tenant_id,
      id: r.id,
      org_id: r.org_id,
      user_id: r.user_id,
      organiser: r.organiser,
      title: r.title,
      from_on: r.from_on,
      to_on: r.to_on,
      hours_tenths: Number(r.hours_tenths),
      certificate: r.certificate,
      recorded_by: r.recorded_by,
      recorded_at: r.recorded_at,
      updated_at: r.updated_at,
      version: Number(r.version),
    };
    const next: TrainingOutsideCourseTable = { ...before, ...fieldsOf(body), updated_at: tx.now, version: before.version + 1 };
    if (!(await repo.updateCourse(tx.db, next, before.version))) throw stale();
    const { tenant_id: _a, ...b } = before;
    const { tenant_id: _b, ...a } = next;
    await tx.audit({ action: 'training_outside_course.edit', entity: 'training_outside_course', entityId: id, before: b, after: a });
  });
  return getCourse(ctx, id);
}
