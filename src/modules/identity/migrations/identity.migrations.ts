import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const identityMigrations: MigrationSet = () => ({
  '2026112703_identity_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('users_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('users_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('users_username').on('users').columns(['tenant_id', 'username']).unique().execute();
      await db.schema.createIndex('users_org').on('users').columns(['tenant_id', 'org_id']).execute();

      await db.schema
        .createTable('roles')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('builtin', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('roles_pk', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('roles_code').on('roles').columns(['tenant_id', 'code']).unique().execute();

      await db.schema
        .createTable('role_permissions')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('role_id', 'text', (c) => c.notNull())
        .addColumn('permission', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('role_permissions_pk', ['tenant_id', 'role_id', 'permission'])
        .addForeignKeyConstraint('role_permissions_role_fk', ['tenant_id', 'role_id'], 'roles', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('grants')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('role_id', 'text', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addPrimaryKeyConstraint('grants_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('grants_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .addForeignKeyConstraint('grants_role_fk', ['tenant_id', 'role_id'], 'roles', ['tenant_id', 'id'])
        .addForeignKeyConstraint('grants_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('grants_user').on('grants').columns(['tenant_id', 'user_id']).execute();

      await db.schema
        .createTable('sessions')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addPrimaryKeyConstraint('sessions_pk', ['tenant_id', 'token_hash'])
        .addForeignKeyConstraint('sessions_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').columns(['tenant_id', 'user_id']).execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('permissions', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .addPrimaryKeyConstraint('api_tokens_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('api_tokens_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('api_tokens_hash').on('api_tokens').columns(['tenant_id', 'token_hash']).unique().execute();
    },
  },
  '2026120451_users_licence_no': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('licence_no', 'text').execute();
    },
  },
});
