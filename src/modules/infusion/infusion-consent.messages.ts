import type { Messages, PrintLocale } from '../../platform/print/messages.js';

/**
 * The text of the printed 家庭输液治疗知情同意书 (A5.4, X2), written from 篇五: home infusion carries more risk than at
 * the centre, the nurse checks before giving, the family stays and watches, a reaction is called in at once, and a
 * drug from another hospital is given only after its four signed steps (A5.5).
 */
export const consentFormMessages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    title: '家庭输液治疗知情同意书',
    patient: '患者姓名',
    sex: '性别',
    'sex.male': '男',
    'sex.female': '女',
    age: '年龄',
    ageYears: '{n} 岁',
    address: '居住地址',
    allergies: '过敏史',
    noAllergies: '无',
    intro: '患者（或其家属）经医生评估符合出诊输液条件，现申请在家中接受输液治疗。医护人员已告知以下事项：',
    'clause.1':
      '居家输液较在本中心输液风险更大。输液过程中可能出现过敏、发热、寒战、静脉炎、心慌气短等不良反应，严重时可危及生命；家中没有中心的抢救设备和药品，一旦发生严重反应，救治条件有限。',
    'clause.2': '每次输液前，护士按医嘱核对患者身份、药品名称、剂量、用法和有效期，确认无误后方可给药；有疑问时暂停输液并请示医生。',
    'clause.3': '输液全程须有家属或照护人在旁陪护，注意观察患者的面色、呼吸和输液部位，不得自行调节滴速或拔针。',
    'clause.4': '发现任何不适或不良反应，立即告知在场护士，并拨打中心电话；情况紧急时立即拨打 120 急救电话。',
    'clause.5':
      '外院带来的药品，须经外院首剂观察无不良反应、全科医生核对外院处方、本中心药剂人员审核、本中心医生开具医嘱四个步骤均签名确认后，方可在家中使用。',
    'clause.6': '患者或家属可随时撤回本同意书；撤回后不再上门输液，直至重新签署。',
    agree: '我已阅读并理解上述内容，对居家输液的风险知情，同意接受家庭输液治疗，并遵守上述约定。',
    signer: '签字人',
    relation: '与患者关系',
    self: '本人',
    signedAt: '签署日期',
    recordedBy: '经办医护人员',
    signature: '患者或家属签字',
    signedBy: '{name}，{at}',
    notSigned: '未签字',
    withdrawn: '本同意书已于 {at} 撤回，原因：{reason}',
    footer: '本同意书一式两份，中心和患者各执一份。',
  },
  en: {
    title: 'Informed Consent to Home Infusion Therapy',
    patient: 'Patient',
    sex: 'Sex',
    'sex.male': 'Male',
    'sex.female': 'Female',
    age: 'Age',
    ageYears: '{n} years',
    address: 'Address',
    allergies: 'Allergies',
    noAllergies: 'None',
    intro:
      'The physician has found the patient fit to receive infusions at home, and the patient (or the family) asks for it. The staff have explained the following:',
    'clause.1':
      'An infusion at home carries more risk than at the centre. Adverse reactions may occur during an infusion (allergy, fever, chills, phlebitis, palpitations, shortness of breath) and can be life-threatening; the centre’s emergency equipment and drugs are not at hand at home, so treatment of a serious reaction is limited.',
    'clause.2':
      'Before each infusion the nurse checks the patient, the drug’s name, dose, route and expiry date against the physician’s order and gives it only when all agree; in any doubt the infusion waits for the physician.',
    'clause.3':
      'A family member or carer stays with the patient throughout the infusion and watches the patient’s colour, breathing and the infusion site, and never changes the drip rate or removes the needle.',
    'clause.4': 'On any discomfort or reaction, tell the nurse at once and call the centre; in an emergency call 120 immediately.',
    'clause.5':
      'A drug brought from another hospital is given at home only after four signed steps: the first dose at that hospital without adverse reaction, a general practitioner’s check of its prescription, the centre pharmacist’s review and the centre physician’s order.',
    'clause.6': 'The patient or family may withdraw this consent at any time; no infusion is given at home until a new one is signed.',
    agree:
      'I have read and understood the above, I know the risks of home infusion, I consent to home infusion therapy and will keep to what is set out above.',
    signer: 'Signed by',
    relation: 'Relation to the patient',
    self: 'The patient',
    signedAt: 'Date signed',
    recordedBy: 'Taken by',
    signature: 'Signature of the patient or family member',
    signedBy: '{name}, {at}',
    notSigned: 'Not signed',
    withdrawn: 'This consent was withdrawn on {at}: {reason}',
    footer: 'Made out in two copies: one for the centre, one for the patient.',
  },
};

/** The clauses of the consent, in the order they are printed and shown. */
export const CONSENT_CLAUSES = ['clause.1', 'clause.2', 'clause.3', 'clause.4', 'clause.5', 'clause.6'] as const;
