import type { CheckMethod, CleaningArea, ThresholdUnit } from './cleaning.types.js';

export interface LibraryCheck {
  key: string;
  area: CleaningArea;
  object: string;
  criterion: string;
  method: CheckMethod;
  thresholdMax?: number;
  thresholdUnit?: ThresholdUnit;
}

/**
 * The group's standards library as 篇六 1–2 (诚基公寓保洁服务管理方案) writes it: each area's objects, the criterion
 * in the regulation's words, the method it is checked by, and the three numbers it fixes (2 butts or scraps per
 * 100 m² of road, no stone of 1 cm or more, a bin emptied past half full). Seeded into every tenant; estates copy it.
 */
export const CLEANING_LIBRARY: readonly LibraryCheck[] = [
  { key: 'ground.litter', area: 'ground', object: '地面', criterion: '清扫地面垃圾、树叶等，无瓜果皮壳、纸屑等杂物', method: 'visual' },
  { key: 'ground.water', area: 'ground', object: '地面', criterion: '无积水、无污渍、无烟蒂', method: 'visual' },
  { key: 'signs.clean', area: 'signs', object: '路牌、标志、指示牌', criterion: '干净、无尘灰、无污渍，擦拭一次', method: 'touch' },
  {
    key: 'flower_beds.litter',
    area: 'flower_beds',
    object: '花圃内外',
    criterion: '目视无枯枝、无果皮、无饮料罐、无废纸杂物',
    method: 'visual',
  },
  { key: 'roads.soil', area: 'roads', object: '行人路、车路面', criterion: '清扫后无明显泥沙、污垢', method: 'visual' },
  {
    key: 'roads.butts',
    area: 'roads',
    object: '行人路、车路面',
    criterion: '每100平方米内烟头、纸屑均不超过2个',
    method: 'visual',
    thresholdMax: 2,
    thresholdUnit: 'per_100m2',
  },
  {
    key: 'roads.stones',
    area: 'roads',
    object: '行人路、车路面',
    criterion: '无一厘米以上石子（量最大一粒，毫米）',
    method: 'visual',
    thresholdMax: 9,
    thresholdUnit: 'mm',
  },
  { key: 'lights.clean', area: 'lights', object: '照明设施、标牌', criterion: '无积尘、无污迹，透明度好', method: 'touch' },
  { key: 'entrances.steps', area: 'entrances', object: '各进出口台阶', criterion: '清洁无尘、无污渍、光亮，一次冲洗', method: 'touch' },
  { key: 'garage.smell', area: 'garage', object: '地下车库', criterion: '无异味', method: 'smell' },
  { key: 'garage.litter', area: 'garage', object: '地下车库', criterion: '无泥土、垃圾和堆放物', method: 'visual' },
  { key: 'pillars.clean', area: 'pillars', object: '外围立柱', criterion: '无积尘、无污垢、光亮', method: 'touch' },
  {
    key: 'bins.walls',
    area: 'bins',
    object: '垃圾箱、垃圾桶',
    criterion: '箱体内外四壁干净无污渍，箱口箱内外无垃圾，箱桶外表干净',
    method: 'visual',
  },
  { key: 'bins.smell', area: 'bins', object: '垃圾箱、垃圾桶', criterion: '无异味，发现有异味及时处理一次清洗', method: 'smell' },
  {
    key: 'bins.fill',
    area: 'bins',
    object: '垃圾桶',
    criterion: '桶内垃圾不超过1/2桶，超过及时处理一次清洗（目测满度，百分比）',
    method: 'visual',
    thresholdMax: 50,
    thresholdUnit: 'percent',
  },
];
