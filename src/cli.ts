import path from 'node:path';
import { Command, Option } from 'commander';
import { BackupRefusal, type DataPaths, restoreBackup, writeBackup } from './backup.js';
import { newPasswordFrom, PasswordInputError, type PasswordSource } from './cli-password.js';
import { findRole } from './modules/identity/role.repo.js';
import { createUser, findUserIdByUsername, grantRole, resetPassword } from './modules/identity/user.service.js';
import { findOrg, findOrgByCode, findRoot } from './modules/orgs/org.repo.js';
import { createTenant, findTenantByCode, listTenants } from './modules/tenants/tenant.service.js';
import { verifyAuditChains } from './platform/audit/audit.service.js';
import { loadConfig } from './platform/config.js';
import { systemActor, type UseCase } from './platform/context.js';
import { sqliteFileOf } from './platform/db/connect.js';
import { DomainError } from './platform/http/errors.js';
import { UUID_PATTERN } from './platform/ids.js';
import { openRuntime, type Runtime } from './runtime.js';
import { seedDemoWithPassword } from './seed/demo-password.js';
import { serve } from './server.js';

const config = loadConfig();

async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

/** The tenant a command acts on: the one named, the only one, or a new `default` one on an empty database. */
async function tenantContext(rt: Runtime, code: string | undefined): Promise<UseCase> {
  const tenants = await listTenants(rt.deps);
  let tenant = code ? await findTenantByCode(rt.deps, code) : tenants.length === 1 ? tenants[0] : undefined;
  if (!tenant && !code && tenants.length === 0) {
    await createTenant(rt.deps, { code: 'default', name: '默认组织', rootName: '总部', rootCode: 'hq' });
    tenant = await findTenantByCode(rt.deps, 'default');
  }
  if (!tenant)
    fail(code ? `no tenant with code ${code}` : `several tenants exist (${tenants.map((t) => t.code).join(', ')}): name one with --tenant`);
  return { ...rt.deps, actor: systemActor(tenant.id), requestId: null };
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

async function orgIdOf(ctx: UseCase, ref: string | undefined): Promise<string> {
  const node = !ref
    ? await findRoot(ctx.db, ctx.actor.tenantId)
    : UUID_PATTERN.test(ref)
      ? await findOrg(ctx.db, ctx.actor.tenantId, ref)
      : await findOrgByCode(ctx.db, ctx.actor.tenantId, ref);
  if (!node) fail(`no organisation node ${ref}`);
  return node.id;
}

function explain(e: unknown): never {
  if (e instanceof DomainError)
    fail(`${e.code}: ${e.message}${e.errors.length ? ` (${e.errors.map((f) => `${f.field}: ${f.message}`).join('; ')})` : ''}`);
  throw e;
}

const program = new Command('guanjia').description('Guanjia (管家) service management').showHelpAfterError();

program
  .command('serve')
  .description('Migrate the database and serve the app and API (PORT, HOST, DATABASE_URL, GUANJIA_DATA_DIR)')
  .option('--demo', 'seed the demo organisation when the database is empty')
  .action(async (o: { demo?: boolean }) => serve({ demo: Boolean(o.demo), config }));

program
  .command('migrate')
  .description('Apply pending migrations of every module')
  .action(() =>
    withRuntime(async (rt) => {
      console.log(`migrations applied (${rt.handle.engine})`);
    }),
  );

program
  .command('seed')
  .description('Seed data')
  .addOption(new Option('--demo', 'the demo organisation with users for every built-in role').makeOptionMandatory())
  .action(() =>
    withRuntime(async (rt) => {
      const { created, password, file } = await seedDemoWithPassword(rt.deps, config.dataDir);
      console.log(created ? `demo data seeded: ${created} records added` : 'demo data already present: nothing changed');
      if (password) console.log(`demo users' password: ${password} (kept in ${file})`);
    }),
  );

const user = program.command('user').description('Manage users');

/** The ways to give a new password; `--password VALUE` is kept only to explain why it is refused. */
function passwordOptions(command: Command): Command {
  return command
    .option('--password-file <file>', 'read the password from the first line of FILE (for scripts)')
    .option('--password-stdin', 'read the password from the first line of standard input (for scripts)')
    .addOption(new Option('--password <password>', 'removed: shows in the process list and shell history').hideHelp());
}

async function passwordOrFail(o: PasswordSource, username: string): Promise<string> {
  try {
    return await newPasswordFrom(o, username);
  } catch (e) {
    if (e instanceof PasswordInputError || (e as NodeJS.ErrnoException).code === 'ENOENT') fail((e as Error).message);
    throw e;
  }
}

passwordOptions(
  user
    .command('create')
    .description(
      'Create a user and grant a role at a node (default: the root). Asks for the password on a terminal; ' +
        'the user must change it at first sign-in.',
    )
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--role <code>', 'role code, e.g. system_admin, office_head')
    .option('--org <node>', 'node code or id where the role holds (and the user belongs)')
    .option('--name <display>', 'display name (defaults to the username)')
    .option('--tenant <code>', 'tenant code, when the server hosts several'),
).action((o: PasswordSource & { username: string; role: string; org?: string; name?: string; tenant?: string }) =>
  withRuntime(async (rt) => {
    const password = await passwordOrFail(o, o.username);
    const ctx = await tenantContext(rt, o.tenant);
    const orgId = await orgIdOf(ctx, o.org);
    const role = await findRole(ctx.db, ctx.actor.tenantId, { code: o.role });
    if (!role) fail(`no role ${o.role}`);
    const created = await createUser(ctx, {
      username: o.username,
      displayName: o.name ?? o.username,
      orgId,
      password,
      // whoever ran the command knows the password too: its owner sets their own at first sign-in
      mustChangePassword: true,
    }).catch(explain);
    await grantRole(ctx, created.id, { roleId: role.id, orgId }).catch(explain);
    console.log(
      `user ${created.username} created with role ${role.code} at ${created.orgName}; they choose a new password at first sign-in`,
    );
  }),
);
passwordOptions(
  user
    .command('reset-password')
    .description('Set a new password for a user (they must change it at next sign-in). Asks for it on a terminal.')
    .requiredOption('--username <name>', 'sign-in name')
    .option('--tenant <code>', 'tenant code'),
).action((o: PasswordSource & { username: string; tenant?: string }) =>
  withRuntime(async (rt) => {
    const ctx = await tenantContext(rt, o.tenant);
    const id = await findUserIdByUsername(ctx, o.username);
    if (!id) fail(`no user ${o.username}`);
    const password = await passwordOrFail(o, o.username);
    await resetPassword(ctx, id, password).catch(explain);
    console.log(`password of ${o.username} reset; their sessions were ended`);
  }),
);

/** The SQLite database and blob folder of this data folder; PostgreSQL is backed up with its own tools. */
function sqlitePathsOrExplain(): DataPaths {
  if (config.databaseUrl)
    fail(
      `this database is PostgreSQL: back it up with pg_dump and restore with pg_restore, and copy the folder ${path.join(config.dataDir, 'blobs')} (signatures and photos) with it (see README)`,
    );
  return { sqliteFile: sqliteFileOf(config.dataDir), blobsDir: path.join(config.dataDir, 'blobs') };
}

const refused = (e: unknown): never => (e instanceof BackupRefusal ? fail(e.message) : explain(e));

program
  .command('backup')
  .description('Write one archive (.tar.gz) of the SQLite database and the signatures and photos in data/blobs, while the server runs')
  .argument('<file>', 'the archive to write (a new file, e.g. guanjia-2026-12-01.tar.gz)')
  .action(async (file: string) => {
    const target = path.resolve(file);
    const { blobs } = await writeBackup(sqlitePathsOrExplain(), target, new Date()).catch(refused);
    console.log(`backup written to ${target}: the database and ${blobs} signatures and photos`);
  });

program
  .command('restore')
  .description(
    'Put back an archive written by guanjia backup: the database and the signatures and photos, all or nothing. Refused while a server uses the database: stop it first',
  )
  .argument('<file>', 'an archive written by guanjia backup (a plain database file from an older version restores the database alone)')
  .action(async (file: string) => {
    const source = path.resolve(file);
    const { blobs, legacy } = await restoreBackup(sqlitePathsOrExplain(), source).catch(refused);
    console.log(
      legacy
        ? `database restored from ${source} (an older backup without signatures and photos: data/blobs left as it was); start the server again`
        : `database and ${blobs} signatures and photos restored from ${source}; start the server again`,
    );
  });

program
  .command('audit')
  .description('Audit log tools')
  .command('verify')
  .description('Recompute every tenant’s hash chain and report the first broken link')
  .action(() =>
    withRuntime(async (rt) => {
      let broken = false;
      for (const r of await verifyAuditChains(rt.deps.db)) {
        if (r.broken) {
          broken = true;
          console.log(
            `${r.tenantCode}: BROKEN at event seq ${r.broken.seq} (id ${r.broken.id}): ${r.broken.reason}; ${r.events} events before it are intact`,
          );
        } else if (r.headMismatch) {
          broken = true;
          console.log(`${r.tenantCode}: BROKEN after event seq ${r.events}: events are missing at the end of the chain`);
        } else {
          console.log(`${r.tenantCode}: ${r.events} events, chain intact`);
        }
      }
      if (broken) process.exitCode = 1;
    }),
  );

await program.parseAsync(process.argv);
