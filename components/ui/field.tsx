import { useId } from 'react';

/** A labelled input with its field errors announced to assistive technology. */
export function Field({
  label,
  name,
  type = 'text',
  errors,
  defaultValue,
  autoComplete,
  required,
  min,
  max,
  children,
  id: givenId,
}: {
  /** The id of `children`'s control, so the label names it. */
  id?: string;
  label: string;
  name: string;
  type?: string;
  errors?: string[];
  defaultValue?: string | number;
  autoComplete?: string;
  required?: boolean;
  min?: number;
  max?: number;
  children?: React.ReactNode;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children ?? (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          min={min}
          max={max}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? errorId : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900"
        />
      )}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-sm text-red-600 dark:text-red-400">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass =
  'inline-flex items-center justify-center rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60';
export const secondaryButtonClass =
  'inline-flex items-center justify-center rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800';
