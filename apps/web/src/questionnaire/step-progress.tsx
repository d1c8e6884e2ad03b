/** "Question 3 of 9": recomputed from the current path, so it stays honest as answers change it. */
export function StepProgress({ number, total }: { number: number; total: number }) {
  return (
    <div className="progress">
      <p id="step-progress">
        Question {number} of {total}
      </p>
      <progress max={total} value={number} aria-labelledby="step-progress" />
    </div>
  );
}
