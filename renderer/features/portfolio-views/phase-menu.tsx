/**
 * "Phase ändern" on a board card: a menu button (WAI-ARIA menu pattern). Enter,
 * Space or ArrowDown open it on the first other phase; arrow keys, Home and End
 * move; Escape or Tab close it and focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../api/index.ts';
import { PHASE_COLORS } from '../../components/phase.tsx';

/** Focuses `ref` once when `when` turns true: the moved card's button, after it lands in its new column. */
function useFocusWhen(ref: React.RefObject<HTMLElement | null>, when: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (when && !done.current) {
      done.current = true;
      ref.current?.focus();
    }
    if (!when) done.current = false;
  }, [when, ref]);
}

export function PhaseMenu({ title, current, onChoose, focus }: { title: string; current: Phase; onChoose(p: Phase): void; focus: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const choices = PHASES.filter((p) => p !== current);
  useFocusWhen(button, focus);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, menu, button]);

  function onMenuKey(e: React.KeyboardEvent) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      close(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div className="cdo-phase-menu">
      <button
        ref={button}
        type="button"
        className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-phase-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={t('views.board.changePhaseFor', { title })}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="kern-label">{t('views.board.changePhase')}</span>
        <span className="cdo-phase-menu__chevron" aria-hidden="true" />
      </button>
      {open ? (
        <ul ref={menu} id={`${id}-menu`} role="menu" className="cdo-phase-menu__list" aria-label={t('views.board.moveTo', { title })} onKeyDown={onMenuKey}>
          {choices.map((p) => (
            <li key={p} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="cdo-phase-menu__item"
                onClick={() => {
                  close(true);
                  onChoose(p);
                }}
              >
                <span className="cdo-dot" style={{ background: PHASE_COLORS[p] }} aria-hidden="true" />
                {t(`phase.${p}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
