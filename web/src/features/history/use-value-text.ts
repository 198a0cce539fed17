import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { rolesQuery } from '../roles/role-queries';

/** Turns a recorded value into words: names instead of ids, translated kinds, roles and permissions. */
export function useValueText(enabled: boolean) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const canSeeRoles = useAbility('roles');
  const roles = useQuery({ ...rolesQuery, enabled: enabled && canSeeRoles });
  const roleName = (id: string) => {
    const role = roles.data?.find((r) => r.id === id);
    return role ? t(`roles:builtin.${role.code}`, { defaultValue: role.name }) : shortId(id);
  };

  return (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('common:empty');
    if (typeof value === 'boolean') {
      if (field === 'active') return value ? t('common:status.active') : t('common:status.inactive');
      return value ? t('common:yes') : t('common:no');
    }
    if (typeof value === 'string') {
      if (field === 'kind') return t(`orgs:kinds.${value}`, { defaultValue: value });
      if (field === 'role') return t(`roles:builtin.${value}`, { defaultValue: value });
      if (field === 'key') return t(`params:keys.${value}.name`, { defaultValue: value });
      if (field === 'parentId' || field === 'orgId') return orgs.byId.get(value)?.name ?? shortId(value);
      if (field === 'roleId') return roleName(value);
      return value;
    }
    if (Array.isArray(value)) {
      if (field === 'permissions')
        return value.map((p) => t(`permissions:${String(p)}`, { defaultValue: String(p) })).join(t('common:listSeparator'));
      return value.map(String).join(t('common:listSeparator'));
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
}

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
