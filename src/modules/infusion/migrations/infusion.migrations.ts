import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

/** The columns every record of the module starts with: its tenant, id and the centre or station it belongs to. */
const keyed = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id'])
    .addForeignKeyConstraint(`${name}_org_fk`, ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id']);

const byUser = (t: Table, name: string, column: string) =>
  t.addForeignKeyConstraint(`${name}_${column}_fk`, ['tenant_id', column], 'users', ['tenant_id', 'id']);

export const infusionMigrations: MigrationSet = () => ({
  '2026120450_infusion_init': {
    async up(db: Kysely<unknown>) {
      await keyed(db.schema.createTable('infusion_teams'), 'infusion_teams')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('areas', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('infusion_teams_name').on('infusion_teams').columns(['tenant_id', 'org_id', 'name']).unique().execute();

      await byUser(
        db.schema
          .createTable('infusion_team_members')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('team_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('added_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('infusion_team_members_pk', ['tenant_id', 'team_id', 'user_id'])
          .addForeignKeyConstraint('infusion_team_members_team_fk', ['tenant_id', 'team_id'], 'infusion_teams', ['tenant_id', 'id']),
        'infusion_team_members',
        'user_id',
      ).execute();
      await db.schema.createIndex('infusion_team_members_user').on('infusion_team_members').columns(['tenant_id', 'user_id']).execute();

      await keyed(db.schema.createTable('infusion_patients'), 'infusion_patients')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('birth_date', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('family_name', 'text')
        .addColumn('family_relation', 'text')
        .addColumn('family_phone', 'text')
        .addColumn('mobility', 'text', (c) => c.notNull())
        .addColumn('frail', 'integer', (c) => c.notNull())
        .addColumn('paperwork_complete', 'integer', (c) => c.notNull())
        .addColumn('allergies', 'text')
        .addColumn('contraindications', 'text')
        .addColumn('eligible', 'integer', (c) => c.notNull())
        .addColumn('ineligible_reasons', 'text', (c) => c.notNull())
        .addColumn('eligibility_checked_at', 'text', (c) => c.notNull())
        .addColumn('eligibility_checked_by', 'text')
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addForeignKeyConstraint('infusion_patients_team_fk', ['tenant_id', 'team_id'], 'infusion_teams', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('infusion_patients_org').on('infusion_patients').columns(['tenant_id', 'org_id', 'name']).execute();
      await db.schema.createIndex('infusion_patients_team').on('infusion_patients').columns(['tenant_id', 'team_id']).execute();

      await keyed(db.schema.createTable('infusion_drug_categories'), 'infusion_drug_categories')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('excluded', 'integer', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('infusion_drug_categories_code')
        .on('infusion_drug_categories')
        .columns(['tenant_id', 'org_id', 'code'])
        .unique()
        .execute();

      await keyed(db.schema.createTable('infusion_drugs'), 'infusion_drugs')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('spec', 'text', (c) => c.notNull())
        .addColumn('categories', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('infusion_drugs_name')
        .on('infusion_drugs')
        .columns(['tenant_id', 'org_id', 'name', 'spec'])
        .unique()
        .execute();

      await byUser(
        keyed(db.schema.createTable('infusion_physician_orders'), 'infusion_physician_orders'),
        'infusion_physician_orders',
        'physician_id',
      )
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('physician_id', 'text', (c) => c.notNull())
        .addColumn('physician_licence_no', 'text', (c) => c.notNull())
        .addColumn('medical_record_no', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('outside_drug_id', 'text')
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('visits_planned', 'integer', (c) => c.notNull())
        .addColumn('visits_done', 'integer', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('override_categories', 'text')
        .addColumn('override_reason', 'text')
        .addColumn('override_reviewed_at', 'text')
        .addColumn('override_reviewed_by', 'text')
        .addColumn('override_review_note', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addForeignKeyConstraint('infusion_physician_orders_patient_fk', ['tenant_id', 'patient_id'], 'infusion_patients', [
          'tenant_id',
          'id',
        ])
        .execute();
      await db.schema
        .createIndex('infusion_physician_orders_number')
        .on('infusion_physician_orders')
        .columns(['tenant_id', 'number'])
        .unique()
        .execute();
      await db.schema
        .createIndex('infusion_physician_orders_patient')
        .on('infusion_physician_orders')
        .columns(['tenant_id', 'patient_id', 'state'])
        .execute();

      await byUser(keyed(db.schema.createTable('infusion_consents'), 'infusion_consents'), 'infusion_consents', 'recorded_by')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('signer_name', 'text', (c) => c.notNull())
        .addColumn('signer_relation', 'text', (c) => c.notNull())
        .addColumn('signature_blob_id', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('withdrawn_at', 'text')
        .addColumn('withdrawn_by', 'text')
        .addColumn('withdrawn_reason', 'text')
        .addForeignKeyConstraint('infusion_consents_patient_fk', ['tenant_id', 'patient_id'], 'infusion_patients', ['tenant_id', 'id'])
        .addForeignKeyConstraint('infusion_consents_blob_fk', ['tenant_id', 'signature_blob_id'], 'blobs', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('infusion_consents_patient').on('infusion_consents').columns(['tenant_id', 'patient_id']).execute();

      await byUser(
        keyed(db.schema.createTable('infusion_outside_drugs'), 'infusion_outside_drugs'),
        'infusion_outside_drugs',
        'first_dose_by',
      )
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('drug_id', 'text', (c) => c.notNull())
        .addColumn('hospital', 'text', (c) => c.notNull())
        .addColumn('prescription_no', 'text')
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('first_dose_on', 'text', (c) => c.notNull())
        .addColumn('first_dose_note', 'text')
        .addColumn('first_dose_by', 'text', (c) => c.notNull())
        .addColumn('first_dose_at', 'text', (c) => c.notNull())
        .addColumn('gp_outpatient_record_no', 'text')
        .addColumn('gp_note', 'text')
        .addColumn('gp_by', 'text')
        .addColumn('gp_at', 'text')
        .addColumn('pharmacist_note', 'text')
        .addColumn('pharmacist_by', 'text')
        .addColumn('pharmacist_at', 'text')
        .addColumn('order_id', 'text')
        .addColumn('ordered_by', 'text')
        .addColumn('ordered_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addForeignKeyConstraint('infusion_outside_drugs_patient_fk', ['tenant_id', 'patient_id'], 'infusion_patients', ['tenant_id', 'id'])
        .addForeignKeyConstraint('infusion_outside_drugs_drug_fk', ['tenant_id', 'drug_id'], 'infusion_drugs', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('infusion_outside_drugs_patient')
        .on('infusion_outside_drugs')
        .columns(['tenant_id', 'patient_id'])
        .execute();
    },
  },
});
