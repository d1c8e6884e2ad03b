import type { QuestionOption } from "@platform-advisor/model";
import type { StepQuestion } from "../flow/steps.ts";

interface Props {
  question: StepQuestion;
  value: unknown;
  unknown: boolean;
  describedBy: string | undefined;
  onChange: (value: unknown, unknown: boolean) => void;
}

const DONT_KNOW = "I don't know";

/** Past this many options, they go in columns of compact rows so that the button stays on the first screen. */
const MANY = 8;

function OptionLabel({ option }: { option: QuestionOption }) {
  return (
    <span className="choice-text">
      {option.label}
      {option.help && <span className="choice-help">{option.help}</span>}
    </span>
  );
}

/** Native radio buttons for single and yes/no questions, with "I don't know" as one more choice. */
export function RadioOptions({ question, value, unknown, describedBy, onChange }: Props) {
  return (
    <div className={(question.options?.length ?? 0) > MANY ? "choices many" : "choices"}>
      {question.options?.map((option) => (
        <label className="choice" key={String(option.value)}>
          <input
            type="radio"
            name={question.id}
            value={String(option.value)}
            checked={!unknown && value === option.value}
            onChange={() => onChange(option.value, false)}
            aria-describedby={describedBy}
          />
          <OptionLabel option={option} />
        </label>
      ))}
      <label className="choice dont-know">
        <input
          type="radio"
          name={question.id}
          value=""
          checked={unknown}
          onChange={() => onChange(undefined, true)}
          aria-describedby={describedBy}
        />
        <span className="choice-text">{DONT_KNOW}</span>
      </label>
    </div>
  );
}

/** Native checkboxes for questions with several answers; "I don't know" clears the others. */
export function CheckboxOptions({ question, value, unknown, describedBy, onChange }: Props) {
  const selected = Array.isArray(value) ? value : [];
  const toggle = (option: QuestionOption, checked: boolean) => {
    const next = question.options
      ?.map((candidate) => candidate.value)
      .filter((candidate) => (candidate === option.value ? checked : selected.includes(candidate)));
    onChange(next ?? [], false);
  };
  return (
    <div className="choices">
      {question.options?.map((option) => (
        <label className="choice" key={String(option.value)}>
          <input
            type="checkbox"
            name={question.id}
            value={String(option.value)}
            checked={!unknown && selected.includes(option.value)}
            onChange={(event) => toggle(option, event.currentTarget.checked)}
            aria-describedby={describedBy}
          />
          <OptionLabel option={option} />
        </label>
      ))}
      <label className="choice dont-know">
        <input
          type="checkbox"
          checked={unknown}
          onChange={(event) => onChange(undefined, event.currentTarget.checked)}
          aria-describedby={describedBy}
        />
        <span className="choice-text">{DONT_KNOW}</span>
      </label>
    </div>
  );
}
