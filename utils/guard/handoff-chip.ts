/**
 * The other end of a draft hand-off: when the user focuses a composer that publishes as the account a cancelled draft
 * was offered to, a small chip by the ribbon offers to paste it ("Paste the draft you cancelled for @boulangerie_dupont").
 * Paste puts it in the editor, as typed text; Dismiss forgets it. Either way the background forgets it (it was kept
 * 10 minutes at most, see utils/background/handoff.ts). The chip is an extension frame (./frame-host.ts): the page
 * cannot read which account it names, nor click it.
 */
import type { Account, LanguagePreference, Platform } from '../types';
import type { BackgroundRequest, BackgroundResponses } from '../messaging/protocol';
import { accountLabel } from '../format';
import { createFrameHost, layerFor, type FrameHost } from './frame-host';

export interface HandOffChipEnv {
  doc: Document;
  frameUrl: string;
  platform: Platform;
  language(): LanguagePreference;
  ask<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]>;
  /** The editor to paste into, for a composer. */
  editorOf(composer: Element): HTMLElement | null;
}

export interface HandOffChip {
  /** A composer has the focus, publishing as `account` (null: none of the user's): offer a waiting draft, if any. */
  seen(composer: Element, account: Account | null): void;
  hide(): void;
  stop(): void;
}

const HEIGHT = 26;

/** Puts text into the editor as if the user typed it (the site's editor state follows), at the caret. */
export function insertText(doc: Document, editor: HTMLElement, text: string): void {
  editor.focus();
  if (doc.execCommand('insertText', false, text)) return;
  const field = editor as HTMLTextAreaElement;
  if (typeof field.setRangeText === 'function') {
    field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

export function startHandOffChip(env: HandOffChipEnv): HandOffChip {
  const { doc } = env;
  const win = doc.defaultView ?? window;
  let frame: FrameHost | null = null;
  let target: { composer: Element; account: Account } | null = null;
  let asked: Element | null = null;

  const frameFor = (composer: Element): FrameHost => {
    const layer = layerFor(composer, doc);
    if (frame?.host.isConnected && frame.host.parentNode === layer) return frame;
    frame?.destroy();
    frame = createFrameHost(doc, { url: env.frameUrl, role: 'chip', layer });
    frame.onMessage((message) => {
      const now = target;
      if (!now || (message.type !== 'paste' && message.type !== 'dismiss')) return;
      chip.hide();
      void env.ask({ type: 'handoff/take', platform: env.platform, accountId: now.account.id }).then(({ text }) => {
        const editor = env.editorOf(now.composer);
        if (message.type === 'paste' && text && editor?.isConnected) insertText(doc, editor, text);
      });
    });
    return frame;
  };

  const show = async (composer: Element, account: Account) => {
    const chipFrame = frameFor(composer);
    if (!(await chipFrame.whenReady()) || target?.composer !== composer) return;
    const editor = env.editorOf(composer) ?? composer;
    const rect = editor.getBoundingClientRect();
    // Above the ribbon (which sits just above the editor), at the editor's left edge.
    const top = Math.max(4, rect.top - 24 - HEIGHT - 6);
    chipFrame.send({ type: 'chip', language: env.language(), label: accountLabel(account) ?? '' });
    chipFrame.show({ top, left: Math.max(4, rect.left), width: Math.min(420, win.innerWidth - 8), height: HEIGHT });
  };

  const chip: HandOffChip = {
    seen(composer, account) {
      if (target && target.composer !== composer) chip.hide();
      if (!account || asked === composer) return;
      asked = composer;
      target = { composer, account };
      void env
        .ask({ type: 'handoff/peek', platform: env.platform, accountId: account.id })
        .then(({ available }) => (available && target?.composer === composer ? show(composer, account) : undefined))
        .catch(() => undefined);
    },
    hide() {
      target = null;
      asked = null;
      if (frame?.host.isConnected) {
        frame.send({ type: 'hide' });
        frame.hide();
      }
    },
    stop() {
      chip.hide();
      frame?.destroy();
      frame = null;
    },
  };
  return chip;
}
