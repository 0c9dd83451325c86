/**
 * One client, one colour: when the options page saves an account, every account of the same client (the same group,
 * or the same name when there is no group: utils/format.ts colorKey) ends with the same colour, on every platform.
 * Pure.
 */
import type { Account } from '../types';
import { colorKey } from '../format';

/**
 * The accounts after saving `saved` (already in `accounts`, by id): a colour the user picked goes to its whole client;
 * without one, the account takes the colour its client already wears. An account moved to another client (its group
 * or name changed) leaves the old client's colour behind, unless the user picked a new one.
 */
export function shareClientColor(accounts: readonly Account[], saved: Account, before?: Account): Account[] {
  const key = colorKey(saved);
  let account = saved;
  if (before && colorKey(before) !== key && saved.color && saved.color === before.color) {
    const { color: _old, ...rest } = saved;
    account = rest;
  }
  const color = account.color ?? accounts.find((a) => a.id !== saved.id && a.color && colorKey(a) === key)?.color;
  return accounts.map((a) => {
    if (a.id === saved.id) return color ? { ...account, color } : account;
    return color && colorKey(a) === key && a.color !== color ? { ...a, color } : a;
  });
}
