/**
 * The options page's first run, while no account is configured: three steps, the first of which needs no file. For
 * each site open in a tab, the account it shows is offered ("Add the account I'm on"), or what to do when none is; an
 * account can also be added by hand. Props in, callbacks out.
 *
 * Automation hooks: [data-status="first-run"]; [data-list="open-sites"] with one li[data-platform] per platform (and
 * data-state="detected|no-identity|not-open"); buttons [data-action="first-add-open"] (data-platform, data-handle),
 * "first-add-by-hand", "first-check-tabs".
 */
import { PLATFORMS, type Platform } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { OpenSite } from '@/utils/ui/open-accounts';
import type { AccountPrefill } from '@/utils/ui/options-store';

export interface FirstRunProps {
  t: Translate;
  /** The open sites and the accounts they show; null while not asked yet. */
  openSites: OpenSite[] | null;
  /** Opens the add form, filled in from an open tab, or empty. */
  onAdd: (prefill?: AccountPrefill) => void;
  /** Asks the open tabs again (the user logged in meanwhile). */
  onCheckTabs?: () => void;
}

const label = (i: { handle?: string; name?: string }) => (i.handle ? `@${i.handle}${i.name ? ` (${i.name})` : ''}` : (i.name ?? ''));

function Site({ t, platform, site, onAdd }: { t: Translate; platform: Platform; site: OpenSite | undefined; onAdd: FirstRunProps['onAdd'] }) {
  const name = t(`platform_${platform}`);
  const state = !site ? 'not-open' : site.identities.length ? 'detected' : 'no-identity';
  return (
    <li data-platform={platform} data-state={state}>
      <strong>{name}</strong>{' '}
      {state === 'detected' ? (
        site!.identities.map((identity) => (
          <button
            key={`${identity.handle ?? ''}:${identity.name ?? ''}`}
            type="button"
            data-action="first-add-open"
            data-platform={platform}
            data-handle={identity.handle}
            aria-label={t('first_add_open_label', [label(identity), name])}
            onClick={() => onAdd({ platform, ...identity })}
          >
            {t('first_add_open', [label(identity)])}
          </button>
        ))
      ) : (
        <span class="muted small">{state === 'not-open' ? t('first_not_open', [name]) : t('first_no_identity')}</span>
      )}
    </li>
  );
}

export function FirstRun({ t, openSites, onAdd, onCheckTabs }: FirstRunProps) {
  return (
    <div class="first-run card" data-status="first-run" role="region" aria-labelledby="first-run-title">
      <h3 id="first-run-title">{t('first_title')}</h3>
      <ol class="first-steps">
        <li>
          <strong>{t('first_step1')}</strong> {t('first_step1_help')}
          {openSites ? (
            <ul class="open-sites" data-list="open-sites">
              {PLATFORMS.map((p) => (
                <Site key={p} t={t} platform={p} site={openSites.find((s) => s.platform === p)} onAdd={onAdd} />
              ))}
            </ul>
          ) : null}
          <p class="actions">
            {onCheckTabs ? (
              <button type="button" data-action="first-check-tabs" onClick={onCheckTabs}>
                {t('first_check_tabs')}
              </button>
            ) : null}{' '}
            <button type="button" data-action="first-add-by-hand" onClick={() => onAdd()}>
              {t('first_add_by_hand')}
            </button>
          </p>
        </li>
        <li>
          <strong>{t('first_step2')}</strong> {t('first_step2_help')}
        </li>
        <li>
          <strong>{t('first_step3')}</strong> {t('first_step3_help')}
        </li>
      </ol>
      <p class="muted small">
        {t('first_import')} <a href="#io-title">{t('optionsImportExport')}</a>
      </p>
    </div>
  );
}

/** Once accounts exist: the accounts open tabs show that are not configured yet, each with its "Add" button. */
export function OpenUnconfigured({ t, sites, onAdd }: { t: Translate; sites: OpenSite[]; onAdd: (prefill: AccountPrefill) => void }) {
  return (
    <div class="open-unconfigured" data-status="open-unconfigured">
      <p class="muted small">{t('first_open_unconfigured')}</p>
      <ul class="open-sites" data-list="open-sites">
        {sites.map((s) => (
          <Site key={s.platform} t={t} platform={s.platform} site={s} onAdd={(fill) => fill && onAdd(fill)} />
        ))}
      </ul>
    </div>
  );
}
