/**
 * Checks of the deployment files in deploy/: each function takes the parsed files (and what is known about the
 * running services) and returns the broken promises as sentences, empty when all is well. deploy.test.ts runs
 * them on the real files and on deliberately broken copies.
 */
import { DockerfileParser, type Copy, type Env, type From, type Instruction } from "dockerfile-ast";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ConfigError, nodeStartFlags, parseConfig, type z } from "../../packages/subgraph-kit/src/config.js";

// Parsed YAML: shapes are what the checks find out.
export type Doc = Record<string, any>;

/** What a running instance of one service showed and what its configuration reads. */
export interface ServiceFacts {
  name: string;
  /** The default of its PORT setting. */
  port: number;
  /** The settings the process reads (its zod shape, as its main passes it to loadConfig). */
  settings: z.ZodRawShape;
  /** Paths that answered 200 on an instance started with a working database and every subgraph down. */
  served: ReadonlySet<string>;
  /** Of those, the paths that still answered 200 once the instance had begun to stop (SIGTERM). */
  servedWhileStopping: ReadonlySet<string>;
}

interface KubernetesModel {
  validate(): void;
  toJSON(): unknown;
}

/** The kinds deploy/kubernetes may hold; anything else is a mistake until its model is added here. */
const MODELS = new Map<string, new (data: never) => KubernetesModel>([
  ["apps/v1/Deployment", Deployment],
  ["v1/Service", Service],
  ["v1/ConfigMap", ConfigMap],
  ["v1/Secret", Secret],
  ["v1/Namespace", Namespace],
  ["autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler],
  ["policy/v1/PodDisruptionBudget", PodDisruptionBudget],
  ["networking.k8s.io/v1/Ingress", Ingress],
  ["networking.k8s.io/v1/NetworkPolicy", NetworkPolicy],
]);

export const describeDoc = (doc: Doc) => `${doc?.kind ?? "?"} ${doc?.metadata?.name ?? "(no name)"}`;

/**
 * A copy of `value` that records which fields a validator reads. The Kubernetes schemas allow unknown fields (the
 * API server drops them silently), so a misspelt `readinessProb` would pass validation: every field the generated
 * validator never looked at, in an object whose keys it did not list (labels, data), is unknown to the schema.
 */
function watchReads(value: unknown, path: string, reports: (() => string[])[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => watchReads(item, `${path}/${i}`, reports));
  if (value === null || typeof value !== "object") return value;
  const read = new Set<string>();
  let listed = false;
  const target = Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, watchReads(item, `${path}/${key}`, reports)]),
  );
  reports.push(() =>
    listed
      ? []
      : Object.keys(target)
          .filter((key) => !read.has(key))
          .map((key) => `${path}/${key}`),
  );
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(object, key, receiver);
    },
    ownKeys(object) {
      listed = true;
      return Reflect.ownKeys(object);
    },
  });
}

/** Validates one document against the Kubernetes schema of its apiVersion and kind; unknown fields fail too. */
export function schemaProblems(doc: Doc): string[] {
  const Model = MODELS.get(`${doc?.apiVersion}/${doc?.kind}`);
  if (!Model) return [`${describeDoc(doc)}: unknown apiVersion/kind ${doc?.apiVersion}/${doc?.kind}`];
  const model = new Model(doc as never);
  const reports: (() => string[])[] = [];
  const watched = watchReads(model.toJSON(), "", reports);
  try {
    model.validate.call(watched);
  } catch (error) {
    return [`${describeDoc(doc)}: ${(error as Error).message}`];
  }
  const unknown = reports.flatMap((report) => report());
  // Inside an unknown field nothing is read: name only the outermost.
  return unknown
    .filter((field) => !unknown.some((outer) => field.startsWith(`${outer}/`)))
    .map((field) => `${describeDoc(doc)}: unknown field ${field}`);
}

const find = (docs: Doc[], kind: string, name: string) =>
  docs.find((d) => d.kind === kind && d.metadata?.name === name);

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** A probe's or Service's port (a number or the name of a container port) as a number. */
function resolvePort(port: unknown, container: Doc): number | undefined {
  if (typeof port === "number") return port;
  return (container.ports ?? []).find((p: Doc) => p.name === port)?.containerPort;
}

function secretValues(secret: Doc): Record<string, string> {
  const decoded = Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(String(v), "base64").toString()]),
  );
  return { ...decoded, ...(secret.stringData ?? {}) };
}

/** The environment a container gets from its manifests (Secrets as their templates' placeholders). */
export function containerEnvironment(container: Doc, docs: Doc[]): { env: Record<string, string>; problems: string[] } {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  for (const source of container.envFrom ?? []) {
    const [kind, ref] = source.configMapRef ? ["ConfigMap", source.configMapRef] : ["Secret", source.secretRef];
    const doc = find(docs, kind, ref?.name);
    if (!doc) problems.push(`envFrom names ${kind} ${ref?.name}, which no manifest defines`);
    else Object.assign(env, kind === "ConfigMap" ? doc.data : secretValues(doc));
  }
  for (const variable of container.env ?? []) {
    if ("value" in variable) {
      env[variable.name] = String(variable.value);
      continue;
    }
    const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
    const kind = variable.valueFrom?.secretKeyRef ? "Secret" : "ConfigMap";
    const doc = ref && find(docs, kind, ref.name);
    const values = doc && (kind === "Secret" ? secretValues(doc) : (doc.data ?? {}));
    if (!values || !(ref.key in values))
      problems.push(`${variable.name} comes from ${kind} ${ref?.name} key ${ref?.key}, which no manifest defines`);
    else env[variable.name] = values[ref.key];
  }
  return { env, problems };
}

/** Settings the process does not read: a typo, or a name that was renamed and now does nothing. */
export function unreadSettings(names: Iterable<string>, facts: ServiceFacts): string[] {
  return [...names]
    .filter((name) => !(name in facts.settings))
    .map((name) => `${name} is set, but ${facts.name} reads no setting of that name`);
}

/** Parses a complete environment the way the process does at start; its messages name each bad setting. */
function parsedSettings(
  env: Record<string, string>,
  facts: ServiceFacts,
): { config?: Record<string, unknown>; problems: string[] } {
  try {
    return { config: parseConfig(facts.settings, env) as Record<string, unknown>, problems: [] };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { problems: error.problems.map((p) => `${facts.name} would not start: ${p}`) };
  }
}

/**
 * A probe asks a path the service answers with 200 on its port. Readiness must fail while the pod stops (the
 * load balancers' cue to send nothing more); liveness must not (the kubelet would kill a draining pod).
 */
function probeProblems(
  kind: "readinessProbe" | "livenessProbe" | "startupProbe",
  container: Doc,
  facts: ServiceFacts,
): string[] {
  const probe = container[kind];
  if (!probe) return kind === "startupProbe" ? [] : [`${facts.name}: no ${kind}`];
  const get = probe.httpGet;
  if (!get) return [`${facts.name}: the ${kind} is no httpGet`];
  const problems: string[] = [];
  if (!facts.served.has(get.path))
    problems.push(`${facts.name}: the ${kind} asks ${get.path}, which the running service does not answer with 200`);
  else if (kind === "readinessProbe" && facts.servedWhileStopping.has(get.path))
    problems.push(`${facts.name}: the readinessProbe asks ${get.path}, which still answers 200 while the pod stops`);
  else if (kind === "livenessProbe" && !facts.servedWhileStopping.has(get.path))
    problems.push(
      `${facts.name}: the livenessProbe asks ${get.path}, which fails while the pod stops (it would be killed while draining)`,
    );
  if (resolvePort(get.port, container) !== facts.port)
    problems.push(`${facts.name}: the ${kind} asks port ${get.port}, not ${facts.port}`);
  return problems;
}

/**
 * One Deployment: probes on served paths and the right port, non-root and read-only, resource limits, every
 * setting it passes read by the process and valid, and time enough to drain on SIGTERM.
 */
export function deploymentProblems(deployment: Doc, docs: Doc[], facts: ServiceFacts): string[] {
  const problems: string[] = [];
  const pod = deployment.spec?.template ?? {};
  const containers: Doc[] = pod.spec?.containers ?? [];
  if (containers.length !== 1) return [`${facts.name}: expected one container, found ${containers.length}`];
  const container = containers[0]!;
  if (!selects(deployment.spec?.selector?.matchLabels, pod.metadata?.labels))
    problems.push(`${facts.name}: the selector does not match the pod's labels`);

  problems.push(
    ...probeProblems("readinessProbe", container, facts),
    ...probeProblems("livenessProbe", container, facts),
    ...probeProblems("startupProbe", container, facts),
  );

  const podSecurity = pod.spec?.securityContext ?? {};
  const security = container.securityContext ?? {};
  const runAsNonRoot = security.runAsNonRoot ?? podSecurity.runAsNonRoot;
  const runAsUser = security.runAsUser ?? podSecurity.runAsUser;
  if (runAsNonRoot !== true) problems.push(`${facts.name}: runAsNonRoot is not true`);
  if (runAsUser === 0) problems.push(`${facts.name}: runs as user 0 (root)`);
  if (security.allowPrivilegeEscalation !== false)
    problems.push(`${facts.name}: allowPrivilegeEscalation is not false`);
  if (security.readOnlyRootFilesystem !== true) problems.push(`${facts.name}: the root filesystem is writable`);
  if (!(security.capabilities?.drop ?? []).includes("ALL"))
    problems.push(`${facts.name}: capabilities are not all dropped`);

  for (const kind of ["requests", "limits"] as const) {
    for (const resource of ["cpu", "memory"]) {
      if (!container.resources?.[kind]?.[resource]) problems.push(`${facts.name}: no ${resource} in resources.${kind}`);
    }
  }

  const ports: Doc[] = container.ports ?? [];
  if (ports.length !== 1 || ports[0]!.containerPort !== facts.port) {
    problems.push(
      `${facts.name}: the container port is ${ports.map((p) => p.containerPort).join(", ") || "missing"}, the service listens on ${facts.port}`,
    );
  }
  const annotations = pod.metadata?.annotations ?? {};
  if (
    annotations["prometheus.io/scrape"] !== "true" ||
    Number(annotations["prometheus.io/port"]) !== facts.port ||
    annotations["prometheus.io/path"] !== "/metrics"
  ) {
    problems.push(`${facts.name}: the pod's prometheus.io annotations do not point at /metrics on port ${facts.port}`);
  }

  const { env, problems: envProblems } = containerEnvironment(container, docs);
  problems.push(...envProblems.map((p) => `${facts.name}: ${p}`), ...unreadSettings(Object.keys(env), facts));
  if (env.PORT !== undefined && Number(env.PORT) !== facts.port)
    problems.push(`${facts.name}: PORT is ${env.PORT}, the container port ${facts.port}`);
  const { config, problems: settingProblems } = parsedSettings(env, facts);
  problems.push(...settingProblems);
  if (config) {
    if (config.NODE_ENV !== "production")
      problems.push(`${facts.name}: NODE_ENV is ${String(config.NODE_ENV)}, not production`);
    if (config.HOST !== "0.0.0.0")
      problems.push(`${facts.name}: HOST is ${String(config.HOST)}: the kubelet and the Service cannot reach it`);
    const drainMs = Number(config.SHUTDOWN_DELAY_MS) + Number(config.SHUTDOWN_TIMEOUT_MS);
    const graceSeconds = pod.spec?.terminationGracePeriodSeconds ?? 30;
    if (!(graceSeconds * 1000 > drainMs)) {
      problems.push(
        `${facts.name}: terminationGracePeriodSeconds ${graceSeconds} is not longer than SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS (${drainMs} ms)`,
      );
    }
  }
  return problems;
}

/** A Service, a HorizontalPodAutoscaler and a PodDisruptionBudget for each Deployment. */
export function companionProblems(deployment: Doc, docs: Doc[], facts: ServiceFacts): string[] {
  const problems: string[] = [];
  const labels = deployment.spec?.template?.metadata?.labels;
  const container = deployment.spec?.template?.spec?.containers?.[0] ?? {};
  const services = docs.filter((d) => d.kind === "Service" && selects(d.spec?.selector, labels));
  if (services.length === 0) problems.push(`${facts.name}: no Service selects its pods`);
  for (const service of services) {
    for (const port of service.spec?.ports ?? []) {
      if (resolvePort(port.targetPort ?? port.port, container) !== facts.port)
        problems.push(
          `${describeDoc(service)}: targetPort ${port.targetPort} is not the container's port ${facts.port}`,
        );
    }
  }
  const autoscalers = docs.filter(
    (d) =>
      d.kind === "HorizontalPodAutoscaler" &&
      d.spec?.scaleTargetRef?.kind === "Deployment" &&
      d.spec.scaleTargetRef.name === deployment.metadata?.name,
  );
  if (autoscalers.length !== 1)
    problems.push(`${facts.name}: ${autoscalers.length} HorizontalPodAutoscalers scale it, expected 1`);
  for (const hpa of autoscalers) {
    if (!(hpa.spec.metrics ?? []).some((m: Doc) => m.type === "Resource" && m.resource?.name === "cpu"))
      problems.push(`${describeDoc(hpa)}: does not scale on CPU`);
    // One pod alone cannot be drained without an outage.
    if (!((hpa.spec.minReplicas ?? 1) >= 2)) problems.push(`${describeDoc(hpa)}: minReplicas below 2`);
  }
  if (deployment.spec?.replicas !== undefined && autoscalers.length > 0)
    problems.push(`${facts.name}: sets replicas, which fights its HorizontalPodAutoscaler on every apply`);
  if (!docs.some((d) => d.kind === "PodDisruptionBudget" && selects(d.spec?.selector?.matchLabels, labels)))
    problems.push(`${facts.name}: no PodDisruptionBudget selects its pods`);
  return problems;
}

/** Whether an Ingress path rule sends `path` on (Kubernetes' matching: Exact, or Prefix by path elements). */
export function ingressRouteMatches(rule: { path: string; pathType: string }, path: string): boolean {
  if (rule.pathType === "Exact") return path === rule.path;
  const prefix = rule.path.replace(/\/+$/, "");
  return prefix === "" || path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The Ingress sends on what `reachable` lists (to the gateway Service) and nothing of `unreachable`; every
 * path rule is one of `allowed`.
 */
export function ingressProblems(
  docs: Doc[],
  paths: { allowed: string[]; reachable: string[]; unreachable: string[]; service: string },
): string[] {
  const ingresses = docs.filter((d) => d.kind === "Ingress");
  if (ingresses.length === 0) return ["no Ingress exposes the gateway"];
  const problems: string[] = [];
  const rules: { path: string; pathType: string }[] = [];
  for (const ingress of ingresses) {
    if (ingress.spec?.defaultBackend) problems.push(`${describeDoc(ingress)}: a defaultBackend sends every path on`);
    for (const rule of ingress.spec?.rules ?? []) {
      for (const route of rule.http?.paths ?? []) {
        rules.push(route);
        if (!paths.allowed.includes(route.path))
          problems.push(`${describeDoc(ingress)}: routes ${route.path}, which is not public`);
        if (route.backend?.service?.name !== paths.service)
          problems.push(
            `${describeDoc(ingress)}: ${route.path} goes to ${route.backend?.service?.name}, not ${paths.service}`,
          );
      }
    }
  }
  for (const path of paths.reachable) {
    if (!rules.some((rule) => ingressRouteMatches(rule, path))) problems.push(`the Ingress does not route ${path}`);
  }
  for (const path of paths.unreachable) {
    const rule = rules.find((r) => ingressRouteMatches(r, path));
    if (rule) problems.push(`the Ingress routes ${path} (through ${rule.pathType} ${rule.path})`);
  }
  return problems;
}

/** Secret templates: every value is a visible placeholder, never something that could be a real secret. */
export function secretTemplateProblems(secret: Doc): string[] {
  const problems: string[] = [];
  if (secret.data)
    problems.push(`${describeDoc(secret)}: a template shows its placeholders in stringData, not base64 in data`);
  for (const [key, value] of Object.entries(secret.stringData ?? {})) {
    if (!/CHANGE-ME|\.invalid\b/.test(String(value)))
      problems.push(`${describeDoc(secret)}: ${key} is no placeholder (CHANGE-ME or an example.invalid host)`);
  }
  return problems;
}

/** The instructions of each stage, by the order of FROM. */
function stages(instructions: Instruction[]): { name: string | null; instructions: Instruction[] }[] {
  const result: { name: string | null; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "FROM") {
      result.push({ name: (instruction as From).getBuildStage(), instructions: [] });
    } else result.at(-1)?.instructions.push(instruction);
  }
  return result;
}

const argumentsOf = (instruction: Instruction) => instruction.getArguments().map((a) => a.getValue());

/**
 * A service's Dockerfile: multi-stage; pnpm as the repository pins it; the runtime stage copies only the build
 * stage's deploy folder, runs as a numeric non-root user with the service's settings, exposes its port, checks
 * its health on a served path and starts `node <nodeStartFlags(service)> dist/main.js`.
 */
export function dockerfileProblems(text: string, facts: ServiceFacts, pnpmVersion: string): string[] {
  const problems: string[] = [];
  const all = stages(DockerfileParser.parse(text).getInstructions());
  if (all.length < 2) return [`${facts.name}: not a multi-stage build`];
  const runtime = all.at(-1)!;
  const earlier = new Set(
    all
      .slice(0, -1)
      .map((s) => s.name)
      .filter(Boolean),
  );
  const of = (keyword: string) => runtime.instructions.filter((i) => i.getKeyword() === keyword);
  const buildRuns = all
    .slice(0, -1)
    .flatMap((s) => s.instructions.filter((i) => i.getKeyword() === "RUN").map((i) => i.getArgumentsContent() ?? ""));

  if (!buildRuns.some((run) => run.includes(`npm install -g pnpm@${pnpmVersion}`)))
    problems.push(`${facts.name}: the build does not install pnpm ${pnpmVersion} (package.json's packageManager)`);
  if (!buildRuns.some((run) => /pnpm install\b.*--frozen-lockfile/.test(run)))
    problems.push(`${facts.name}: the build does not install with --frozen-lockfile`);
  const deployRun = buildRuns.find((run) => /pnpm .*\bdeploy\b.*--prod/.test(run));
  const deployFolder = deployRun?.trim().split(/\s+/).at(-1);
  if (!deployFolder) problems.push(`${facts.name}: the build makes no production folder with pnpm deploy --prod`);

  for (const instruction of runtime.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === "ADD") problems.push(`${facts.name}: the runtime stage uses ADD`);
    if (keyword !== "COPY") continue;
    const from = (instruction as Copy).getFromFlag()?.getValue();
    if (!from || !earlier.has(from))
      problems.push(
        `${facts.name}: the runtime stage copies from ${from ? `"${from}"` : "the build context"}, not from the build stage`,
      );
  }
  if (deployFolder && !of("COPY").some((copy) => argumentsOf(copy)[0] === deployFolder))
    problems.push(`${facts.name}: the runtime stage does not copy the deploy folder ${deployFolder}`);

  const user = of("USER").at(-1)?.getArguments()[0]?.getValue().split(":")[0];
  if (!user) problems.push(`${facts.name}: the runtime stage sets no USER (it would run as root)`);
  else if (!/^\d+$/.test(user))
    problems.push(`${facts.name}: USER ${user} is no number (Kubernetes verifies runAsNonRoot only for numeric users)`);
  else if (Number(user) === 0) problems.push(`${facts.name}: USER 0 is root`);

  const env = Object.fromEntries(
    of("ENV").flatMap((i) => (i as Env).getProperties().map((p) => [p.getName(), p.getValue() ?? ""])),
  );
  problems.push(...unreadSettings(Object.keys(env), facts));
  if (env.NODE_ENV !== "production") problems.push(`${facts.name}: the image does not set NODE_ENV=production`);
  if (env.HOST !== "0.0.0.0") problems.push(`${facts.name}: the image does not set HOST=0.0.0.0`);
  if (env.PORT !== undefined && Number(env.PORT) !== facts.port)
    problems.push(`${facts.name}: the image sets PORT=${env.PORT}, not ${facts.port}`);
  const exposed = of("EXPOSE")
    .flatMap(argumentsOf)
    .map((p) => Number(p.split("/")[0]));
  if (exposed.length !== 1 || exposed[0] !== facts.port)
    problems.push(`${facts.name}: EXPOSE ${exposed.join(" ") || "missing"}, the service listens on ${facts.port}`);

  const healthcheck = of("HEALTHCHECK").at(-1)?.getArgumentsContent() ?? "";
  const healthPath = /\/health[\w/-]*/.exec(healthcheck)?.[0];
  if (!/\bCMD\b/.test(healthcheck)) problems.push(`${facts.name}: no HEALTHCHECK in the runtime stage`);
  else if (!healthPath || !facts.served.has(healthPath))
    problems.push(
      `${facts.name}: the HEALTHCHECK asks ${healthPath ?? "no /health path"}, which the running service does not answer with 200`,
    );

  const cmd = of("CMD").at(-1)?.getArgumentsContent()?.trim();
  if (!cmd) problems.push(`${facts.name}: no CMD`);
  else if (
    JSON.stringify(JSON.parse(cmd.startsWith("[") ? cmd : "null")) !==
    JSON.stringify(["node", ...nodeStartFlags(facts.name), "dist/main.js"])
  ) {
    problems.push(
      `${facts.name}: CMD is ${cmd}, not the exec form ${JSON.stringify(["node", ...nodeStartFlags(facts.name), "dist/main.js"])} (node must get SIGTERM itself, with the graph's start flags)`,
    );
  }
  if (of("ENTRYPOINT").length > 0) problems.push(`${facts.name}: an ENTRYPOINT would wrap the CMD`);
  return problems;
}

const INTERPOLATION = /^\$\{[A-Z][A-Z0-9_]*(:?\?[^}]*)?\}$/;
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|API_KEY/i;

/** A compose environment as a map (compose also takes a list of NAME=value). */
export function composeEnvironment(service: Doc): Record<string, string> {
  const environment = service.environment ?? {};
  if (!Array.isArray(environment))
    return Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, v == null ? "" : String(v)]));
  return Object.fromEntries(
    environment.map((entry: string) => [entry.split("=")[0], entry.slice(entry.indexOf("=") + 1)]),
  );
}

/** Secrets written into compose.yaml instead of read from the env file. */
export function inlineSecrets(name: string, env: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (key === "AUTH_DEV_SECRET")
      problems.push(`${name}: sets AUTH_DEV_SECRET (development tokens have no place in a deployment)`);
    else if (SECRET_NAME.test(key) && !INTERPOLATION.test(value))
      problems.push(`${name}: ${key} is written inline, not read from the env file as \${${key}}`);
    const password = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(value)?.[1];
    if (password !== undefined && !INTERPOLATION.test(password))
      problems.push(`${name}: the password in ${key} is written inline`);
  }
  return problems;
}

/**
 * deploy/compose.yaml: every service checks its health (in compose or in its image) or waits for healthy ones,
 * waits only for healthy services, restarts, passes only settings its process reads, and holds no secret.
 */
export function composeProblems(
  compose: Doc,
  context: {
    healthcheckInImage(build: { context: string; dockerfile: string }): boolean;
    factsFor(name: string): ServiceFacts | undefined;
  },
): string[] {
  const problems: string[] = [];
  const services: Record<string, Doc> = compose.services ?? {};
  const healthy = (service: Doc) =>
    (service.healthcheck && service.healthcheck.disable !== true && service.healthcheck.test?.[0] !== "NONE") ||
    (!!service.build?.dockerfile && !service.healthcheck?.disable && context.healthcheckInImage(service.build));
  for (const [name, service] of Object.entries(services)) {
    const dependsOn = service.depends_on ?? {};
    if (Array.isArray(dependsOn))
      problems.push(`${name}: depends_on without condition starts it before its dependencies are healthy`);
    for (const [dependency, spec] of Object.entries(
      Array.isArray(dependsOn) ? {} : (dependsOn as Record<string, Doc>),
    )) {
      if (spec?.condition !== "service_healthy")
        problems.push(
          `${name}: waits for ${dependency} only until it is ${spec?.condition ?? "started"}, not service_healthy`,
        );
      if (!services[dependency]) problems.push(`${name}: depends on ${dependency}, which compose.yaml does not define`);
      else if (!healthy(services[dependency]!))
        problems.push(`${name}: depends on ${dependency}, which has no healthcheck`);
    }
    if (!healthy(service) && Object.keys(dependsOn).length === 0)
      problems.push(`${name}: has no healthcheck and depends on no healthy service`);
    if (!service.restart || service.restart === "no") problems.push(`${name}: no restart policy`);
    const env = composeEnvironment(service);
    problems.push(...inlineSecrets(name, env));
    const facts = context.factsFor(name);
    if (facts) problems.push(...unreadSettings(Object.keys(env), facts).map((p) => `compose: ${p}`));
  }
  return problems;
}
