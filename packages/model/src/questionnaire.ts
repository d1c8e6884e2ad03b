import type { Answers } from "./answers.ts";
import { CATALOGUE } from "./catalogue.ts";
import type { Question } from "./question.ts";
import { cite, Seed } from "./sources.ts";
import { isShown } from "./visibility.ts";

const yesNo = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
];

/** The questionnaire, in the order it is asked. */
export const QUESTIONNAIRE: readonly Question[] = [
  {
    id: "environment",
    prompt: "What is this deployment for?",
    help: "Pick the environment you are choosing a platform for.",
    why: {
      text: "Orchestration adds complexity that development environments rarely need.",
      source: cite(Seed.orchestrationNote, "When You Need Orchestration: Skip for"),
    },
    type: "single",
    options: [
      { value: "production", label: "Production" },
      { value: "staging", label: "Staging or testing" },
      { value: "development", label: "Local development" },
    ],
    showIf: [],
  },
  {
    id: "teamSize",
    prompt: "How many engineers build and run the workload?",
    help: "Count the people who write, deploy and operate it.",
    why: {
      text: "The decision tree starts with team size: small teams (under 10) stay with the simplest tools.",
      source: cite(Seed.orchestrationChapter, "4.5 Choosing the Right Platform"),
    },
    type: "number",
    min: 1,
    max: 100_000,
    unit: "engineers",
    presets: [
      { label: "1-9", value: 5 },
      { label: "10-49", value: 20 },
      { label: "50+", value: 80 },
    ],
    showIf: [],
  },
  {
    id: "containerCount",
    prompt: "How many containers run at peak?",
    help: "All services and replicas together.",
    why: {
      text: "Ten containers are manageable; a hundred are impossible to manage by hand.",
      source: cite(Seed.whatIsOrchestration, "My Take: Orchestration Strategy"),
    },
    type: "number",
    min: 1,
    max: 10_000_000,
    unit: "containers",
    presets: [
      { label: "1-9", value: 5 },
      { label: "10-99", value: 40 },
      { label: "100+", value: 150 },
    ],
    showIf: [],
  },
  {
    id: "hosting",
    prompt: "Where must it run?",
    help: "Pick every place. Two or more clouds make it multi-cloud.",
    why: {
      text: "Multi-cloud or on-prem needs lead to Kubernetes; AWS-only to ECS and Fargate.",
      source: cite(Seed.orchestrationChapter, "4.5 Choosing the Right Platform"),
    },
    type: "multiple",
    min: 1,
    options: [
      { value: "aws", label: "AWS" },
      { value: "azure", label: "Microsoft Azure" },
      { value: "gcp", label: "Google Cloud" },
      {
        value: "other-cloud",
        label: "Another cloud, a rented VPS or server, or a developer platform",
        help: "DigitalOcean, Hetzner, OVHcloud, a sovereign or government cloud, Fly.io or Render",
      },
      { value: "on-prem", label: "Our own data centre (on-prem)" },
      { value: "edge", label: "At the edge: devices, stores, factories or cell sites" },
    ],
    showIf: [],
  },
  {
    id: "edgeFootprint",
    prompt: "What runs at the edge?",
    help: "Devices are constrained machines, one host each; sites have servers or small clusters of their own.",
    why: {
      text: "Constrained devices need a light runtime managed from afar; servers at a site run a full cluster.",
      source: cite(Seed.orchestrationAndBeyond, "4. Serverless and Edge Computing: IoT and Edge Deployments"),
    },
    type: "single",
    options: [
      { value: "devices", label: "Devices: gateways, kiosks, cameras" },
      { value: "site-servers", label: "Servers at each site: stores, factories, cell sites" },
    ],
    showIf: [{ question: "hosting", includesAny: ["edge"] }],
  },
  {
    id: "management",
    prompt: "How much infrastructure will the team operate?",
    help: "Serverless runs containers with no machines to manage; managed means the cloud runs the control plane.",
    why: {
      text: "Teams that want no infrastructure management get AWS Fargate or Cloud Run.",
      source: cite(Seed.orchestrationAndBeyond, "Summary: Choosing Your Path"),
    },
    type: "single",
    options: [
      { value: "serverless", label: "None: serverless" },
      { value: "managed", label: "Little: a managed control plane" },
      { value: "self-managed", label: "All of it: we run our own" },
      { value: "no-preference", label: "No preference" },
    ],
    showIf: [],
  },
  {
    id: "hostCount",
    prompt: "How many machines does the workload need?",
    help: "VMs, servers or devices; 1 means a single host.",
    why: {
      text: "Single-host deployments skip orchestration; multi-host ones need it.",
      source: cite(Seed.orchestrationNote, "When You Need Orchestration"),
    },
    type: "number",
    min: 1,
    max: 1_000_000,
    unit: "hosts",
    presets: [
      { label: "1", value: 1 },
      { label: "2-10", value: 3 },
      { label: "11-1000", value: 50 },
      { label: "1000+", value: 2000 },
    ],
    showIf: [{ question: "management", notEquals: "serverless" }],
  },
  {
    id: "highAvailability",
    prompt: "Must it survive the loss of a host without anyone acting?",
    help: "Automatic rescheduling to healthy hosts.",
    why: {
      text: "Production deployments requiring high availability need orchestration.",
      source: cite(Seed.orchestrationNote, "When You Need Orchestration: Use for"),
    },
    type: "boolean",
    options: yesNo,
    showIf: [{ question: "environment", notEquals: "development" }],
  },
  {
    id: "scaling",
    prompt: "How should capacity follow load?",
    help: "Automatic scaling adds replicas under load; scale to zero stops everything when idle.",
    why: {
      text: "Automatic scaling based on load is a reason for orchestration; scale to zero is Cloud Run's strength.",
      source: cite(Seed.orchestrationChapter, "4.4 Orchestration Platforms Compared: Other Platforms"),
    },
    type: "single",
    options: [
      { value: "fixed", label: "Fixed capacity" },
      { value: "manual", label: "We change it by hand" },
      { value: "automatic", label: "Automatically with load" },
      { value: "scale-to-zero", label: "Automatically, down to zero when idle" },
    ],
    showIf: [{ question: "environment", notEquals: "development" }],
  },
  {
    id: "zeroDowntimeDeploys",
    prompt: "Must deployments happen with no downtime?",
    help: "Rolling updates replace containers a few at a time.",
    why: {
      text: "Zero-downtime deployments need rolling updates, which single-host tools lack.",
      source: cite(Seed.orchestrationAndBeyond, "1. When to Use Orchestration"),
    },
    type: "boolean",
    options: yesNo,
    showIf: [{ question: "environment", notEquals: "development" }],
  },
  {
    id: "experience",
    prompt: "What is the team's deepest hands-on orchestration experience?",
    help: "What the team has run in production, not what it has read about.",
    why: {
      text: "Kubernetes has a steep learning curve; Swarm a gentle one for Docker-native teams.",
      source: cite(Seed.orchestrationAndBeyond, "3. Kubernetes vs. Docker Swarm"),
    },
    type: "single",
    options: [
      { value: "none", label: "None yet" },
      { value: "docker", label: "Docker and Compose" },
      { value: "swarm", label: "Docker Swarm" },
      { value: "kubernetes", label: "Kubernetes" },
      { value: "nomad", label: "Nomad" },
      { value: "ecs", label: "Amazon ECS" },
    ],
    showIf: [],
  },
  {
    id: "workloads",
    prompt: "What kinds of work will run?",
    help: "Pick every kind.",
    why: {
      text: "Nomad runs containers, VMs and batch jobs together; stateful services need special handling.",
      source: cite(Seed.orchestrationChapter, "4.4 Orchestration Platforms Compared: Other Platforms"),
    },
    type: "multiple",
    options: [
      { value: "stateless", label: "Stateless services" },
      { value: "stateful", label: "Stateful services (databases, queues)" },
      { value: "batch", label: "Batch jobs" },
      { value: "non-container", label: "Non-container work (VMs, binaries)" },
      { value: "event-driven", label: "Event-driven functions" },
    ],
    showIf: [],
  },
  {
    id: "traffic",
    prompt: "What reaches the workload from outside?",
    help: "Pick every kind. Workers and jobs that only read queues receive no inbound traffic.",
    why: {
      text: "Serverless platforms route HTTP; game servers, brokers and VoIP need raw TCP or UDP ingress.",
      source: cite(Seed.orchestrationChapter, "4.6 Common Orchestration Features"),
    },
    type: "multiple",
    min: 1,
    options: [
      { value: "http", label: "HTTP, gRPC or WebSockets" },
      { value: "tcp-udp", label: "Other TCP or UDP (game servers, brokers, VoIP)" },
      { value: "none", label: "None: workers and jobs" },
    ],
    showIf: [],
  },
  {
    id: "needs",
    prompt: "Which advanced platform needs do you have?",
    help: "Leave all unticked if none apply.",
    why: {
      text: "Custom scheduling, policies, deep networking integration and GPUs are platform questions Swarm leaves open.",
      source: cite(Seed.whyOrchestration, "Why Swarm Is Not the End of the Story"),
    },
    type: "multiple",
    options: [
      { value: "ecosystem", label: "Ecosystem: Helm, operators, service mesh" },
      { value: "custom-scheduling", label: "Custom scheduling logic" },
      { value: "policy-enforcement", label: "Policy enforcement" },
      { value: "multi-tenancy", label: "Several teams sharing one platform" },
      { value: "advanced-networking", label: "Advanced networking and storage integration" },
      { value: "gpu", label: "GPUs or other accelerators (ML, transcoding)" },
    ],
    showIf: [{ question: "environment", notEquals: "development" }],
  },
  {
    id: "currentPlatform",
    prompt: "What runs the workload today?",
    help: "Moving costs effort; staying put is worth something.",
    why: {
      text: "Start with Compose, then move to Swarm or Kubernetes as you scale.",
      source: cite(Seed.orchestrationAndBeyond, "Pro Tips"),
    },
    type: "single",
    options: [{ value: "none", label: "Nothing yet" }, ...CATALOGUE.map((p) => ({ value: p.id, label: p.name }))],
    showIf: [],
  },
];

/** The questions that matter for these answers, in order. */
export const visibleQuestions = (answers: Answers): Question[] =>
  QUESTIONNAIRE.filter((question) => isShown(question, answers));
