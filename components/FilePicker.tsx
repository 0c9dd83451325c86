/**
 * "Import…": a labelled file input that hands over the file picked, then empties itself, so that picking the same
 * file again (after fixing it) is a change too. Props in, one callback out.
 */
export interface FilePickerProps {
  label: string;
  accept: string;
  /** Its [data-action]. */
  action: string;
  onPick: (file: File) => void;
}

export function FilePicker({ label, accept, action, onPick }: FilePickerProps) {
  return (
    <label class="file">
      {label}{' '}
      <input
        type="file"
        accept={accept}
        data-action={action}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) onPick(file);
          input.value = '';
        }}
      />
    </label>
  );
}
