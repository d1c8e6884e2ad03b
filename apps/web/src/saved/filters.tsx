import { type FormEvent, useId, useState } from "react";

/** Filter fields that go into the address bar as a query string (a plain GET form: shareable links). */
export function Filters({ fields }: { fields: { name: string; label: string; value: string }[] }) {
  const id = useId();
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((field) => [field.name, field.value])));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value.trim()) params.set(name, value.trim());
    const text = params.toString();
    window.location.assign(`${window.location.pathname}${text ? `?${text}` : ""}`);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      {fields.map((field) => (
        <div key={field.name} className="filter">
          <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
          <input
            id={`${id}-${field.name}`}
            value={values[field.name] ?? ""}
            onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
          />
        </div>
      ))}
      <div className="actions">
        <button type="submit">Filter</button>
      </div>
    </form>
  );
}
