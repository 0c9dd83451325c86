/** A save the background refused: a title, then each error in words. Automation hook: [data-status=<status>] (role="alert"). */
import type { ImportFailure } from '@/utils/messaging/protocol';

export interface SaveErrorsProps {
  status: string;
  title: string;
  errors: ImportFailure[];
  describe: (error: ImportFailure) => string;
}

export function SaveErrors({ status, title, errors, describe }: SaveErrorsProps) {
  return (
    <div class="status error" role="alert" data-status={status}>
      <p>{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{describe(e)}</li>
        ))}
      </ul>
    </div>
  );
}
