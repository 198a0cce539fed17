import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';

/** A built-in role's name in the user's language; a custom role keeps the name its creator gave it. */
export function useRoleName() {
  const { t } = useTranslation();
  return (role: Pick<Role, 'code' | 'name' | 'builtin'>) =>
    role.builtin ? t(`roles:builtin.${role.code}`, { defaultValue: role.name }) : role.name;
}
