import { type Access, allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { REPORTING_ACKNOWLEDGE, REPORTING_READ, REPORTING_SUBMIT } from './reporting.permissions.js';

/** 404 outside the caller's nodes, 403 inside without reporting.read, for a record of the station at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, REPORTING_READ, orgPath, what);

/** The station's own people report: reporting.submit at the station. */
export const maySubmit = (access: Access, stationPath: string) => allowsAt(access, REPORTING_SUBMIT, stationPath);

/** The superior acknowledges: reporting.acknowledge at the node the record was reported to. */
export const mayAcknowledge = (access: Access, superiorPath: string) => allowsAt(access, REPORTING_ACKNOWLEDGE, superiorPath);
