/**
 * The popup's "Check this page": each hook of the platform's selector table with its count on the live page and what
 * the test pages have, and the identity signals found, by name. So a user or a maintainer sees at once what the site
 * changed. Counts and names only: the content script reads no text of the page for it (utils/platforms/health.ts).
 *
 * Automation hooks:
 * - data-action: check-page
 * - data-status: check-loading, check-failed, check-summary, check-signals
 * - data-list: check-page (rows carry data-hook, data-count, data-check="ok|missing|none|more|invalid")
 */
import type { Translate } from '@/utils/i18n';
import type { HookCheck, PageCheck } from '@/utils/messaging/protocol';
import type { CheckState } from '@/utils/ui/popup-store';

export type { CheckState } from '@/utils/ui/popup-store';

type RowCheck = 'ok' | 'missing' | 'none' | 'more' | 'invalid';

/** How a hook's count compares with the test pages: as the live-page snippet flags it (tests/tools). */
export function rowCheck(hook: HookCheck): RowCheck {
  if (hook.count === null) return 'invalid';
  if (hook.count === 0) return hook.required ? 'missing' : 'none';
  return hook.count > hook.max ? 'more' : 'ok';
}

const range = (hook: HookCheck) => (hook.min === hook.max ? `${hook.min}` : `${hook.min}–${hook.max}`);

export function CheckPage({ t, state, onCheck }: { t: Translate; state: CheckState; onCheck?: () => void }) {
  return (
    // Named by the result's heading once there is one; before that, by the button that asks for it.
    <section
      class="check-page"
      aria-labelledby={state.kind === 'ready' ? 'popup-check-heading' : undefined}
      aria-label={state.kind === 'ready' ? undefined : t('popup_check_page')}
    >
      <div class="actions">
        <button type="button" data-action="check-page" onClick={() => onCheck?.()} disabled={state.kind === 'loading'}>
          {t('popup_check_page')}
        </button>
      </div>
      {state.kind === 'loading' ? <p class="muted small" role="status" data-status="check-loading">…</p> : null}
      {state.kind === 'failed' ? (
        <p class="notice" role="status" data-status="check-failed">
          {t('popup_check_failed')}
        </p>
      ) : null}
      {state.kind === 'ready' ? <CheckResult t={t} check={state.check} /> : null}
    </section>
  );
}

function CheckResult({ t, check }: { t: Translate; check: PageCheck }) {
  const missing = check.hooks.filter((h) => rowCheck(h) === 'missing').map((h) => h.name);
  const found = check.signals.filter((s) => s.found).map((s) => s.name);
  return (
    <div>
      <h2 id="popup-check-heading">{t('popup_check_heading', [t(`platform_${check.platform}`)])}</h2>
      <p class={missing.length ? 'notice' : 'muted small'} role="status" data-status="check-summary">
        {missing.length ? t('popup_check_missing_required', [missing.join(', ')]) : t('popup_check_all_required')}
      </p>
      <p class="small" data-status="check-signals">
        {found.length ? t('popup_check_signals', [found.join(', ')]) : t('popup_check_no_signals')}
      </p>
      <div class="check-scroll">
        <table class="check-table">
          <thead>
            <tr>
              <th scope="col">{t('popup_check_col_hook')}</th>
              <th scope="col">{t('popup_check_col_count')}</th>
              <th scope="col">{t('popup_check_col_expected')}</th>
            </tr>
          </thead>
          <tbody data-list="check-page">
            {check.hooks.map((hook) => {
              const state = rowCheck(hook);
              return (
                <tr key={hook.name} data-hook={hook.name} data-count={hook.count ?? 'error'} data-check={state} class={state}>
                  <th scope="row">
                    <code>{hook.name}</code>
                  </th>
                  <td>
                    {hook.count ?? '✖'}
                    {state !== 'ok' ? <span class="check-state"> {t(`popup_check_state_${state}`)}</span> : null}
                  </td>
                  <td>{hook.required ? t('popup_check_required') : range(hook)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted small">{t('popup_check_note')}</p>
    </div>
  );
}
