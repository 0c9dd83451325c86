/**
 * The identity ribbon's stylesheet, scoped by its shadow root: the page's CSS cannot reach it, and it cannot leak
 * out. Personal accounts get a quiet band with a colour edge; protected ones a band filled with the account's
 * colour (text colour chosen for contrast by textColorOn); the unknown states an amber warning look. Switched off:
 * no fill, a dashed edge and a solid dark "off" label, never mistaken for a pause. The site's theme, when the content
 * script could read it, sets data-theme; without it the system's theme decides.
 */
export const RIBBON_CSS = `
:host { all: initial; }
.ribbon {
  --bg: #ffffff; --fg: #14171a; --muted: #536471; --line: #cfd9de;
  --warn: #b45309; --warn-on: #ffffff; --warn-bg: #fff7ed; --off: #111827; --off-on: #ffffff;
  box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; max-width: 100%; height: 22px; padding: 0 8px 0 6px;
  overflow: hidden; white-space: nowrap; vertical-align: bottom;
  font: 12px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-left: 4px solid var(--account, var(--line)); border-bottom-width: 0;
  border-radius: 6px 6px 0 0; box-shadow: 0 -1px 4px rgba(0,0,0,.12);
}
@media (prefers-color-scheme: dark) {
  .ribbon:not([data-theme]) { --bg: #16181c; --fg: #e7e9ea; --muted: #a0aab4; --line: #38444d; --warn: #f59e0b; --warn-on: #000000; --warn-bg: #2a1f0f; --off: #e7e9ea; --off-on: #000000; }
}
.ribbon[data-theme="dark"] { --bg: #16181c; --fg: #e7e9ea; --muted: #a0aab4; --line: #38444d; --warn: #f59e0b; --warn-on: #000000; --warn-bg: #2a1f0f; --off: #e7e9ea; --off-on: #000000; }
@media (prefers-reduced-motion: no-preference) {
  .ribbon { animation: ribbon-in .12s ease-out; }
  @keyframes ribbon-in { from { opacity: 0; transform: translateY(3px); } to { opacity: 1; transform: none; } }
}
.dot { flex: none; width: 8px; height: 8px; margin-right: 2px; border-radius: 50%; background: var(--account, var(--warn)); }
/* Only the name and handle give way when space is short: the kind and state labels always show. */
.as, .chip { flex: none; }
.as { color: var(--muted); }
.who, .state { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.who { font-weight: 600; }
.handle { font-weight: 400; }
.chip { padding: 0 6px; line-height: 16px; border-radius: 999px; border: 1px solid var(--line); color: var(--muted); font-size: 11px; }

.ribbon[data-tone="brand"] { border-color: var(--account); border-top-width: 2px; }
.ribbon[data-tone="brand"] .chip[data-field="kind"] { border-color: var(--account); color: var(--fg); }

.ribbon[data-tone="protected"] {
  height: 24px; line-height: 22px; font-weight: 600;
  background: var(--account); color: var(--on-account); border-color: var(--account);
}
.ribbon[data-tone="protected"] .as, .ribbon[data-tone="protected"] .chip { color: inherit; border-color: currentColor; }
.ribbon[data-tone="protected"] .chip.strong { background: var(--on-account); color: var(--account); text-transform: uppercase; letter-spacing: .04em; }
.ribbon[data-tone="protected"] .dot { background: var(--on-account); }

.ribbon[data-tone="unregistered"], .ribbon[data-tone="unknown"] { background: var(--warn-bg); border-color: var(--warn); }
.ribbon[data-tone="unknown"] { border-style: dashed; border-left-style: solid; font-weight: 600; }
.chip.warn { background: var(--warn); border-color: var(--warn); color: var(--warn-on); font-weight: 600; }
/* A degraded reading: the badge's violet, with a dashed edge, on whatever tone the ribbon has. */
.ribbon .chip.degraded { background: #6d28d9; border-color: #6d28d9; color: #ffffff; font-weight: 600; }
.ribbon[data-degraded="true"] { border-top: 2px dashed #6d28d9; }

/* Off: whatever the account, a quiet band with a dashed edge and a solid "off" label (a pause keeps the account's look). */
.ribbon[data-off="true"], .ribbon[data-off="true"][data-tone="protected"] {
  background: var(--bg); color: var(--fg); border-style: dashed; border-left-style: solid; font-weight: 400;
}
.ribbon[data-off="true"] .chip, .ribbon[data-off="true"][data-tone="protected"] .chip { color: var(--muted); border-color: var(--line); background: none; }
.ribbon[data-off="true"] .chip.off, .ribbon[data-off="true"][data-tone="protected"] .chip.off { background: var(--off); border-color: var(--off); color: var(--off-on); font-weight: 600; }
.ribbon[data-off="true"] .dot { background: none; border: 2px solid var(--account, var(--muted)); width: 6px; height: 6px; }
`;
