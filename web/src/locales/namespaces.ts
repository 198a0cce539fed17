import { FEATURES } from '../features';

/** The shell's own namespaces (`permissions`, every module's permission names, is the roles feature's). */
export const SHARED_NAMESPACES = ['common', 'auth', 'layout', 'errors', 'validation'] as const;

/** The namespaces every language must have, one JSON file each (locales.test.ts checks them): the shell's and each feature's. */
export const NAMESPACES: readonly string[] = [...SHARED_NAMESPACES, ...FEATURES.flatMap((f) => f.namespaces)];
