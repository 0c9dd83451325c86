/** The banner's stylesheet, scoped by its shadow root: the page's CSS cannot reach it, and it cannot leak out. */
export const BANNER_CSS = `
:host { all: initial; }
.banner {
  --bg: #ffffff; --fg: #14171a; --muted: #536471; --line: #cfd9de; --accent: #b45309; --accent-bg: #fff7ed;
  --danger: #b91c1c; --danger-bg: #fef2f2; --danger-btn: #b91c1c; --primary: #1d4ed8; --primary-fg: #ffffff; --mark: #fde68a;
  box-sizing: border-box; width: min(480px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: hidden;
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-top: 6px solid var(--accent);
  border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.28); padding: 16px 18px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.banner.mistake, .banner.block { border-top-color: var(--danger); }
.banner.check { border-top-color: var(--primary); }
h2 .icon { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; font-size: 13px; vertical-align: 1px; }
.banner.mistake h2 .icon { background: var(--danger-btn); color: #ffffff; font-weight: 800; }
.banner.check h2 .icon { background: var(--primary); color: var(--primary-fg); }
.banner.mistake h2 { color: var(--danger); }
@media (prefers-color-scheme: dark) {
  .banner { --bg: #16181c; --fg: #e7e9ea; --muted: #a0aab4; --line: #38444d; --accent: #f59e0b; --accent-bg: #2a1f0f;
    --danger: #f87171; --danger-bg: #2a1212; --danger-btn: #dc2626; --primary: #2563eb; --mark: #854d0e; }
}
@media (prefers-reduced-motion: no-preference) {
  .banner { animation: in .12s ease-out; }
  @keyframes in { from { transform: translateY(-4px); opacity: .6; } to { transform: none; opacity: 1; } }
}
h2 { margin: 0 0 8px; font-size: 16px; }
.as { margin: 0; color: var(--muted); font-size: 12px; }
.who { display: flex; gap: 10px; align-items: center; margin: 6px 0 10px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; flex: none; object-fit: cover; }
.avatar.none { display: grid; place-items: center; background: var(--account, var(--line)); color: var(--on-account, inherit); font-weight: 700; }
.who[style] .avatar { box-shadow: 0 0 0 2px var(--bg, #fff), 0 0 0 4px var(--account); }
.names { display: flex; flex-direction: column; min-width: 0; }
.names strong { font-size: 15px; overflow-wrap: anywhere; }
.handle { color: var(--muted); }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 3px; }
.chip { font-size: 11px; padding: 1px 7px; border-radius: 999px; border: 1px solid var(--line); color: var(--muted); }
.chip.brand, .chip.protected { border-color: var(--danger); color: var(--danger); }
.chip.warn { border-color: var(--accent); color: var(--accent); }
.degraded { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--accent-bg); font-size: 12px; }
.reasons { margin: 0 0 10px; padding-left: 18px; }
.reasons li { margin: 4px 0; }
.group { display: block; }
.words mark { margin-right: 4px; }
mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px; }
.draft { margin: 0 0 12px; }
figcaption { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
blockquote { margin: 0; padding: 6px 8px; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; max-height: 8.5em; overflow: auto; }
.help { margin: 0 0 12px; padding: 6px 8px; border-radius: 6px; background: var(--danger-bg); }
.elsewhere { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 10px; }
.elsewhere button { font-weight: 500; font-size: 13px; padding: 4px 10px; }
/* A long banner scrolls between its title and its buttons (.body): both stay in sight, nothing scrolls under them. */
.body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.actions { flex: none; display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; padding-top: 10px; }
button { font: inherit; font-weight: 600; padding: 7px 14px; border-radius: 999px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); cursor: pointer; }
button.primary { background: var(--primary); border-color: var(--primary); color: var(--primary-fg); }
.banner.mistake button.primary, .banner.block button.primary { background: var(--danger-btn); border-color: var(--danger-btn); }
button.outlined { background: transparent; border-color: var(--fg); color: var(--fg); }
/* On a likely mistake, Cancel is the default: its focus shows even after a mouse click. */
.banner.mistake button[data-action="cancel"]:focus { outline: 3px solid var(--danger); outline-offset: 2px; }
button:focus-visible { outline: 3px solid var(--primary); outline-offset: 2px; }
`;

/** The countdown of a routine check (components/Countdown.tsx), drawn by the banner's frame. */
export const COUNTDOWN_CSS = `
.countdown {
  --bg: #ffffff; --fg: #14171a; --muted: #536471; --line: #cfd9de;
  box-sizing: border-box; height: 100vh; overflow: hidden; padding: 8px 12px; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-left: 6px solid var(--account, #1d4ed8); border-radius: 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
@media (prefers-color-scheme: dark) { .countdown { --bg: #16181c; --fg: #e7e9ea; --muted: #a0aab4; --line: #38444d; } }
.countdown .line { display: flex; align-items: center; gap: 8px; margin: 0; }
.countdown .dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--account, #1d4ed8); }
.countdown [role="status"] { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.countdown .countdown-text { flex: 1; min-width: 0; display: flex; gap: 0.3em; white-space: nowrap; }
.countdown .countdown-as { flex: 0 1000 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; font-weight: 400; }
.countdown .countdown-who { flex: 0 1 auto; min-width: 4em; overflow: hidden; text-overflow: ellipsis; }
.countdown .countdown-seconds { flex: none; font-variant-numeric: tabular-nums; }
.countdown button { font: inherit; font-weight: 700; padding: 4px 12px; border-radius: 999px; cursor: pointer; border: 2px solid var(--fg); background: var(--bg); color: var(--fg); }
.countdown button:focus-visible { outline: 3px solid var(--account, #1d4ed8); outline-offset: 2px; }
.countdown .post { margin: 6px 0 0; padding: 0 0 0 8px; border-left: 3px solid var(--line); color: var(--muted); white-space: pre-wrap; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.countdown .reasons { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); margin: 0; padding: 0; }
`;
