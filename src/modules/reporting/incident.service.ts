import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { notifyUsers } from '../compliance/notification.service.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './incident.repo.js';
import { incidentLate, reportDelayMinutes, reportDueAt, timesOutOfOrder } from './incident.rules.js';
import type * as s from './incident.schemas.js';
import { REPORTING_ACKNOWLEDGE, REPORTING_READ, REPORTING_SUBMIT } from './reporting.permissions.js';
import { authorizeRead, mayAcknowledge, maySubmit } from './reporting.policy.js';
import type { IncidentTable } from './reporting.tables.js';
import { findStation, holdersAt, stationsWithin } from './station.repo.js';

type IncidentOut = z.infer<typeof s.incidentSchema>;

/** The event told to the superior's people in their notification area when an incident is reported. */
export const INCIDENT_REPORTED = 'reporting.incident_reported';

const stateOf = (r: { reported_at: string | null; acknowledged_at: string | null }) =>
  r.acknowledged_at ? 'acknowledged' : r.reported_at ? 'reported' : 'recorded';

function present(ctx: UseCase, r: repo.IncidentRow, minutes: number): IncidentOut {
  const state = stateOf(r);
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    superiorName: r.superior_name,
    kind: r.kind,
    state,
    occurredAt: r.occurred_at,
    place: r.place,
    description: r.description,
    measures: r.measures,
    measuresAt: r.measures_at,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
    reportedAt: r.reported_at,
    reportedByName: r.reported_by_name ?? null,
    reportDueAt: reportDueAt(r.occurred_at, minutes),
    reportMinutes: minutes,
    late: incidentLate({ occurredAt: r.occurred_at, reportedAt: r.reported_at }, minutes, ctx.clock.now().toISOString()),
    acknowledgedAt: r.acknowledged_at,
    acknowledgedByName: r.acknowledged_by_name ?? null,
    reply: r.reply,
    version: Number(r.version),
    abilities: {
      report: state === 'recorded' && maySubmit(ctx.actor.access, r.org_path),
      acknowledge: state === 'reported' && mayAcknowledge(ctx.actor.access, r.superior_path),
    },
  };
}

const minutesAt = (ctx: UseCase) => {
  const seen = new Map<string, Promise<number>>();
  return (path: string) => {
    if (!seen.has(path)) seen.set(path, paramAt(ctx, path, 'incidentReportMinutes'));
    return seen.get(path)!;
  };
};

/** The urgent incidents of the caller's stations, latest first, and the stations where the caller may record. */
export async function listIncidents(ctx: UseCase, q: z.infer<typeof s.incidentListQuery>): Promise<z.infer<typeof s.incidentList>> {
  const scope = scopeOf(ctx.actor.access, REPORTING_READ);
  if (!scope.length) throw forbidden(REPORTING_READ);
  const rows = await repo.listIncidents(ctx.db, ctx.actor.tenantId, scope, q);
  const minutes = minutesAt(ctx);
  const items: IncidentOut[] = [];
  for (const r of rows) items.push(present(ctx, r, await minutes(r.org_path)));
  const stations = await stationsWithin(ctx.db, ctx.actor.tenantId, scope);
  return {
    items,
    stations: stations.map((st) => ({
      id: st.id,
      name: st.name,
      superiorName: st.superiorName,
      mayRecord: maySubmit(ctx.actor.access, st.path),
    })),
  };
}

async function loadIncident(ctx: UseCase, id: string): Promise<repo.IncidentRow> {
  const r = await repo.findIncident(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('incident');
  authorizeRead(ctx.actor.access, r.org_path, 'incident');
  return r;
}

/** One incident with its four times; also the history reader of `incident`. */
export async function getIncident(ctx: UseCase, id: string): Promise<IncidentOut> {
  const r = await loadIncident(ctx, id);
  return present(ctx, r, await paramAt(ctx, r.org_path, 'incidentReportMinutes'));
}

/**
 * Reports an incident upward inside `tx`: the report time, its delay, and a notification at once to every user at
 * the superior node holding reporting.acknowledge (A1.3: 迅速向上级报告).
 */
async function reportUpward(
  tx: Tx,
  r: Pick<IncidentTable, 'id' | 'occurred_at' | 'superior_id' | 'kind' | 'place' | 'version'>,
  orgName: string,
) {
  const set = {
    reported_at: tx.now,
    reported_by: tx.actor.userId!,
    report_delay_minutes: Math.max(0, reportDelayMinutes(r.occurred_at, tx.now)),
  };
  if (!(await repo.updateIncident(tx.db, tx.actor.tenantId, r.id, r.version, set))) throw stale();
  await tx.audit({
    action: 'incident.report',
    entity: 'incident',
    entityId: r.id,
    before: { reported_at: null, version: r.version },
    after: { ...set, version: r.version + 1 },
  });
  const users = await holdersAt(tx.db, tx.actor.tenantId, r.superior_id, REPORTING_ACKNOWLEDGE);
  await notifyUsers(
    tx,
    users.map((userId) => ({
      userId,
      monitorId: INCIDENT_REPORTED,
      clauseId: 'A1.3',
      entity: { type: 'incident', id: r.id, label: `${orgName} ${r.place}`, link: `/workstation/incidents/${r.id}` },
      text: { key: 'notice.reportingIncident', values: { office: orgName, place: r.place, context: r.kind } },
    })),
  );
}

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the incident was changed by someone else; reload');

/**
 * Duty staff record an urgent incident at their station (A1.3): kind, when and where, what happened, the early
 * intervention and control measures with their time; `report` sends it upward at once.
 */
export async function recordIncident(ctx: UseCase, body: z.infer<typeof s.incidentBody>): Promise<IncidentOut> {
  const station = await findStation(ctx.db, ctx.actor.tenantId, body.orgId);
  if (!station) throw fieldError('unprocessable', 'reporting.not_station', 'orgId', 'urgent incidents are recorded by a station');
  authorizeRead(ctx.actor.access, station.path, 'org');
  if (!maySubmit(ctx.actor.access, station.path)) throw forbidden(REPORTING_SUBMIT);
  const occurredAt = new Date(body.occurredAt).toISOString();
  const measuresAt = new Date(body.measuresAt).toISOString();
  const bad = timesOutOfOrder({ occurredAt, measuresAt }, ctx.clock.now().toISOString());
  if (bad === 'occurredAt')
    throw fieldError('unprocessable', 'reporting.time_future', 'occurredAt', 'it cannot have happened in the future');
  if (bad === 'measuresAt')
    throw fieldError(
      'unprocessable',
      'reporting.measures_time',
      'measuresAt',
      'the measures are taken after it happened and not in the future',
    );
  const id = await inTransaction(ctx, async (tx) => {
    const row: IncidentTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: station.id,
      superior_id: station.superiorId,
      kind: body.kind,
      occurred_at: occurredAt,
      place: body.place,
      description: body.description,
      measures: body.measures,
      measures_at: measuresAt,
      recorded_by: tx.actor.userId!,
      recorded_at: tx.now,
      reported_at: null,
      reported_by: null,
      report_delay_minutes: null,
      acknowledged_by: null,
      acknowledged_at: null,
      reply: null,
      version: 1,
    };
    await repo.insertIncident(tx.db, row);
    await tx.audit({ action: 'incident.record', entity: 'incident', entityId: row.id, after: row });
    if (body.report) await reportUpward(tx, row, station.name);
    return row.id;
  });
  return getIncident(ctx, id);
}

const checkVersion = (given: number | undefined, r: { version: number }) => {
  if (given !== undefined && given !== Number(r.version)) throw stale();
};

/** Reports upward an incident recorded earlier (A1.3). */
export async function reportIncident(ctx: UseCase, id: string, body: z.infer<typeof s.reportIncidentBody>): Promise<IncidentOut> {
  const r = await loadIncident(ctx, id);
  if (!maySubmit(ctx.actor.access, r.org_path)) throw forbidden(REPORTING_SUBMIT);
  if (r.reported_at) throw new DomainError('conflict', 'reporting.already_reported', 'the incident has been reported');
  checkVersion(body.version, r);
  await inTransaction(ctx, (tx) => reportUpward(tx, { ...r, version: Number(r.version) }, r.org_name));
  return getIncident(ctx, id);
}

/** The superior node acknowledges a reported incident, with optional instructions (A1.3), once. */
export async function acknowledgeIncident(ctx: UseCase, id: string, body: z.infer<typeof s.acknowledgeIncidentBody>): Promise<IncidentOut> {
  const r = await loadIncident(ctx, id);
  if (!mayAcknowledge(ctx.actor.access, r.superior_path)) throw forbidden(REPORTING_ACKNOWLEDGE);
  if (!r.reported_at) throw new DomainError('conflict', 'reporting.not_reported', 'the incident has not been reported yet');
  if (r.acknowledged_at) throw new DomainError('conflict', 'reporting.already_acknowledged', 'the incident has been acknowledged');
  checkVersion(body.version, r);
  await inTransaction(ctx, async (tx) => {
    const set = { acknowledged_by: tx.actor.userId!, acknowledged_at: tx.now, reply: body.reply?.trim() || null };
    if (!(await repo.updateIncident(tx.db, tx.actor.tenantId, id, Number(r.version), set))) throw stale();
    await tx.audit({
      action: 'incident.acknowledge',
      entity: 'incident',
      entityId: id,
      before: { acknowledged_at: null, version: Number(r.version) },
      after: { ...set, version: Number(r.version) + 1 },
    });
  });
  return getIncident(ctx, id);
}
