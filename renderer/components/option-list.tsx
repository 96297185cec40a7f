/**
 * The popup list of an ARIA 1.2 combobox. The keyboard stays in the input
 * (arrow keys, Enter, Escape are handled there, the active option is named by
 * aria-activedescendant), so the options take only mouse clicks.
 */
/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/no-noninteractive-element-to-interactive-role, jsx-a11y/click-events-have-key-events -- the combobox pattern needs role=listbox/option; keys are handled by the input */

export interface OptionItem {
  key: string;
  title: string;
  meta: string;
}

export const optionId = (listId: string, i: number): string => `${listId}-opt-${i}`;

export function OptionList({ id, label, items, active, hidden, className, onChoose, onHover }: {
  id: string;
  label: string;
  items: OptionItem[];
  active: number;
  hidden?: boolean;
  className?: string;
  onChoose(i: number): void;
  onHover(i: number): void;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} className={`cdo-options${className ? ` ${className}` : ''}`} hidden={hidden}>
      {items.map((item, i) => (
        <li
          key={item.key}
          id={optionId(id, i)}
          role="option"
          aria-selected={i === active}
          className={`cdo-option${i === active ? ' cdo-option--active' : ''}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(i)}
          onMouseEnter={() => onHover(i)}
        >
          <span className="cdo-option__title">{item.title}</span>
          {item.meta ? <span className="cdo-option__meta">{item.meta}</span> : null}
        </li>
      ))}
    </ul>
  );
}
