import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import type { AntdPart } from '../bundle';

/** antd's texts and dayjs' in this language: a chunk of its own, loaded with the signed-in shell (app/AntdProvider.tsx). */
export const part: AntdPart = {
  locale: enUS,
  applyToDates: () => void dayjs.locale('en'),
};
