/** A person who signs in. Belongs to one organisation node, which decides who may see them. */
export interface User {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  phone: string | null;
  /** 执业证号 (a physician's licence number); null for staff without one. */
  licenceNo: string | null;
  orgId: string;
  mustChangePassword: boolean;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Grant {
  id: string;
  userId: string;
  roleId: string;
  roleCode: string;
  roleName: string;
  orgId: string;
  orgName: string;
  orgPath: string;
  createdAt: string;
}

export interface Role {
  id: string;
  code: string;
  name: string;
  builtin: boolean;
  permissions: string[];
}
