import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import type { Mobility, Sex } from './infusion.types.js';
import { SEEDED_DRUG_CATEGORIES } from './infusion.types.js';
import { createPatient } from './infusion-patient.service.js';
import { createTeam } from './infusion-team.service.js';

/** The demo's nursing teams: one at the centre, one at its 翠竹 station, each with the areas it covers and a nurse. */
export const DEMO_TEAMS = [
  { org: 'chc-s1', name: '翠竹站护理组', areas: ['翠竹园', '翠竹街道'], nurse: 'xuhs' },
  { org: 'chc', name: '中心护理组', areas: ['金色家园', '安居街道'], nurse: 'zhouhs' },
] as const;

/** The demo's patients: three served at home, one who walks (told to come to the centre), one with a contraindication. */
export const DEMO_PATIENTS: {
  team: string;
  area: string;
  name: string;
  sex: Sex;
  birthDate: string;
  address: string;
  phone: string;
  family: [string, string, string] | null;
  mobility: Mobility;
  frail: boolean;
  paperworkComplete: boolean;
  allergies: string | null;
  contraindications: string | null;
}[] = [
  {
    team: '翠竹站护理组',
    area: '翠竹园',
    name: '王秀兰',
    sex: 'female',
    birthDate: '1938-04-12',
    address: '翠竹园 3 栋 502',
    phone: '0755-26001234',
    family: ['李红', '女儿', '13902230001'],
    mobility: 'bedridden',
    frail: false,
    paperworkComplete: true,
    allergies: '青霉素过敏',
    contraindications: null,
  },
  {
    team: '翠竹站护理组',
    area: '翠竹街道',
    name: '张德明',
    sex: 'male',
    birthDate: '1944-09-30',
    address: '翠竹街道翠华路 18 号 201',
    phone: '13902230002',
    family: ['张伟', '儿子', '13902230003'],
    mobility: 'limited',
    frail: false,
    paperworkComplete: true,
    allergies: null,
    contraindications: null,
  },
  {
    team: '中心护理组',
    area: '金色家园',
    name: '刘桂芳',
    sex: 'female',
    birthDate: '1950-01-20',
    address: '金色家园 7 栋 1101',
    phone: '13902230004',
    family: ['刘强', '儿子', '13902230005'],
    mobility: 'bedridden',
    frail: true,
    paperworkComplete: true,
    allergies: null,
    contraindications: null,
  },
  {
    team: '翠竹站护理组',
    area: '翠竹园',
    name: '赵建华',
    sex: 'male',
    birthDate: '1952-06-08',
    address: '翠竹园 9 栋 301',
    phone: '13902230006',
    family: null,
    mobility: 'walks',
    frail: false,
    paperworkComplete: true,
    allergies: null,
    contraindications: null,
  },
  {
    team: '中心护理组',
    area: '安居街道',
    name: '孙玉珍',
    sex: 'female',
    birthDate: '1936-11-02',
    address: '安居街道安康路 6 号 102',
    phone: '13902230007',
    family: ['孙丽', '女儿', '13902230008'],
    mobility: 'bedridden',
    frail: false,
    paperworkComplete: false,
    allergies: null,
    contraindications: '严重心功能不全，不宜居家输液',
  },
];

/** The names the centre gives 篇五's excluded categories. */
export const DEMO_CATEGORY_NAMES: Record<(typeof SEEDED_DRUG_CATEGORIES)[number], string> = {
  skin_test: '需做皮试的药品',
  tcm_injection: '中药注射剂',
  biologic: '生物制品',
  adverse_prone: '易发生不良反应的药品',
  allergy_warning: '说明书提示过敏的药品',
};

/** The centre's catalogue: common infusions, and one drug of each excluded kind. */
export const DEMO_DRUGS: { name: string; spec: string; categories: string[] }[] = [
  { name: '0.9%氯化钠注射液', spec: '250 ml', categories: [] },
  { name: '5%葡萄糖注射液', spec: '250 ml', categories: [] },
  { name: '盐酸氨溴索注射液', spec: '2 ml:15 mg', categories: [] },
  { name: '维生素C注射液', spec: '2 ml:0.5 g', categories: [] },
  { name: '注射用头孢呋辛钠', spec: '0.75 g', categories: [] },
  { name: '注射用青霉素钠', spec: '80 万单位', categories: ['skin_test', 'allergy_warning'] },
  { name: '丹参注射液', spec: '10 ml', categories: ['tcm_injection'] },
  { name: '人血白蛋白', spec: '10 g (20%, 50 ml)', categories: ['biologic'] },
  { name: '注射用盐酸万古霉素', spec: '0.5 g', categories: ['adverse_prone'] },
];

const orgId = async (tx: Tx, code: string) =>
  (
    await tx.db
      .selectFrom('org_nodes')
      .select('id')
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

/** The nurse who registers a team's patients: the team's own. */
const NURSE_OF_TEAM = new Map<string, string>(DEMO_TEAMS.map((t) => [t.name, t.nurse]));

/**
 * The records every part of the module starts from: 陆主任 sets up the two teams, each team's nurse (许护士, 周护士)
 * registers its patients through the same use cases as the pages, so the eligibility and history are real; the
 * centre's catalogue is written directly. Skipped once the tenant has a team.
 */
export async function seedInfusionBase(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('infusion_teams').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  let made = 0;
  const userId = async (username: string) => {
    const found = await findUserByUsername(ctx.db, t, username);
    if (!found) throw new Error(`the demo has no user ${username}`);
    return found.user.id;
  };
  const head = await actAs(ctx, 'luzr');
  const teams = new Map<string, string>();
  for (const team of DEMO_TEAMS) {
    const created = await createTeam(head, {
      orgId: await inTransaction(ctx, (tx) => orgId(tx, team.org)),
      name: team.name,
      areas: [...team.areas],
      memberIds: [await userId(team.nurse)],
    });
    teams.set(team.name, created.id);
    made++;
  }
  for (const p of DEMO_PATIENTS) {
    const nurse = await actAs(ctx, NURSE_OF_TEAM.get(p.team)!);
    await createPatient(nurse, {
      teamId: teams.get(p.team)!,
      area: p.area,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      address: p.address,
      phone: p.phone,
      familyName: p.family?.[0] ?? null,
      familyRelation: p.family?.[1] ?? null,
      familyPhone: p.family?.[2] ?? null,
      mobility: p.mobility,
      frail: p.frail,
      paperworkComplete: p.paperworkComplete,
      allergies: p.allergies,
      contraindications: p.contraindications,
    });
    made++;
  }
  return made + (await seedCatalogue(ctx));
}

/** The centre's drug categories and catalogue, written directly. */
async function seedCatalogue(ctx: UseCase): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    let made = 0;
    const centre = await orgId(tx, 'chc');
    for (const [sort, code] of SEEDED_DRUG_CATEGORIES.entries()) {
      await tx.db
        .insertInto('infusion_drug_categories')
        .values({
          tenant_id: t,
          id: newId(),
          org_id: centre,
          code,
          name: DEMO_CATEGORY_NAMES[code],
          excluded: 1,
          sort: sort + 1,
          created_at: tx.now,
          updated_at: tx.now,
          version: 1,
        })
        .execute();
    }
    for (const d of DEMO_DRUGS) {
      await tx.db
        .insertInto('infusion_drugs')
        .values({
          tenant_id: t,
          id: newId(),
          org_id: centre,
          name: d.name,
          spec: d.spec,
          categories: JSON.stringify(d.categories),
          active: 1,
          created_at: tx.now,
          created_by: null,
          updated_at: tx.now,
          version: 1,
        })
        .execute();
      made++;
    }
    return made;
  });
}
