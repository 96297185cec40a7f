import { useTranslation } from 'react-i18next';

/** "Zum Inhalt springen": moves focus to <main> without touching the hash route. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="cdo-skip"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('nav.skip')}
    </a>
  );
}
