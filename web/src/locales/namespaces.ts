import { FEATURES } from '../features';

/** The shell's own namespaces; `permissions` names every module's permissions (the roles and users pages show them). */
export const SHARED_NAMESPACES = ['common', 'auth', 'layout', 'errors', 'validation', 'permissions'] as const;

/** The namespaces every language must have, one JSON file each (locales.test.ts checks them): the shell's and each feature's. */
export const NAMESPACES: readonly string[] = [...SHARED_NAMESPACES, ...FEATURES.flatMap((f) => f.namespaces)];
