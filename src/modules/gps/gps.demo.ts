import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { createCustomer } from './customer.service.js';
import type { CustomerKind, SimCarrier } from './gps.types.js';
import { createProduct } from './product.service.js';
import { createSim } from './sim.service.js';
import { createTerminal } from './terminal.service.js';
import { createVehicle } from './vehicle.service.js';

interface VehiclePlan {
  plate: string;
  model: string;
  driver: string;
  phone: string;
  /** The terminal on it: model, serial, sold on; and its SIM card. */
  terminal: [string, string, string];
  sim: [string, SimCarrier];
}
interface CustomerPlan {
  kind: CustomerKind;
  name: string;
  address: string;
  contact: string;
  phone: string;
  vehicles: VehiclePlan[];
}

const PRODUCTS = [
  { modelCode: 'GT06', name: '北斗/GPS 双模终端', warrantyMonths: 12 },
  { modelCode: 'VT310', name: '车载视频定位终端', warrantyMonths: 24 },
];

// sold 2024: out of warranty now; sold 2026: in warranty
const CUSTOMERS: CustomerPlan[] = [
  {
    kind: 'fleet',
    name: '顺达物流有限公司',
    address: '深圳市宝安区福永街道物流园8号',
    contact: '刘经理',
    phone: '0755-86001234',
    vehicles: [
      {
        plate: '粤B3K721',
        model: '东风天龙',
        driver: '张建军',
        phone: '13902210001',
        terminal: ['GT06', '862410040012301', '2024-03-18'],
        sim: ['1440301260001', 'cmcc'],
      },
      {
        plate: '粤B5M286',
        model: '东风天龙',
        driver: '李海',
        phone: '13902210002',
        terminal: ['GT06', '862410040012302', '2024-03-18'],
        sim: ['1440301260002', 'cmcc'],
      },
      {
        plate: '粤B7G359',
        model: '解放J6P',
        driver: '王大勇',
        phone: '13902210003',
        terminal: ['VT310', 'VT310-2026-0015', '2026-02-09'],
        sim: ['1440301260003', 'cmcc'],
      },
      {
        plate: '粤B8H602',
        model: '解放J6P',
        driver: '陈小兵',
        phone: '13902210004',
        terminal: ['VT310', 'VT310-2026-0016', '2026-02-09'],
        sim: ['1440301260004', 'cmcc'],
      },
    ],
  },
  {
    kind: 'fleet',
    name: '安运出租车公司',
    address: '深圳市福田区车公庙泰然四路12号',
    contact: '黄调度',
    phone: '0755-83325566',
    vehicles: [
      {
        plate: '粤BD10386',
        model: '比亚迪e6',
        driver: '周志强',
        phone: '13902220001',
        terminal: ['GT06', '862410040020117', '2024-08-05'],
        sim: ['89860621230000081712', 'cucc'],
      },
      {
        plate: '粤BD10521',
        model: '比亚迪e6',
        driver: '吴刚',
        phone: '13902220002',
        terminal: ['GT06', '862410040020118', '2026-05-20'],
        sim: ['89860621230000081713', 'cucc'],
      },
      {
        plate: '粤BD10698',
        model: '比亚迪e6',
        driver: '郑立新',
        phone: '13902220003',
        terminal: ['GT06', '862410040020119', '2024-11-12'],
        sim: ['89860621230000081714', 'cucc'],
      },
    ],
  },
  {
    kind: 'individual',
    name: '王先生',
    address: '深圳市南山区桃源街道龙珠四路2号',
    contact: '王先生',
    phone: '13802335678',
    vehicles: [
      {
        plate: '粤B9Q8E7',
        model: '丰田凯美瑞',
        driver: '王先生',
        phone: '13802335678',
        terminal: ['GT06', '862410040031045', '2026-09-12'],
        sim: ['1064912345601', 'ctcc'],
      },
    ],
  },
];

const SPARE_TERMINALS: [string, string][] = [
  ['GT06', '862410040040001'],
  ['GT06', '862410040040002'],
  ['VT310', 'VT310-2026-0031'],
  ['VT310', 'VT310-2026-0032'],
];
const SPARE_SIMS: [string, SimCarrier][] = [
  ['1440301260101', 'cmcc'],
  ['1440301260102', 'cmcc'],
  ['89860621230000081801', 'cucc'],
  ['1064912345701', 'ctcc'],
];

/** The GPS department's register as its manager keeps it: models, three customers with their vehicles, spares in stock. */
export async function seedGpsRegister(ctx: UseCase): Promise<number> {
  // seeding again changes nothing: the register is there once
  if ((await ctx.db.selectFrom('gps_products').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute()).length)
    return 0;
  const as = await actAs(ctx, 'qianwei');
  const products = new Map<string, string>();
  for (const p of PRODUCTS) products.set(p.modelCode, (await createProduct(as, p)).id);
  for (const c of CUSTOMERS) {
    const customer = await createCustomer(as, {
      kind: c.kind,
      name: c.name,
      address: c.address,
      contactName: c.contact,
      phone: c.phone,
      note: '',
    });
    for (const v of c.vehicles) {
      const vehicle = await createVehicle(as, {
        customerId: customer.id,
        plate: v.plate,
        model: v.model,
        driverName: v.driver,
        driverPhone: v.phone,
      });
      const sim = await createSim(as, { number: v.sim[0], carrier: v.sim[1], note: '' });
      const [model, serial, soldOn] = v.terminal;
      await createTerminal(as, {
        serial,
        productId: products.get(model)!,
        vehicleId: vehicle.id,
        simId: sim.id,
        soldOn,
        warrantyEnd: null,
        note: '',
      });
    }
  }
  for (const [model, serial] of SPARE_TERMINALS)
    await createTerminal(as, {
      serial,
      productId: products.get(model)!,
      vehicleId: null,
      simId: null,
      soldOn: null,
      warrantyEnd: null,
      note: '',
    });
  for (const [number, carrier] of SPARE_SIMS) await createSim(as, { number, carrier, note: '' });
  const vehicles = CUSTOMERS.reduce((n, c) => n + c.vehicles.length, 0);
  return PRODUCTS.length + CUSTOMERS.length + vehicles * 3 + SPARE_TERMINALS.length + SPARE_SIMS.length;
}
