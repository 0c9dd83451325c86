/**
 * The identity ribbon: a slim band attached to the composer the user is typing in, saying who a publish would go
 * out as (colour, name, @handle, brand/personal). Subtle for personal accounts, a filled colour band with a
 * "protected" label for protected ones, and a warning look for "not one of your accounts" and "cannot tell".
 * Rendered by utils/guard/ribbon.ts into a shadow root, inside a role="status" live region; props in, nothing out
 * (it has no controls and lets the pointer through). User text is only ever rendered as text nodes.
 *
 * Switched off, it still says who a publish goes out as, muted, with an "off: nothing is checked" label (distinct
 * from the pause's "paused" label). It follows the site's theme when the content script can read it (`theme`), else
 * the system's.
 *
 * Automation hooks (stable): the root `.ribbon` has data-tone="protected|brand|personal|unregistered|unknown",
 * data-color="#rrggbb" (the account's colour, absent when the account is none of the user's),
 * data-paused="true" while the guard is paused, data-off="true" while it is switched off, data-degraded="true" while
 * the page's reading is degraded, data-theme="light|dark" when the site's theme is known; text parts are
 * [data-field="as|name|handle|kind|protected|state|paused|off|degraded"].
 */
import type { RibbonView } from '@/utils/messaging/frame-protocol';

export type { RibbonTone, RibbonView } from '@/utils/messaging/frame-protocol';
import type { Translate } from '@/utils/i18n';
import { textColorOn } from '@/utils/format';

export interface RibbonProps {
  t: Translate;
  view: RibbonView;
}

export function Ribbon({ t, view }: RibbonProps) {
  const { tone, name, handle, kind, color, problem, paused, off, theme, degraded } = view;
  const style = color ? `--account: ${color}; --on-account: ${textColorOn(color)};` : undefined;
  return (
    <div
      class="ribbon"
      data-tone={tone}
      data-color={color ?? undefined}
      data-paused={paused ? 'true' : undefined}
      data-off={off ? 'true' : undefined}
      data-degraded={degraded ? 'true' : undefined}
      data-theme={theme}
      style={style}
    >
      <span class="dot" aria-hidden="true" />
      {tone === 'unknown' ? (
        <span class="state" data-field="state">
          {t('ribbon_unknown')}
          {view.askFirst ? `: ${t('ribbon_settings_problem')}` : problem === 'conflicting-signals' ? `: ${t('ribbon_unknown_conflict')}` : null}
        </span>
      ) : (
        <>
          <span class="as" data-field="as">
            {t('ribbon_publishing_as')}
          </span>{' '}
          <span class="who">
            {name ? <span data-field="name">{name}</span> : null}
            {name && handle ? ' ' : null}
            {handle ? (
              <span class="handle" data-field="handle">
                {handle}
              </span>
            ) : null}
          </span>
          {/* Switched off, nothing is checked: the account's kind and protection would promise what is not done, and
              the "off" label must fit the composer's column whole. */}
          {kind && !off ? (
            <>
              {' '}
              <span class="chip" data-field="kind">
                {t(`kind_${kind}`)}
              </span>
            </>
          ) : null}
          {tone === 'protected' && !off ? (
            <>
              {' '}
              <span class="chip strong" data-field="protected">
                {t('ribbon_protected')}
              </span>
            </>
          ) : null}
          {tone === 'unregistered' ? (
            <>
              {' '}
              <span class="chip warn" data-field="state">
                {t('ribbon_unregistered')}
              </span>
            </>
          ) : null}
        </>
      )}
      {off ? (
        <>
          {' '}
          <span class="chip off" data-field="off">
            {t('ribbon_off')}
          </span>
        </>
      ) : paused ? (
        <>
          {' '}
          <span class="chip" data-field="paused">
            {t('ribbon_paused')}
          </span>
        </>
      ) : null}
      {degraded ? (
        <>
          {' '}
          <span class="chip degraded" data-field="degraded">
            {t('ribbon_degraded')}
          </span>
        </>
      ) : null}
    </div>
  );
}
