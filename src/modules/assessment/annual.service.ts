import type { z } from 'zod';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { personFiguresOf } from '../../platform/modules.js';
import { authorizePersonal, managedPerson, mayManageAt, readableNode, refuseSelf, todayOf } from './assessment.policy.js';
import * as repo from './assessment.repo.js';
import { gradeOf, weightedTotal, yearPeriod } from './assessment.rules.js';
import type * as s from './assessment.schemas.js';
import type { AnnualAssessmentTable } from './assessment.tables.js';
import type { FigureSnapshot, ScoredItem } from './assessment.types.js';
import { criteriaInForce, presentCriteria } from './criteria.service.js';
import { presentResponsibility } from './responsibility.service.js';
import { presentReward } from './reward.service.js';

type Out = z.infer<typeof s.annualSchema>;

export const presentAnnual = (r: repo.AnnualRow): Out => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  orgName: r.org_name,
  year: Number(r.year),
  items: JSON.parse(r.items) as ScoredItem[],
  totalTenths: Number(r.total_tenths),
  grade: r.grade,
  comment: r.comment,
  figures: JSON.parse(r.figures) as FigureSnapshot[],
  assessedByName: r.assessed_by_name,
  assessedAt: r.assessed_at,
  version: Number(r.version),
});

/** One person's figures of a year from every module that counts them (`personFigures`), in module order. */
export async function figuresOfYear(ctx: UseCase, userId: string, year: number): Promise<FigureSnapshot[]> {
  const figures = await personFiguresOf(ctx.modules.modules, ctx, { userIds: [userId], ...yearPeriod(year) });
  return (figures.get(userId) ?? []).map((f) => ({ key: f.key, unit: f.unit, value: f.value, ...(f.better ? { better: f.better } : {}) }));
}

/**
 * The year-end assessments of a node's staff (年度考核, A1.6): every staff member with theirs, if saved, to whoever
 * manages there; the caller's own row alone to a staff member who reads.
 */
export async function listAnnual(ctx: UseCase, orgId: string, year: number): Promise<z.infer<typeof s.annualList>> {
  const { node, mayManage } = await readableNode(ctx, orgId);
  const staff = (await repo.staffUnder(ctx.db, ctx.actor.tenantId, node.path)).filter((p) => mayManage || p.id === ctx.actor.userId);
  const made = new Map(
    (
      await repo.annualOf(
        ctx.db,
        ctx.actor.tenantId,
        staff.map((p) => p.id),
        year,
      )
    ).map((a) => [a.user_id, a]),
  );
  return {
    mayManage,
    items: staff.map((p) => {
      const a = made.get(p.id);
      return {
        userId: p.id,
        name: p.display_name,
        orgName: p.org_name,
        assessment: a
          ? { id: a.id, totalTenths: Number(a.total_tenths), grade: a.grade, assessedByName: a.assessed_by_name, assessedAt: a.assessed_at }
          : null,
      };
    }),
  };
}

/**
 * Everything the year-end assessment of one person rests on (A1.6: 年终进行全面考核考评): the responsibility in force,
 * the criteria in force, the year's rewards and penalties, the person's real figures of the year as the modules count
 * them now, and the assessment if saved (with the figures as they stood then). To whoever manages where the person
 * works, and to the person themself.
 */
export async function personSheet(ctx: UseCase, userId: string, year: number): Promise<z.infer<typeof s.personSheet>> {
  const person = await repo.findPerson(ctx.db, ctx.actor.tenantId, userId);
  if (!person) throw notFound('annual_assessment');
  authorizePersonal(ctx, { userId, path: person.path }, 'annual_assessment');
  const t = ctx.actor.tenantId;
  const { from, to } = yearPeriod(year);
  const [responsibility, criteria, rewards, figures, assessment] = await Promise.all([
    repo.responsibilitiesOf(ctx.db, t, [userId]),
    criteriaInForce(ctx, person.path, year),
    repo.rewardsOf(ctx.db, t, [userId], from, to),
    figuresOfYear(ctx, userId, year),
    repo.annualOf(ctx.db, t, [userId], year),
  ]);
  return {
    person: { id: person.id, name: person.display_name, orgId: person.org_id, orgName: person.org_name },
    year,
    mayAssess: mayManageAt(ctx.actor.access, person.path) && userId !== ctx.actor.userId,
    responsibility: responsibility[0] ? presentResponsibility(responsibility[0]) : null,
    criteria: criteria ? presentCriteria(criteria) : null,
    rewards: rewards.map(presentReward),
    figures,
    assessment: assessment[0] ? presentAnnual(assessment[0]) : null,
  };
}

/** One year-end assessment; the history reader of `annual_assessment`. */
export async function readAnnual(ctx: UseCase, id: string): Promise<Out> {
  const r = await repo.findAnnual(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('annual_assessment');
  authorizePersonal(ctx, { userId: r.user_id, path: r.path }, 'annual_assessment');
  return presentAnnual(r);
}

/** The criteria in force scored: every item once, by name; an unknown or repeated name, or a missing one, is refused. */
function scoreItems(criteria: { name: string; weight: number }[], scores: { name: string; score: number }[]): ScoredItem[] {
  const given = new Map<string, number>();
  for (const [i, sc] of scores.entries()) {
    const name = sc.name.trim();
    if (!criteria.some((c) => c.name === name) || given.has(name))
      throw fieldError(
        'unprocessable',
        'assessment.score_unknown',
        `scores.${i}.name`,
        `${name} is not a criterion in force, or is scored twice`,
      );
    given.set(name, sc.score);
  }
  const missing = criteria.find((c) => !given.has(c.name));
  if (missing) throw fieldError('unprocessable', 'assessment.score_missing', 'scores', `no score for ${missing.name}`);
  return criteria.map((c) => ({ name: c.name, weight: c.weight, score: given.get(c.name)! }));
}

/**
 * Saves a person's year-end assessment (A1.6): a score 0–100 per criterion in force, the weighted total and the grade
 * by the rules, the assessor's comment, and the person's figures of the year as they stand now (snapshotted).
 * Saving again replaces it; the audit keeps every version. Not for a year to come, nor of oneself.
 */
export async function saveAnnual(ctx: UseCase, body: z.infer<typeof s.annualBody>): Promise<Out> {
  const person = await managedPerson(ctx, body.userId, 'annual_assessment');
  refuseSelf(ctx, person.id);
  if (body.year > Number((await todayOf(ctx)).slice(0, 4)))
    throw fieldError('unprocessable', 'assessment.year_to_come', 'year', 'a year to come cannot be assessed');
  const criteria = await criteriaInForce(ctx, person.path, body.year);
  if (!criteria)
    throw fieldError('unprocessable', 'assessment.no_criteria', 'year', 'no assessment criteria are set for this person’s node that year');
  const items = scoreItems(presentCriteria(criteria).items, body.scores);
  const total = weightedTotal(items);
  const figures = await figuresOfYear(ctx, person.id, body.year);
  const t = ctx.actor.tenantId;
  const id = await inTransaction(ctx, async (tx) => {
    const [before] = await repo.annualOf(tx.db, t, [person.id], body.year);
    const row: AnnualAssessmentTable = {
      tenant_id: t,
      id: before?.id ?? newId(),
      user_id: person.id,
      org_id: person.org_id,
      year: body.year,
      criteria_id: criteria.id,
      items: JSON.stringify(items),
      total_tenths: total,
      grade: gradeOf(total),
      comment: body.comment,
      figures: JSON.stringify(figures),
      assessed_by: tx.actor.userId!,
      assessed_at: tx.now,
      version: before ? Number(before.version) + 1 : 1,
    };
    if (before) {
      // the version seen is compared here, not in SQL: one past the column's range would fail PostgreSQL's query
      const stored = Number(before.version);
      if ((body.version ?? stored) !== stored || !(await repo.updateAnnual(tx.db, row, stored)))
        throw new DomainError('conflict', 'record.version_conflict', 'the assessment was saved by someone else meanwhile; reload');
    } else await repo.insertAnnual(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({
      action: before ? 'annual_assessment.revise' : 'annual_assessment.assess',
      entity: 'annual_assessment',
      entityId: row.id,
      ...(before
        ? { before: { items: before.items, total_tenths: before.total_tenths, grade: before.grade, comment: before.comment } }
        : {}),
      after,
    });
    return row.id;
  });
  return readAnnual(ctx, id);
}
