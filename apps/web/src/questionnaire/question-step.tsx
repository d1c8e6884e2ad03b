import { type FormEvent, useRef, useState } from "react";
import { checkStep } from "../flow/check-step.ts";
import type { StepPosition } from "../flow/path.ts";
import type { StepQuestion } from "../flow/steps.ts";
import { useFocusOnMount } from "../hooks/use-focus-on-mount.ts";
import { CheckboxOptions, RadioOptions } from "./choice-options.tsx";
import { NumberField } from "./number-field.tsx";
import { StepProgress } from "./step-progress.tsx";
import { WhyWeAsk } from "./why-we-ask.tsx";

/** An answer as the step holds it: a value, or "I don't know" (unknown, no value); `estimated` when a range's quick pick set it. */
export interface StepAnswer {
  value: unknown;
  unknown: boolean;
  estimated?: boolean;
}

/** A message to show next to the field, with the rejected text when there was one. */
export interface FieldError {
  message: string;
  raw?: string;
}

interface Props {
  question: StepQuestion;
  answer: StepAnswer;
  error: FieldError | undefined;
  position: StepPosition;
  /** Opened from the result page: offer to go straight back to it. */
  editing: boolean;
  focusOnMount: boolean;
  onChange: (answer: StepAnswer) => void;
  onBack: () => void;
  /** Leave the step with this answer: to the next step, or to the result when `finish` or on the last step. */
  onSubmit: (answer: StepAnswer, finish: boolean) => void;
}

const numberFrom = (text: string): number | undefined => (/^\d+$/.test(text.trim()) ? Number(text) : undefined);

/** One question of the walk: a fieldset with its legend, help, choices, and Back / Next. */
export function QuestionStep({
  question,
  answer,
  error,
  position,
  editing,
  focusOnMount,
  onChange,
  onBack,
  onSubmit,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const [text, setText] = useState(() =>
    typeof answer.value === "number" ? String(answer.value) : (error?.raw ?? ""),
  );
  const [checkMessage, setCheckMessage] = useState<string | undefined>(undefined);
  useFocusOnMount(headingRef, focusOnMount);

  const message = checkMessage ?? error?.message;
  const ids = { help: `${question.id}-help`, error: `${question.id}-error` };
  const describedBy =
    [question.help ? ids.help : undefined, message ? ids.error : undefined].filter(Boolean).join(" ") || undefined;
  const isLast = position.next === undefined;

  const change = (next: StepAnswer) => {
    setCheckMessage(undefined);
    onChange(next);
  };
  const changeText = (next: string) => {
    setText(next);
    const value = numberFrom(next);
    const valid = value !== undefined && checkStep(question, { value, unknown: false, text: next }) === undefined;
    change({ value: valid ? value : undefined, unknown: false });
  };

  const submit = (finish: boolean) => {
    const problem = checkStep(question, { ...answer, text });
    if (problem) {
      setCheckMessage(problem);
      fieldsetRef.current?.querySelector<HTMLInputElement>("input[aria-invalid], input")?.focus();
      return;
    }
    const value = question.type === "multiple" && !answer.unknown ? (answer.value ?? []) : answer.value;
    onSubmit({ value, unknown: answer.unknown, estimated: answer.estimated === true }, finish);
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Changing one answer from the result: Enter (the primary button) goes straight back to it.
    submit(editing && !isLast);
  };

  return (
    <form className="step" onSubmit={onFormSubmit} noValidate>
      <StepProgress number={position.number} total={position.total} />
      <fieldset ref={fieldsetRef}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1}>
            {question.prompt}
          </h2>
        </legend>
        {question.help && (
          <p id={ids.help} className="help">
            {question.help}
          </p>
        )}
        {question.type === "number" ? (
          <NumberField
            question={question}
            value={answer.value}
            text={text}
            unknown={answer.unknown}
            invalid={message !== undefined}
            describedBy={describedBy}
            onText={changeText}
            onPreset={(value) => {
              setText(String(value));
              // A range's stand-in number ("11-1000" gives 50) is an estimate; a single-value pick ("1") is not.
              const picked = question.presets?.find((preset) => preset.value === value);
              change({ value, unknown: false, estimated: picked !== undefined && picked.label !== String(value) });
            }}
            onUnknown={(unknown) => {
              if (unknown) setText("");
              change({ value: undefined, unknown });
            }}
          />
        ) : question.type === "multiple" ? (
          <CheckboxOptions
            question={question}
            value={answer.value}
            unknown={answer.unknown}
            describedBy={describedBy}
            onChange={(value, unknown) => change({ value, unknown })}
          />
        ) : (
          <RadioOptions
            question={question}
            value={answer.value}
            unknown={answer.unknown}
            describedBy={describedBy}
            onChange={(value, unknown) => change({ value, unknown })}
          />
        )}
        {message && (
          <p id={ids.error} className="field-error" role="alert">
            {message}
          </p>
        )}
        {question.why && <WhyWeAsk why={question.why} />}
        {question.custom && (
          <p className="asked-by">
            From your organisation's profile: an answer can set a requirement the platform must meet.
          </p>
        )}
      </fieldset>
      <div className="actions">
        {position.previous !== undefined && (
          <button type="button" className="secondary" onClick={onBack}>
            Back
          </button>
        )}
        {editing && !isLast ? (
          <>
            <button type="submit" className="primary">
              Update recommendation
            </button>
            <button type="button" className="secondary" onClick={() => submit(false)}>
              Next question
            </button>
          </>
        ) : (
          <button type="submit" className="primary">
            {isLast ? "See recommendation" : "Next"}
          </button>
        )}
      </div>
    </form>
  );
}
