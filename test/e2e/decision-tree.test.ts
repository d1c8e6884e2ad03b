import type { AnyPlatformId, Platform, PlatformId } from "@platform-advisor/model";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

/*
 * Seed 002 §4.5's decision tree, one leaf per walk: a person clicks through
 * the questionnaire, answering what the leaf fixes and "I don't know" to the
 * rest, and reads the recommendation the real API gives.
 */

type Plan = Record<string, { preset: string } | { type: number } | { tick: string[] }>;

interface Leaf {
  path: string;
  plan: Plan;
  expected: PlatformId;
  /** The name the result shows, when the hosting names the cloud's own service (GKE on Google Cloud). */
  name?: string;
}

const LEAVES: Leaf[] = [
  {
    path: "small team, under 20 containers: Docker Compose",
    plan: { teamSize: { preset: "1-9" }, containerCount: { type: 8 }, hostCount: { preset: "1" } },
    expected: "docker-compose",
  },
  {
    path: "small team, 20 containers or more: Docker Swarm",
    plan: { teamSize: { preset: "1-9" }, containerCount: { preset: "10-99" } },
    expected: "docker-swarm",
  },
  {
    // K3s is the self-hosted Kubernetes the leaf names below 100 containers (docs/decisions.md D23).
    path: "larger team, on-prem: Kubernetes (self-hosted), K3s at 60 containers",
    plan: {
      teamSize: { type: 25 },
      containerCount: { type: 60 },
      hosting: { tick: ["Our own data centre (on-prem)"] },
    },
    expected: "k3s",
  },
  {
    path: "larger team, on-prem: Kubernetes (self-hosted), upstream at 150 containers",
    plan: {
      teamSize: { type: 25 },
      containerCount: { type: 150 },
      hosting: { tick: ["Our own data centre (on-prem)"] },
    },
    expected: "kubernetes",
  },
  {
    path: "larger team, multi-cloud: Kubernetes (managed)",
    plan: { teamSize: { type: 25 }, containerCount: { type: 60 }, hosting: { tick: ["AWS", "Google Cloud"] } },
    expected: "managed-kubernetes",
  },
  {
    path: "larger team, AWS only: ECS + Fargate",
    plan: { teamSize: { type: 25 }, containerCount: { type: 60 }, hosting: { tick: ["AWS"] } },
    expected: "aws-fargate",
  },
  {
    path: "larger team, one cloud that is not AWS: Kubernetes (managed)",
    plan: { teamSize: { type: 25 }, containerCount: { type: 60 }, hosting: { tick: ["Google Cloud"] } },
    expected: "managed-kubernetes",
    name: "Google Kubernetes Engine (GKE)",
  },
];

let harness: Harness;
let names: Map<AnyPlatformId, string>;

beforeAll(async () => {
  harness = await startHarness();
  const catalogue = (await (await fetch(`${harness.origin}/api/v1/platforms`)).json()) as { platforms: Platform[] };
  names = new Map(catalogue.platforms.map((platform) => [platform.id, platform.name]));
});

afterAll(() => harness?.close());

/** The id of the question on screen: every input of a step is named after its question. */
const currentQuestion = (page: Page) => page.locator("form.step fieldset input[name]").first().getAttribute("name");

const progressNumber = async (page: Page) => {
  const text = (await page.locator("#step-progress").textContent()) ?? "";
  return Number(/Question (\d+) of/.exec(text)?.[1]);
};

/** Answers the step on screen with the mouse, as the plan says, or "I don't know". */
const answerByClicking = async (page: Page, id: string, plan: Plan) => {
  const step = plan[id];
  const group = page.locator("form.step");
  if (step && "preset" in step) await group.getByRole("button", { name: step.preset, exact: true }).click();
  else if (step && "type" in step) await group.getByRole("textbox").fill(String(step.type));
  else if (step && "tick" in step) {
    for (const label of step.tick) await group.getByRole("checkbox", { name: label, exact: true }).check();
  } else await group.getByLabel("I don't know", { exact: true }).check();
};

const walkByClicking = async (page: Page, plan: Plan) => {
  await page.goto("/");
  for (let steps = 0; steps < 20; steps++) {
    const id = await currentQuestion(page);
    if (!id) throw new Error("no question on screen");
    await answerByClicking(page, id, plan);
    const finish = page.getByRole("button", { name: "See recommendation" });
    if (await finish.isVisible()) return finish.click();
    const number = await progressNumber(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.locator("#step-progress", { hasText: `Question ${number + 1} of` }).waitFor();
  }
  throw new Error("the questionnaire did not end within 20 steps");
};

describe("each leaf of seed 002's decision tree, walked by clicking", () => {
  for (const leaf of LEAVES) {
    it(leaf.path, async () => {
      const { page, errors } = await harness.open();
      await walkByClicking(page, leaf.plan);
      const heading = page.getByRole("heading", { level: 1 });
      await expect.poll(() => heading.textContent()).toBe(`Recommendation: ${leaf.name ?? names.get(leaf.expected)}`);
      const query = new URL(page.url()).searchParams;
      expect(query.get("view")).toBe("result");
      for (const [id, step] of Object.entries(leaf.plan)) {
        if ("type" in step) expect(query.get(id)).toBe(String(step.type));
      }
      expect(errors).toEqual([]);
    });
  }
});

/** What has the focus: its name (input name or button text) and its label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      type: element?.getAttribute("type") ?? "",
      name: element?.getAttribute("name") ?? "",
      label: (element?.labels?.[0]?.textContent ?? element?.textContent ?? "").trim(),
      checked: Boolean(element?.checked),
    };
  });

/** Presses Tab until the focus is on what `wanted` accepts; a person reads the screen, a test reads the focus. */
const tabTo = async (page: Page, wanted: (focus: Awaited<ReturnType<typeof focused>>) => boolean) => {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (wanted(await focused(page))) return;
  }
  throw new Error("Tab never reached the control");
};

const answerByKeyboard = async (page: Page, id: string, plan: Plan) => {
  const step = plan[id];
  if (step && "preset" in step) {
    await tabTo(page, (focus) => focus.tag === "button" && focus.label === step.preset);
    await page.keyboard.press("Enter");
  } else if (step && "type" in step) {
    await tabTo(page, (focus) => focus.name === id && focus.type === "text");
    await page.keyboard.type(String(step.type));
  } else if (step && "tick" in step) {
    for (const label of step.tick) {
      await tabTo(page, (focus) => focus.type === "checkbox" && focus.label === label);
      await page.keyboard.press("Space");
    }
  } else {
    const kind = await page.locator("form.step fieldset input[name]").first().getAttribute("type");
    if (kind === "radio") {
      // Tab enters the radio group once; the arrow keys move the choice within it.
      await tabTo(page, (focus) => focus.type === "radio");
      for (let presses = 0; presses < 30 && (await focused(page)).label !== "I don't know"; presses++) {
        await page.keyboard.press("ArrowDown");
      }
    } else {
      await tabTo(page, (focus) => focus.type === "checkbox" && focus.label === "I don't know");
      await page.keyboard.press("Space");
    }
    expect((await focused(page)).checked).toBe(true);
  }
};

describe("the keyboard alone", () => {
  it("walks a leaf (larger team, on-prem) and focus follows each step", async () => {
    const { page, errors } = await harness.open();
    const plan: Plan = {
      teamSize: { type: 25 },
      containerCount: { preset: "10-99" },
      hosting: { tick: ["Our own data centre (on-prem)"] },
    };
    await page.goto("/");
    for (let steps = 0; steps < 20; steps++) {
      const id = await currentQuestion(page);
      if (!id) throw new Error("no question on screen");
      await answerByKeyboard(page, id, plan);
      await tabTo(page, (focus) => focus.label === "Next" || focus.label === "See recommendation");
      const last = (await focused(page)).label === "See recommendation";
      await page.keyboard.press("Enter");
      if (last) break;
      const now = await focused(page);
      expect(now.tag).toBe("h2");
      expect(await currentQuestion(page)).not.toBe(id);
    }
    const heading = page.getByRole("heading", { level: 1 });
    // 40 containers on-prem: the self-hosted Kubernetes of seed 002's leaf is K3s (docs/decisions.md D23).
    await expect.poll(() => heading.textContent()).toBe(`Recommendation: ${names.get("k3s")}`);
    expect(await focused(page)).toMatchObject({ tag: "h1" });
    expect(new URL(page.url()).searchParams.get("containerCount")).toBe("40");
    expect(errors).toEqual([]);
  });
});
