import { useQuery } from '@tanstack/react-query';
import { Checkbox, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../api/types';
import { QueryError } from '../../app/ui/QueryError';
import { permissionsQuery } from './role-queries';

function byModule(permissions: Permission[]): [string, Permission[]][] {
  const groups = new Map<string, Permission[]>();
  for (const p of permissions) groups.set(p.module, [...(groups.get(p.module) ?? []), p]);
  return [...groups.entries()];
}

interface Props {
  /** The permissions a role holds. */
  value?: string[];
  onChange?: (value: string[]) => void;
  /** A checklist of the whole catalogue (create or edit a role); otherwise only what the role holds. */
  editable?: boolean;
  id?: string;
}

/** The permission catalogue grouped by module, each with what it allows in plain words. */
export function PermissionList({ value = [], onChange, editable, id }: Props) {
  const { t } = useTranslation();
  const catalogue = useQuery(permissionsQuery);
  if (catalogue.isPending) return <Skeleton active />;
  if (catalogue.isError) return <QueryError error={catalogue.error} onRetry={() => catalogue.refetch()} />;
  const held = new Set(value);
  const groups = byModule(editable ? catalogue.data : catalogue.data.filter((p) => held.has(p.code)));
  if (groups.length === 0) return <Empty description={t('roles:permissions.none')} />;

  return (
    <div className="permission-groups" id={id}>
      {groups.map(([module, perms]) => (
        <fieldset key={module} className="permission-group">
          <legend>{t(`permissions:modules.${module}`, { defaultValue: module })}</legend>
          {perms.map((p) => {
            const label = (
              <>
                <span className="permission-name">{t(`permissions:${p.code}`, { defaultValue: p.description })}</span>
                <code className="permission-code">{p.code}</code>
              </>
            );
            return editable ? (
              <Checkbox
                key={p.code}
                className="permission-item"
                checked={held.has(p.code)}
                onChange={(e) => onChange?.(e.target.checked ? [...value, p.code] : value.filter((c) => c !== p.code))}
              >
                {label}
              </Checkbox>
            ) : (
              <div key={p.code} className="permission-item">
                {label}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
