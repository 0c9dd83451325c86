/**
 * Above the accounts: "Add an account", the search box (client, name or handle, filtered as one types) once there is
 * an account, and the client/group filter once some account has a group.
 * Automation hooks: [data-action="acc-add"]; [data-action="acc-search"] (input); [data-action="acc-filter"] (select:
 * "" all, NO_GROUP no group, else a label).
 */
import type { Translate } from '@/utils/i18n';
import { NO_GROUP } from '@/utils/ui/account-edits';

export interface AccountsToolbarProps {
  t: Translate;
  /** The add form is open. */
  adding: boolean;
  groups: string[];
  filter: string;
  onAdd: () => void;
  onFilter: (filter: string) => void;
  /** Whether there is any account to search. */
  searchable: boolean;
  search: string;
  onSearch: (search: string) => void;
}

export function AccountsToolbar({ t, adding, groups, filter, onAdd, onFilter, searchable, search, onSearch }: AccountsToolbarProps) {
  return (
    <div class="acc-toolbar">
      <button type="button" class="primary" data-action="acc-add" aria-expanded={adding ? 'true' : 'false'} onClick={onAdd}>
        {t('acc_add')}
      </button>
      {searchable ? (
        <label class="acc-search">
          {t('acc_search')}{' '}
          <input type="search" value={search} placeholder={t('acc_searchPlaceholder')} data-action="acc-search" onInput={(e) => onSearch(e.currentTarget.value)} />
        </label>
      ) : null}
      {groups.length ? (
        <label class="acc-filter">
          {t('acc_filter')}{' '}
          <select value={filter} data-action="acc-filter" onChange={(e) => onFilter(e.currentTarget.value)}>
            <option value="">{t('acc_filterAll')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
            <option value={NO_GROUP}>{t('acc_filterNone')}</option>
          </select>
        </label>
      ) : null}
    </div>
  );
}
