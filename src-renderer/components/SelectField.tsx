import { Field } from './Field';

interface Props<V extends string> {
  name: string;
  label: string;
  error?: string;
  value: NoInfer<V>;
  /** The codes offered, in order; they alone decide `V`, so `onChange` can take a narrower setter. */
  options: readonly V[];
  optionLabel(option: V): string;
  onChange(value: NoInfer<V>): void;
}

/** A labelled drop-down over a fixed list of codes, each shown by its translated name. */
export function SelectField<V extends string>({ name, label, error, value, options, optionLabel, onChange }: Props<V>) {
  return (
    <Field label={label} error={error}>
      {/* The browser only hands back one of the options rendered here; looking it up keeps the code's type without a cast. */}
      <select name={name} value={value} onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}
