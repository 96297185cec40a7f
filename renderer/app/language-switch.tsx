import { useTranslation } from 'react-i18next';
import { LANGS, currentLang, setLang } from '../i18n/index.ts';

/** DE | EN as a pressed-button pair; each language is named in itself. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <fieldset className="cdo-lang">
      <legend className="kern-sr-only">{t('header.language')}</legend>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`cdo-lang__btn${l === lang ? ' cdo-lang__btn--active' : ''}`}
          aria-pressed={l === lang}
          title={t(`header.lang.${l}`)}
          onClick={() => setLang(i18n, l)}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="kern-sr-only">{t(`header.lang.${l}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
