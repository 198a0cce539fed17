import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { rolesQuery } from '../roles/role-queries';
import { isFileField, isId, isRecord, jsonText, lineText, recordFields, scaled } from './history-diff';
import { booleanKey, codedKey } from './value-codes';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Turns a recorded value into words: names instead of ids (a user's or a node's from the event's `names`), translated states,
 * kinds, roles and permissions, amounts in yuan, instants in local time.
 */
export function useValueText(enabled: boolean, entity = '') {
  const { t } = useTranslation();
  const format = useFormat();
  const orgs = useOrgs();
  const canSeeRoles = useAbility('roles');
  const roles = useQuery({ ...rolesQuery, enabled: enabled && canSeeRoles });
  const roleName = (id: string) => {
    const role = roles.data?.find((r) => r.id === id);
    return role ? t(`roles:builtin.${role.code}`, { defaultValue: role.name }) : shortId(id);
  };
  const separator = t('common:listSeparator');
  const labelSeparator = t('common:labelSeparator');
  const aside = (text: string, note: string) => t('common:aside', { text, aside: note });
  // an event's values in words, with the names of the users and nodes it names by id
  const textWith = (names: Readonly<Record<string, string>>) => {
    const text = (field: string, value: unknown): string => {
      if (value === undefined || value === null || value === '') return t('common:empty');
      if (typeof value === 'boolean') return t(booleanKey(field, value));
      if (typeof value === 'number') return field.endsWith('Fen') ? formatFen(value) : String(scaled(field, value));
      if (typeof value === 'string') {
        const inner = jsonText(value);
        if (inner !== undefined) return text(field, inner);
        if (isFileField(field) && isId(value)) return t('history:fileKept');
        const coded = codedKey(entity, field, value);
        if (coded) return t(coded, { defaultValue: value });
        if (field === 'key') return t(`params:keys.${value}.name`, { defaultValue: value });
        if (field === 'parentId' || field === 'orgId' || field === 'officeId') return orgs.byId.get(value)?.name ?? shortId(value);
        if (field === 'roleId') return roleName(value);
        // a person or node by name (the event carries the names of those it names); another record's id is not a word: its
        // first characters tell records apart
        if (field.endsWith('Id') || isId(value)) return names[value] ?? shortId(value);
        if (ISO_INSTANT.test(value)) return format.dateTime(value);
        return value;
      }
      if (Array.isArray(value)) {
        if (field === 'permissions') return value.map((p) => t(`permissions:${String(p)}`, { defaultValue: String(p) })).join(separator);
        return value.map((v) => (isRecord(v) ? lineText(v, text, formatFen, aside) : text(field, v))).join(separator);
      }
      if (isRecord(value)) {
        return recordFields(value)
          .map(
            ([k, v]) =>
              `${t([`history:fieldsOf.${entity}.${k}`, `history:fields.${k}`], { defaultValue: k })}${labelSeparator}${text(k, v)}`,
          )
          .join(separator);
      }
      return String(value);
    };
    return text;
  };
  return (field: string, value: unknown, names: Readonly<Record<string, string>> = {}): string => textWith(names)(field, value);
}

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
