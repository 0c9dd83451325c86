/**
 * Asking the user about a held publish: the banner, Cancel (keeps the draft, cursor back in it), Confirm (only a real
 * click of the user's; publishes exactly once), and the one honest message when the publish can no longer be made.
 */
import type { LanguagePreference, Platform } from '../types';
import type { PlatformAdapter } from '../platforms/adapter';
import type { Outcome } from '../messaging/protocol';
import { slimAccount, slimReasons, type BannerView } from '../messaging/frame-protocol';
import { confirmDelay } from '../rules/friction';
import type { BannerLayer } from './banner-host';
import type { Decision } from './decide';
import type { GuardState, OpenBanner } from './state';

export interface PromptEnv {
  banners: BannerLayer;
  /** The user's language choice, for the banner's words. */
  language(): LanguagePreference;
  platform: Platform;
  adapter: PlatformAdapter;
  state: GuardState;
  record(d: Decision, outcome: Outcome): void;
  /** Publishes the decision once; false when its control is gone. */
  replay(d: Decision): boolean;
  /** Offers this draft to an account's next composer (utils/background/handoff.ts). */
  handOff?(d: Decision, accountId: string): void;
  /** Whether the user keeps texts in the journal: then a draft with another account's words is offered to it anyway. */
  keepsTexts?(): boolean;
}

/** The account whose words a draft holds, the one to offer it to. */
const ownerOf = (d: Decision) => d.verdict.reasons.find((r) => r.id === 'other-account-words')?.owners[0]?.account ?? null;

interface Callbacks {
  vanished?: boolean;
  onCancel(banner: OpenBanner): void;
  onHandOff?(banner: OpenBanner): void;
  /** The user's own click on Publish, in a banner that was seen (banner-host.ts checks both). */
  onConfirm(banner: OpenBanner): void;
}

/** What the banner shows of a decision: who, why, the draft; none of the lists' or accounts' other words. */
function bannerView(env: PromptEnv, d: Decision, vanished?: boolean): BannerView {
  const { verdict } = d;
  return {
    language: env.language(),
    decision: verdict.decision === 'block' ? 'block' : 'confirm',
    level: d.level,
    platform: env.platform,
    identity: d.identity,
    ...(d.problem ? { problem: d.problem } : {}),
    account: verdict.account && slimAccount(verdict.account),
    reasons: slimReasons(verdict.reasons),
    draft: d.draft,
    ...(vanished ? { vanished: true } : {}),
  };
}

function open(env: PromptEnv, d: Decision, callbacks: Callbacks): void {
  let banner: OpenBanner;
  try {
    banner = env.banners.open(d.gesture.composer, bannerView(env, d, callbacks.vanished), {
      onCancel: () => callbacks.onCancel(banner),
      onConfirm: () => callbacks.onConfirm(banner),
      onHandOff: () => callbacks.onHandOff?.(banner),
    });
  } catch {
    return giveUp(env, d);
  }
  env.state.ask(banner);
}

/**
 * Nothing could be shown at all (not even the plain banner): the publish the guard stopped goes through, as the user
 * asked, and the journal says it went unchecked. Never a stopped publish with nothing on screen, except a blocked one:
 * a block list says never, so it stays a draft (already journaled as blocked).
 */
function giveUp(env: PromptEnv, d: Decision): void {
  env.state.settle();
  if (d.verdict.decision === 'block') return;
  if (!d.gesture.composer.isConnected || !env.replay(d)) return env.record(d, 'vanished');
  env.record(d, 'error');
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
      const owner = ownerOf(d);
      if (owner && env.keepsTexts?.()) env.handOff?.(d, owner.id);
      backToDraft(env, d);
    },
    onHandOff(banner) {
      const owner = ownerOf(d);
      if (!env.state.isAsking(banner) || !owner) return;
      if (decision === 'confirm') env.record(d, 'cancelled');
      env.handOff?.(d, owner.id);
      backToDraft(env, d);
    },
    onConfirm(banner) {
      if (!env.state.isAsking(banner) || decision !== 'confirm') return;
      env.state.settle();
      if (env.replay(d)) return env.record(d, 'confirmed');
      env.record(d, 'vanished');
      sayVanished(env, d);
    },
  });
}

/**
 * A routine check of a protected account: a countdown by the composer, then one publish. Undo, Escape, an edit of the
 * draft or leaving the page cancels it and keeps the draft.
 */
export function countDown(env: PromptEnv, d: Decision): void {
  const endsAt = Date.now() + confirmDelay(d.verdict.account) * 1000;
  let banner: OpenBanner;
  try {
    banner = countdownBanner();
  } catch {
    // No countdown could be drawn: the full banner asks instead (with its own plain fallback).
    return askUser(env, d);
  }
  env.state.ask(banner);

  function countdownBanner(): OpenBanner {
    return env.banners.countdown(d.gesture.composer, bannerView(env, d), endsAt, {
    onCancel() {
      if (!env.state.isAsking(banner)) return;
      env.record(d, 'cancelled');
      backToDraft(env, d);
    },
    onDone() {
      if (!env.state.isAsking(banner)) return;
      env.state.settle();
      if (env.replay(d)) return env.record(d, 'delayed');
      env.record(d, 'vanished');
      sayVanished(env, d);
    },
    });
  }
}

/** The publish could not be made (its control is gone): say so, rather than swallow it in silence. The draft stays. */
export function sayVanished(env: PromptEnv, d: Decision): void {
  open(env, d, {
    vanished: true,
    onCancel: (banner) => env.state.isAsking(banner) && backToDraft(env, d),
    onConfirm: () => undefined,
  });
}
