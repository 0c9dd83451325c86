/**
 * Reading the team policy from the browser's managed storage (README, "Deploying to a team"). The background keeps
 * what it read under `policy` in storage.local (utils/background/service.ts, refreshPolicy), where content scripts and
 * pages read it; utils/settings/policy.ts checks and merges it.
 *
 * - Chrome and Edge: `storage.managed` holds the values of the extension's policy (`3rdparty.extensions.<id>`), already
 *   filtered by public/managed_schema.json; it is {} when there is none. `storage.onChanged` reports a change with
 *   the area "managed".
 * - Firefox: the values of `3rdparty.Extensions.<id>` in policies.json, else the `data` of a managed-storage manifest
 *   (Linux: ~/.mozilla/managed-storage/<id>.json, /usr/lib/mozilla/managed-storage/<id>.json). With neither,
 *   `get` fails with "Managed storage manifest not found". Firefox reads them once per start of the extension and
 *   reports no change.
 */
import { browser } from 'wxt/browser';

/** What the managed storage holds (undefined: no policy), or `ok: false` when it could not be read. */
export type ManagedRead = { ok: true; raw: Record<string, unknown> | undefined } | { ok: false; error: string };

export async function readManagedStorage(): Promise<ManagedRead> {
  const managed = (browser.storage as { managed?: { get(keys: null): Promise<Record<string, unknown>> } }).managed;
  if (!managed) return { ok: true, raw: undefined };
  try {
    const raw = await managed.get(null);
    return { ok: true, raw: raw && typeof raw === 'object' && Object.keys(raw).length ? raw : undefined };
  } catch (error) {
    const message = String((error as { message?: unknown } | null)?.message ?? error);
    // Firefox says so when no policy exists at all: that is no policy, not a failure.
    if (/manifest not found/i.test(message)) return { ok: true, raw: undefined };
    return { ok: false, error: message };
  }
}
