import type { StepQuestion } from "../flow/steps.ts";

interface Props {
  question: StepQuestion;
  value: unknown;
  text: string;
  unknown: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onText: (text: string) => void;
  onPreset: (value: number) => void;
  onUnknown: (unknown: boolean) => void;
}

/** A labelled whole-number input with quick range presets and "I don't know". */
export function NumberField({
  question,
  value,
  text,
  unknown,
  invalid,
  describedBy,
  onText,
  onPreset,
  onUnknown,
}: Props) {
  const inputId = `${question.id}-value`;
  const unit = question.unit ?? "";
  return (
    <div className="number-field">
      {question.presets && question.presets.length > 0 && (
        <fieldset className="presets">
          <legend className="presets-label">Quick pick</legend>
          {question.presets.map((preset) => (
            <button
              type="button"
              key={preset.label}
              className="preset"
              aria-pressed={!unknown && value === preset.value}
              onClick={() => onPreset(preset.value)}
            >
              {preset.label}
            </button>
          ))}
        </fieldset>
      )}
      <label htmlFor={inputId} className="number-label">
        Exact number{unit ? ` of ${unit}` : ""}
      </label>
      <input
        id={inputId}
        name={question.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <label className="choice dont-know">
        <input type="checkbox" checked={unknown} onChange={(event) => onUnknown(event.currentTarget.checked)} />
        <span className="choice-text">I don't know</span>
      </label>
    </div>
  );
}
