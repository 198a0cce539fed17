import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import './estates.css';

/** The unit of the estate register a record is for, as a link beside its address (for those who read the register). */
export function UnitLink({ unitId }: { unitId: string | null }) {
  const { t } = useTranslation();
  const readsRegister = useAbility('estates');
  if (!unitId || !readsRegister) return null;
  return (
    <Link className="unit-link" to={`/estates/units/${unitId}`}>
      {t('estates:picker.open')}
    </Link>
  );
}
