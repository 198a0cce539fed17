import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TodoWidget } from '../../app/feature';
import { MenuIcon } from '../../app/ui/MenuIcon';
import { formatFen } from '../../app/ui/money';
import { FEATURES } from '../index';
import type { TodoItem } from './workbench-query';

const WIDGETS = new Map<string, TodoWidget>(FEATURES.flatMap((f) => f.todos ?? []).map((w) => [w.key, w]));

/** The caller's to-dos as cards: what, how many (and how much money), each a link to the list that shows them. */
export function TodoCards({ todos }: { todos: TodoItem[] }) {
  const { t, i18n } = useTranslation();
  const shown = todos.flatMap((todo) => {
    const widget = WIDGETS.get(todo.key);
    return widget ? [{ todo, widget }] : [];
  });
  if (!shown.length) return <p className="muted">{t('home:todos.none')}</p>;
  return (
    <ul className="todo-cards">
      {shown.map(({ todo, widget }) => {
        const subject = todo.subject ? (i18n.language === 'en' ? todo.subject.en : todo.subject['zh-CN']) : '';
        const label = t(widget.labelKey, { subject });
        return (
          <li key={`${todo.key}:${todo.link}`}>
            <Link to={todo.link} className={todo.severity ? `todo-card todo-card-${todo.severity}` : 'todo-card'}>
              <span className="todo-card-icon" aria-hidden>
                <MenuIcon name={widget.icon} />
              </span>
              <span className="todo-card-body">
                <span className="todo-card-label">{label}</span>
                {todo.amountFen !== undefined ? (
                  <span className="todo-card-amount">{t('home:todos.amount', { amount: formatFen(todo.amountFen) })}</span>
                ) : null}
              </span>
              <span className="todo-card-count">{todo.count}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
