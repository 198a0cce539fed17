import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { AntdPart } from '../bundle';

/** antd's texts and dayjs' in this language: a chunk of its own, loaded with the signed-in shell (app/AntdProvider.tsx). */
export const part: AntdPart = {
  locale: zhCN,
  applyToDates: () => void dayjs.locale('zh-cn'),
};
