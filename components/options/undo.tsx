/**
 * "Removed. Undo": the offer that follows a removal in the options lists. The offer takes the focus when it appears
 * (the removed item's buttons are gone with it) and, if given a lifetime, withdraws itself after it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** What can be undone (null: nothing), how to offer or withdraw it, and the ref of the Undo button to focus. */
export function useUndoOffer<T>(lifetimeMs?: number) {
  const [offered, offer] = useState<T | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!offered) return;
    buttonRef.current?.focus();
    if (lifetimeMs === undefined) return;
    const timer = setTimeout(() => offer(null), lifetimeMs);
    return () => clearTimeout(timer);
  }, [offered]);
  return { offered, offer, buttonRef };
}

export interface UndoNoticeProps {
  /** The notice's own class, beside "status". */
  kind: string;
  /** Its [data-status]. */
  status: string;
  /** The Undo button's [data-action]. */
  action: string;
  message: string;
  label: string;
  buttonRef: RefObject<HTMLButtonElement>;
  onUndo: () => void;
}

export function UndoNotice({ kind, status, action, message, label, buttonRef, onUndo }: UndoNoticeProps) {
  return (
    <p class={`status ${kind}`} role="status" data-status={status}>
      {message}{' '}
      <button type="button" ref={buttonRef} data-action={action} onClick={onUndo}>
        {label}
      </button>
    </p>
  );
}
