import zhCN from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { type LocaleBundle, resourcesOf } from '../bundle';
import agreements from './agreements.json';
import auth from './auth.json';
import callbacks from './callbacks.json';
import common from './common.json';
import compliance from './compliance.json';
import errors from './errors.json';
import estates from './estates.json';
import history from './history.json';
import home from './home.json';
import jobs from './jobs.json';
import layout from './layout.json';
import money from './money.json';
import orders from './orders.json';
import orgs from './orgs.json';
import params from './params.json';
import permissions from './permissions.json';
import pricelists from './pricelists.json';
import roles from './roles.json';
import users from './users.json';
import validation from './validation.json';

/** Everything Chinese needs, loaded as one chunk when the language is chosen. */
export const bundle: LocaleBundle = {
  resources: resourcesOf({
    common,
    auth,
    layout,
    errors,
    validation,
    home,
    orgs,
    users,
    roles,
    params,
    history,
    permissions,
    orders,
    pricelists,
    compliance,
    money,
    callbacks,
    jobs,
    agreements,
    estates,
  }),
  antdLocale: zhCN,
  dayjsLocale: 'zh-cn',
};
