/**
 * Is a person behind this publish gesture? A page script can click the publish control, dispatch a key or call
 * requestSubmit() at will: guarding those would turn the guard into an oracle (the page writes guesses into a composer,
 * publishes, and sees which ones stop) and let it push the user's real entries out of the journal, while the page
 * could publish through the site's own API anyway. So a gesture counts only when it is the user's own input (a trusted
 * click or key; a submit is trusted even when a script asks for it, so it needs the rest), or follows such input in
 * the same task (a site's handler reacting to a key or click of the user's), or comes while the page holds a
 * transient user activation (the browser's own "a person just interacted").
 */
const USER_INPUT = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'touchend', 'beforeinput', 'input'] as const;

export interface UserInput {
  /** Whether a person is behind this event. */
  behind(event: Event): boolean;
  stop(): void;
}

export function watchUserInput(win: Window, endOfTask: (callback: () => void) => void = (callback) => void setTimeout(callback, 0)): UserInput {
  let inThisTask = false;
  const onInput = (event: Event) => {
    if (!event.isTrusted || inThisTask) return;
    inThisTask = true;
    endOfTask(() => (inThisTask = false));
  };
  // Before any listener of the page's (capture, on window, registered at document_start), and before our own guard's.
  for (const type of USER_INPUT) win.addEventListener(type, onInput, true);
  return {
    behind(event) {
      if (event.isTrusted && event.type !== 'submit') return true;
      if (inThisTask) return true;
      const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
      return activation?.isActive === true;
    },
    stop() {
      for (const type of USER_INPUT) win.removeEventListener(type, onInput, true);
    },
  };
}
