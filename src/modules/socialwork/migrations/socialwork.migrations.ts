import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

const base = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id']);

/** A record of a project: keyed by tenant and id, tied to its project. */
const ofProject = (t: Table, name: string) =>
  base(t, name)
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_project_fk`, ['tenant_id', 'project_id'], 'sw_projects', ['tenant_id', 'id']);

const byUser = (t: Table, name: string, column: string) =>
  t.addForeignKeyConstraint(`${name}_${column}_fk`, ['tenant_id', column], 'users', ['tenant_id', 'id']);

const index = (db: Kysely<unknown>, table: string, columns: string[], unique = false) => {
  const b = db.schema
    .createIndex(`${table}_${columns.slice(1).join('_')}`)
    .on(table)
    .columns(columns);
  return (unique ? b.unique() : b).execute();
};

export const socialworkMigrations: MigrationSet = () => ({
  '2026120460_socialwork_init': {
    async up(db: Kysely<unknown>) {
      await byUser(
        byUser(
          base(db.schema.createTable('sw_projects'), 'sw_projects')
            .addColumn('org_id', 'text', (c) => c.notNull())
            .addForeignKeyConstraint('sw_projects_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
            .addColumn('number', 'text', (c) => c.notNull())
            .addColumn('title', 'text', (c) => c.notNull())
            .addColumn('executor_id', 'text', (c) => c.notNull())
            .addColumn('supervisor_id', 'text', (c) => c.notNull())
            .addColumn('state', 'text', (c) => c.notNull())
            .addColumn('started_at', 'text')
            .addColumn('started_by', 'text')
            .addColumn('summary', 'text')
            .addColumn('closed_at', 'text')
            .addColumn('closed_by', 'text')
            .addColumn('created_at', 'text', (c) => c.notNull())
            .addColumn('created_by', 'text')
            .addColumn('updated_at', 'text', (c) => c.notNull())
            .addColumn('version', 'integer', (c) => c.notNull()),
          'sw_projects',
          'executor_id',
        ),
        'sw_projects',
        'supervisor_id',
      ).execute();
      await index(db, 'sw_projects', ['tenant_id', 'number'], true);
      await index(db, 'sw_projects', ['tenant_id', 'org_id', 'state']);

      await ofProject(db.schema.createTable('sw_needs_surveys'), 'sw_needs_surveys')
        .addColumn('surveyed_from', 'text', (c) => c.notNull())
        .addColumn('surveyed_to', 'text', (c) => c.notNull())
        .addColumn('respondents', 'text', (c) => c.notNull())
        .addColumn('respondent_count', 'integer', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('needs', 'text', (c) => c.notNull())
        .addColumn('opinions', 'text', (c) => c.notNull())
        .addColumn('suggestions', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_needs_surveys', ['tenant_id', 'project_id']);

      await ofProject(db.schema.createTable('sw_attachments'), 'sw_attachments')
        .addColumn('owner_kind', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('blob_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_attachments', ['tenant_id', 'owner_kind', 'owner_id']);

      await ofProject(db.schema.createTable('sw_plans'), 'sw_plans')
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('change_request_id', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('submitted_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('return_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_plans', ['tenant_id', 'project_id', 'version_no'], true);

      await ofProject(db.schema.createTable('sw_agreements'), 'sw_agreements')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('partner', 'text', (c) => c.notNull())
        .addColumn('signed_on', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint')
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_agreements', ['tenant_id', 'project_id']);

      await ofProject(db.schema.createTable('sw_progress_items'), 'sw_progress_items')
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('done_on', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_progress_items', ['tenant_id', 'project_id', 'due_on']);

      await ofProject(db.schema.createTable('sw_people'), 'sw_people')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('training', 'text')
        .addColumn('trained_on', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_people', ['tenant_id', 'project_id']);

      await ofProject(db.schema.createTable('sw_publicity'), 'sw_publicity')
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('reach', 'integer')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_publicity', ['tenant_id', 'project_id']);

      await ofProject(db.schema.createTable('sw_change_requests'), 'sw_change_requests')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('new_content', 'text', (c) => c.notNull())
        .addColumn('base_plan_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('supervisor_decision', 'text')
        .addColumn('supervisor_id', 'text')
        .addColumn('supervisor_at', 'text')
        .addColumn('supervisor_note', 'text')
        .addColumn('head_decision', 'text')
        .addColumn('head_id', 'text')
        .addColumn('head_at', 'text')
        .addColumn('head_note', 'text')
        .addColumn('new_plan_id', 'text')
        .addColumn('effective_at', 'text')
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_change_requests', ['tenant_id', 'project_id', 'state']);

      await ofProject(db.schema.createTable('sw_activities'), 'sw_activities')
        .addColumn('progress_item_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('key_activity', 'integer', (c) => c.notNull())
        .addColumn('planned_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('plan_goals', 'text', (c) => c.notNull())
        .addColumn('plan_content', 'text', (c) => c.notNull())
        .addColumn('plan_staffing', 'text', (c) => c.notNull())
        .addColumn('plan_written_by', 'text', (c) => c.notNull())
        .addColumn('plan_written_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text')
        .addColumn('attendance', 'integer')
        .addColumn('held_by', 'text')
        .addColumn('held_at', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('brief_summary', 'text')
        .addColumn('brief_reflection', 'text')
        .addColumn('brief_by', 'text')
        .addColumn('brief_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_activities', ['tenant_id', 'project_id', 'planned_on']);
      await index(db, 'sw_activities', ['tenant_id', 'state', 'held_on']);

      await ofProject(db.schema.createTable('sw_monthly_checks'), 'sw_monthly_checks')
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('missed', 'text', (c) => c.notNull())
        .addColumn('checked_by', 'text', (c) => c.notNull())
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_monthly_checks', ['tenant_id', 'project_id', 'month'], true);

      await ofProject(db.schema.createTable('sw_supervisions'), 'sw_supervisions')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'text')
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('supervisor_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await index(db, 'sw_supervisions', ['tenant_id', 'project_id', 'month']);

      await ofProject(db.schema.createTable('sw_opinions'), 'sw_opinions')
        .addColumn('supervision_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('raised_at', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_opinions', ['tenant_id', 'supervision_id']);
      await index(db, 'sw_opinions', ['tenant_id', 'answered_at', 'raised_at']);

      await byUser(
        base(db.schema.createTable('sw_assessments'), 'sw_assessments')
          .addColumn('org_id', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('sw_assessments_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
          .addColumn('executor_id', 'text', (c) => c.notNull())
          .addColumn('period_from', 'text', (c) => c.notNull())
          .addColumn('period_to', 'text', (c) => c.notNull())
          .addColumn('score', 'integer', (c) => c.notNull())
          .addColumn('comments', 'text', (c) => c.notNull())
          .addColumn('assessor_id', 'text', (c) => c.notNull())
          .addColumn('assessed_at', 'text', (c) => c.notNull()),
        'sw_assessments',
        'executor_id',
      ).execute();
      await index(db, 'sw_assessments', ['tenant_id', 'executor_id', 'period_to']);

      await ofProject(db.schema.createTable('sw_feedback'), 'sw_feedback')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('received_on', 'text', (c) => c.notNull())
        .addColumn('reply', 'text')
        .addColumn('replied_by', 'text')
        .addColumn('replied_at', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'sw_feedback', ['tenant_id', 'project_id']);

      await byUser(
        base(db.schema.createTable('sw_ethics_entries'), 'sw_ethics_entries')
          .addColumn('org_id', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('sw_ethics_entries_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
          .addColumn('project_id', 'text')
          .addColumn('offered_to', 'text', (c) => c.notNull())
          .addColumn('offered_by', 'text', (c) => c.notNull())
          .addColumn('offered_on', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('value_fen', 'bigint')
          .addColumn('declined_how', 'text', (c) => c.notNull())
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('recorded_at', 'text', (c) => c.notNull()),
        'sw_ethics_entries',
        'offered_to',
      ).execute();
      await index(db, 'sw_ethics_entries', ['tenant_id', 'org_id', 'offered_on']);
    },
  },
});
