/**
 * Asking the user about a held publish: the banner, Cancel (keeps the draft, cursor back in it), Confirm (only a real
 * click of the user's; publishes exactly once), and the one honest message when the publish can no longer be made.
 */
import type { Platform } from '../types';
import type { PlatformAdapter } from '../platforms/adapter';
import type { Outcome } from '../messaging/protocol';
import type { Translate } from '../i18n';
import { mountBanner } from './banner-host';
import type { Decision } from './decide';
import type { GuardState, OpenBanner } from './state';

export interface PromptEnv {
  doc: Document;
  t: Translate;
  platform: Platform;
  adapter: PlatformAdapter;
  state: GuardState;
  record(d: Decision, outcome: Outcome): void;
  /** Publishes the decision once; false when its control is gone. */
  replay(d: Decision): boolean;
}

interface Callbacks {
  vanished?: boolean;
  onCancel(banner: OpenBanner): void;
  onConfirm(banner: OpenBanner, event: MouseEvent): void;
}

function open(env: PromptEnv, d: Decision, callbacks: Callbacks): void {
  const { verdict } = d;
  const banner: OpenBanner = mountBanner(env.doc, d.gesture.composer, {
    t: env.t,
    decision: verdict.decision === 'block' ? 'block' : 'confirm',
    platform: env.platform,
    identity: d.identity,
    problem: d.problem,
    account: verdict.account,
    reasons: verdict.reasons,
    draft: d.draft,
    vanished: callbacks.vanished,
    onCancel: () => callbacks.onCancel(banner),
    onConfirm: (event) => callbacks.onConfirm(banner, event),
  });
  env.state.ask(banner);
}

/** Closes the banner and puts the cursor back in the draft. */
function backToDraft(env: PromptEnv, d: Decision) {
  env.state.settle();
  env.adapter.editorOf(d.gesture.composer)?.focus();
}

/** Shows the banner for a held publish and acts on the user's answer. */
export function askUser(env: PromptEnv, d: Decision): void {
  const { decision } = d.verdict;
  if (decision === 'block') env.record(d, 'blocked');
  open(env, d, {
    onCancel(banner) {
      if (!env.state.isAsking(banner)) return;
      if (decision === 'confirm') env.record(d, 'cancelled');
      backToDraft(env, d);
    },
    onConfirm(banner, event) {
      // Only a real user gesture confirms: a page script calling .click() on our button does nothing.
      if (!event.isTrusted || !env.state.isAsking(banner) || decision !== 'confirm') return;
      env.state.settle();
      if (env.replay(d)) return env.record(d, 'confirmed');
      env.record(d, 'vanished');
      sayVanished(env, d);
    },
  });
}

/** The publish could not be made (its control is gone): say so, rather than swallow it in silence. The draft stays. */
export function sayVanished(env: PromptEnv, d: Decision): void {
  open(env, d, {
    vanished: true,
    onCancel: (banner) => env.state.isAsking(banner) && backToDraft(env, d),
    onConfirm: () => undefined,
  });
}
