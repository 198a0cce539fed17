import type { OrgKind } from '../../platform/db/schema.js';

export type { OrgKind };

export const ORG_KINDS = ['hq', 'company', 'centre', 'office', 'station', 'department'] as const;

/** A node of the organisation tree: HQ → company/centre → office/station → department. */
export interface OrgNode {
  id: string;
  tenantId: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  code: string | null;
  path: string;
  depth: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
