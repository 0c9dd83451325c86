/**
 * The identity ribbon: a slim band attached to the composer the user is typing in, saying who a publish would go
 * out as (colour, name, @handle, brand/personal). Subtle for personal accounts, a filled colour band with a
 * "protected" label for protected ones, and a warning look for "not one of your accounts" and "cannot tell".
 * Rendered by utils/guard/ribbon.ts into a shadow root, inside a role="status" live region; props in, nothing out
 * (it has no controls and lets the pointer through). User text is only ever rendered as text nodes.
 *
 * Automation hooks (stable): the root `.ribbon` has data-tone="protected|brand|personal|unregistered|unknown",
 * data-color="#rrggbb" (the account's colour, absent when the account is none of the user's), and
 * data-paused="true" while the guard is paused, data-degraded="true" while the page's reading is degraded; text parts
 * are [data-field="as|name|handle|kind|protected|state|paused|degraded"].
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
  const { tone, name, handle, kind, color, problem, paused, degraded } = view;
  const style = color ? `--account: ${color}; --on-account: ${textColorOn(color)};` : undefined;
  return (
    <div class="ribbon" data-tone={tone} data-color={color ?? undefined} data-paused={paused ? 'true' : undefined} data-degraded={degraded ? 'true' : undefined} style={style}>
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
          {kind ? (
            <>
              {' '}
              <span class="chip" data-field="kind">
                {t(`kind_${kind}`)}
              </span>
            </>
          ) : null}
          {tone === 'protected' ? (
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
      {paused ? (
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
