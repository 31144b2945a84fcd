/**
 * The deployment files in deploy/ (Dockerfiles, compose.yaml, the Kubernetes manifests) checked against the real
 * services: each service is started here (subgraphs on in-memory SQLite, the gateway with every subgraph down),
 * and every probe and HEALTHCHECK must ask a path it answers with 200; every setting a file passes must be one
 * the process reads, with a value it accepts. No Docker engine or cluster is needed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startSubgraph, subgraphConfigShape, type SubgraphDefinition } from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { gatewaySettings } from "../../gateway/src/config.js";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, parseConfig, z } from "../../packages/subgraph-kit/src/config.js";
import { budgetsSubgraph } from "../../services/budgets/src/schema.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { freePort } from "../support/graph.js";
import {
  companionProblems,
  composeEnvironment,
  composeProblems,
  containerEnvironment,
  deploymentProblems,
  dockerfileProblems,
  ingressProblems,
  schemaProblems,
  secretTemplateProblems,
  type Doc,
  type ServiceFacts,
} from "./checks.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEPLOY = path.join(ROOT, "deploy");
const KUBERNETES = path.join(DEPLOY, "kubernetes");
const read = (...parts: string[]) => readFileSync(path.join(...parts), "utf8");

const SUBGRAPHS: SubgraphDefinition[] = [organisationsSubgraph, networksSubgraph, budgetsSubgraph];
const SERVICES = ["gateway", ...SUBGRAPHS.map((s) => s.name)];
const PNPM_VERSION = (JSON.parse(read(ROOT, "package.json")) as { packageManager: string }).packageManager.replace(
  /^pnpm@/,
  "",
);
/** PostgreSQL's default max_connections (100) less its superuser_reserved_connections (3). */
const POSTGRES_CONNECTIONS = 97;

/** What each process reads, exactly as its main passes it to loadConfig. */
function settingsOf(name: string): z.ZodRawShape {
  if (name === "gateway") return gatewaySettings;
  return subgraphConfigShape(SUBGRAPHS.find((s) => s.name === name)!);
}
const defaultPort = (name: string) => (z.object({ PORT: settingsOf(name).PORT! }).parse({}) as { PORT: number }).PORT;

function yamlDocuments(file: string): Doc[] {
  return parseAllDocuments(readFileSync(file, "utf8")).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
    const value = document.toJS() as Doc | null;
    return value ? [value] : [];
  });
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

// The secret templates only: a filled-in copy next to them (ignored by git) holds real values and is no concern here.
const isSecretTemplate = (file: string) => path.basename(path.dirname(file)) === "secrets";
const manifestFiles = yamlFiles(KUBERNETES).filter(
  (f) => path.basename(f) !== "kustomization.yaml" && (!isSecretTemplate(f) || f.endsWith(".example.yaml")),
);
const docs = manifestFiles.flatMap(yamlDocuments);
const kustomization = parse(read(KUBERNETES, "kustomization.yaml")) as Doc;
const dockerfile = (name: string) => read(DEPLOY, "docker", `${name}.Dockerfile`);
const compose = parse(read(DEPLOY, "compose.yaml"), { merge: true }) as Doc;
const deploymentOf = (name: string) => docs.find((d) => d.kind === "Deployment" && d.metadata?.name === name)!;

/** The admin interface's top-level pages (admin-ui/src/routes/<page>): deep links must reach the gateway. */
// A folder under routes/ is a page (or pages) when it holds a +page.svelte; others hold a start page's parts.
const adminUiPages = readdirSync(path.join(ROOT, "admin-ui/src/routes"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) =>
    readdirSync(path.join(ROOT, "admin-ui/src/routes", name), { recursive: true }).some(
      (file) => path.basename(String(file)) === "+page.svelte",
    ),
  );

const facts = {} as Record<string, ServiceFacts>;
const stops: (() => Promise<unknown>)[] = [];

/** Every path a probe or HEALTHCHECK asks, plus the health paths the services document. */
function askedPaths(): string[] {
  const fromManifests = docs
    .filter((d) => d.kind === "Deployment")
    .flatMap((d) =>
      d.spec.template.spec.containers.flatMap((c: Doc) =>
        [c.readinessProbe, c.livenessProbe, c.startupProbe].map((p) => p?.httpGet?.path),
      ),
    );
  const fromDockerfiles = SERVICES.map((name) => /\/health[\w/-]*/.exec(dockerfile(name))?.[0]);
  return [
    ...new Set(
      ["/health", "/health/live", "/health/ready", ...fromManifests, ...fromDockerfiles].filter(
        (p): p is string => !!p,
      ),
    ),
  ];
}

/** Which of `paths` answer 200, first while running and then once the service has begun to stop. */
async function probe(baseUrl: string, lifecycle: { stopping: boolean }, paths: string[]) {
  const served = await servedPaths(baseUrl, paths);
  lifecycle.stopping = true;
  const servedWhileStopping = await servedPaths(baseUrl, [...served]);
  lifecycle.stopping = false;
  return { served, servedWhileStopping };
}

async function servedPaths(baseUrl: string, paths: string[]): Promise<Set<string>> {
  const served = new Set<string>();
  for (const p of paths) {
    const response = await fetch(`${baseUrl}${p}`);
    await response.arrayBuffer();
    if (response.status === 200) served.add(p);
  }
  return served;
}

beforeAll(async () => {
  // Set before Apollo's gateway loads, as the gateway's main does.
  process.env.APOLLO_TELEMETRY_DISABLED = "1";
  const paths = askedPaths();
  const auth = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE } as const;
  for (const definition of SUBGRAPHS) {
    const running = await startSubgraph(
      definition,
      { dataDir: ":memory:", demoData: false, auth, production: false },
      { port: 0, host: "127.0.0.1" },
    );
    stops.push(() => running.stop());
    facts[definition.name] = {
      name: definition.name,
      port: defaultPort(definition.name),
      settings: settingsOf(definition.name),
      ...(await probe(running.url.replace(/\/graphql$/, ""), running.lifecycle, paths)),
    };
  }
  // The gateway with every subgraph down (ports nothing listens on): what it still answers with 200 works as a
  // probe while subgraphs fail.
  const { startGateway } = await import("../../gateway/src/server.js");
  const { readCommittedSupergraph } = await import("../../gateway/src/supergraph.js");
  const nowhere = async () => `http://127.0.0.1:${await freePort()}/graphql`;
  const config = parseConfig(gatewaySettings, {
    PORT: String(await freePort()),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ORGANISATIONS_URL: await nowhere(),
    NETWORKS_URL: await nowhere(),
    BUDGETS_URL: await nowhere(),
  });
  const gateway = await startGateway(config, readCommittedSupergraph());
  stops.push(() => gateway.stop());
  facts.gateway = {
    name: "gateway",
    port: defaultPort("gateway"),
    settings: gatewaySettings,
    ...(await probe(`http://127.0.0.1:${config.PORT}`, gateway.lifecycle, paths)),
  };
}, 120_000);

afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

describe("the services as the checks see them", () => {
  it("answer their liveness and readiness paths, readiness no longer while stopping; the gateway's /health is down with the subgraphs", () => {
    for (const name of SERVICES) {
      expect([...facts[name]!.served], name).toEqual(expect.arrayContaining(["/health/live", "/health/ready"]));
      expect([...facts[name]!.servedWhileStopping], name).toContain("/health/live");
      expect([...facts[name]!.servedWhileStopping], name).not.toContain("/health/ready");
    }
    expect(facts.gateway!.served.has("/health")).toBe(false);
    expect(Object.fromEntries(SERVICES.map((name) => [name, facts[name]!.port]))).toEqual({
      gateway: 4000,
      organisations: 4001,
      networks: 4002,
      budgets: 4003,
    });
  });
});

describe("Kubernetes manifests (deploy/kubernetes)", () => {
  it("are valid against the Kubernetes schema of their kind, without unknown fields", () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.flatMap(schemaProblems)).toEqual([]);
  });

  it("are all applied by kustomization.yaml, except the secret templates", () => {
    const listed = (kustomization.resources as string[]).map((file) => path.join(KUBERNETES, file)).sort();
    expect(listed).toEqual(manifestFiles.filter((f) => !isSecretTemplate(f)).sort());
    expect(kustomization.namespace).toBe(docs.find((d) => d.kind === "Namespace")?.metadata.name);
  });

  it.each(SERVICES)(
    "%s: probes on served paths and its port, non-root and read-only, resource limits, settings the process reads and accepts, time to drain",
    (name) => {
      expect(deploymentOf(name), `no Deployment ${name}`).toBeDefined();
      expect(deploymentProblems(deploymentOf(name), docs, facts[name]!)).toEqual([]);
    },
  );

  it.each(SERVICES)("%s: a Service, a HorizontalPodAutoscaler and a PodDisruptionBudget select its pods", (name) => {
    expect(companionProblems(deploymentOf(name), docs, facts[name]!)).toEqual([]);
  });

  it("have no Deployment but the services'", () => {
    expect(
      docs
        .filter((d) => d.kind === "Deployment")
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual([...SERVICES].sort());
  });

  it("expose through the Ingress the interface, /graphql, /explorer, /export.csv and /auth, never /metrics or /health", () => {
    const pages = adminUiPages.map((page) => `/${page}`);
    expect(pages.length).toBeGreaterThan(5);
    expect(
      ingressProblems(docs, {
        allowed: ["/", "/_app", "/graphql", "/explorer", "/export.csv", "/auth", ...pages],
        reachable: [
          "/",
          "/_app/version.json",
          "/graphql",
          "/explorer",
          "/explorer/assets/x.js",
          "/export.csv",
          "/auth/config",
          "/auth/dev-token",
          ...pages.map((p) => `${p}/x`),
        ],
        unreachable: [
          "/metrics",
          "/health",
          "/health/live",
          "/health/ready",
          "/trusted-documents.json",
          "/anything-else",
        ],
        service: "gateway",
      }),
    ).toEqual([]);
  });

  it("read their secrets from the two templates, which hold only placeholders", () => {
    const templates = docs.filter((d) => d.kind === "Secret");
    expect(templates.map((d) => d.metadata.name).sort()).toEqual(["database-urls", "oidc-provider"]);
    expect(templates.flatMap(secretTemplateProblems)).toEqual([]);
    for (const name of SUBGRAPHS.map((s) => s.name)) {
      const env = deploymentOf(name).spec.template.spec.containers[0].env as Doc[];
      expect(env.find((e) => e.name === "DATABASE_URL")?.valueFrom?.secretKeyRef, name).toEqual({
        name: "database-urls",
        key: name,
      });
    }
    // Nothing secret in a ConfigMap.
    const configValues = docs.filter((d) => d.kind === "ConfigMap").flatMap((d) => Object.keys(d.data ?? {}));
    expect(configValues.filter((key) => /PASSWORD|SECRET|DATABASE_URL|AUTH_/.test(key))).toEqual([]);
  });

  it("keep the subgraphs' connection pools within PostgreSQL's connections at full scale", () => {
    let connections = 0;
    for (const definition of SUBGRAPHS) {
      const deployment = deploymentOf(definition.name);
      const maxReplicas = docs.find(
        (d) => d.kind === "HorizontalPodAutoscaler" && d.spec.scaleTargetRef.name === definition.name,
      )!.spec.maxReplicas as number;
      const { env } = containerEnvironment(deployment.spec.template.spec.containers[0], docs);
      const config = parseConfig(settingsOf(definition.name), env) as unknown as { DATABASE_POOL_MAX: number };
      // Each starting pod also holds one connection for the migrations.
      connections += maxReplicas * (config.DATABASE_POOL_MAX + 1);
    }
    expect(connections).toBeLessThanOrEqual(POSTGRES_CONNECTIONS);
  });
});

describe("Dockerfiles (deploy/docker)", () => {
  it.each(SERVICES)(
    "%s: multi-stage; the runtime stage copies only the build's deploy folder, runs as non-root, checks its health, starts node",
    (name) => {
      expect(dockerfileProblems(dockerfile(name), facts[name]!, PNPM_VERSION)).toEqual([]);
    },
  );

  it("gateway: builds the admin interface and the explorer in and points the settings at them", () => {
    const text = dockerfile("gateway");
    expect(text).toMatch(/COPY --from=build \/src\/admin-ui\/build \.\/admin-ui/);
    expect(text).toMatch(/COPY --from=build \/src\/explorer\/dist \.\/explorer/);
    expect(text).toMatch(
      /ADMIN_UI_DIR=\/app\/admin-ui EXPLORER_DIR=\/app\/explorer TRUSTED_DOCUMENTS_FILE=\/app\/admin-ui\/trusted-documents\.json/,
    );
  });

  it("leave out what is installed, built or local (.dockerignore)", () => {
    const ignored = read(ROOT, ".dockerignore")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"));
    expect(ignored).toEqual(
      expect.arrayContaining([".git", "**/node_modules", "**/dist", "**/data", "admin-ui/build", "**/.env"]),
    );
  });
});

describe("compose (deploy/compose.yaml)", () => {
  const context = {
    healthcheckInImage: (build: { context: string; dockerfile: string }) =>
      /^HEALTHCHECK\b[^\n]*(\\\n[^\n]*)*\bCMD\b/m.test(read(DEPLOY, build.context, build.dockerfile)),
    factsFor: (name: string) => facts[name],
  };

  it("checks every service's health, starts each after what it needs is healthy, restarts, passes only read settings, holds no secret", () => {
    expect(Object.keys(compose.services).sort()).toEqual([...SERVICES, "postgres"].sort());
    expect(composeProblems(compose, context)).toEqual([]);
  });

  it("gives each subgraph its own database through DATABASE_URL, and the gateway every subgraph's URL", () => {
    for (const definition of SUBGRAPHS) {
      const env = composeEnvironment(compose.services[definition.name]);
      expect(env.DATABASE_URL).toMatch(
        new RegExp(`^postgres://${definition.name}:\\$\\{[A-Z_]+:\\?[^}]+\\}@postgres:5432/${definition.name}$`),
      );
      expect(composeEnvironment(compose.services.gateway)[`${definition.name.toUpperCase()}_URL`]).toBe(
        `http://${definition.name}:${definition.defaultPort}/graphql`,
      );
    }
    const init = read(DEPLOY, "postgres", "init-databases.sql");
    for (const definition of SUBGRAPHS)
      expect(init).toContain(`CREATE DATABASE ${definition.name} OWNER ${definition.name};`);
  });

  it("documents every value it reads from deploy/.env in .env.example, with the secrets left empty", () => {
    const example = Object.fromEntries(
      read(DEPLOY, ".env.example")
        .split("\n")
        .filter((line) => /^[A-Z]/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const interpolated = [...read(DEPLOY, "compose.yaml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!);
    expect(Object.keys(example)).toEqual(expect.arrayContaining([...new Set(interpolated)]));
    expect(Object.entries(example).filter(([key, value]) => /PASSWORD|SECRET/.test(key) && value !== "")).toEqual([]);
  });
});

/** A deep copy to break. */
const copy = <T>(value: T): T => structuredClone(value);

describe("the checks catch broken files", () => {
  const container = (deployment: Doc) => deployment.spec.template.spec.containers[0];

  it("a Deployment without readiness probe, with liveness on a path not served, as root, without limits", () => {
    const broken = copy(deploymentOf("organisations"));
    delete container(broken).readinessProbe;
    container(broken).livenessProbe.httpGet.path = "/healthz";
    container(broken).securityContext.runAsUser = 0;
    broken.spec.template.spec.securityContext.runAsUser = 0;
    delete container(broken).resources.limits;
    expect(deploymentProblems(broken, docs, facts.organisations!)).toEqual(
      expect.arrayContaining([
        "organisations: no readinessProbe",
        "organisations: the livenessProbe asks /healthz, which the running service does not answer with 200",
        "organisations: runs as user 0 (root)",
        "organisations: no cpu in resources.limits",
      ]),
    );
  });

  it("a subgraph made ready by /health, which still answers 200 while it stops", () => {
    const broken = copy(deploymentOf("networks"));
    container(broken).readinessProbe.httpGet.path = "/health";
    expect(deploymentProblems(broken, docs, facts.networks!)).toEqual([
      "networks: the readinessProbe asks /health, which still answers 200 while the pod stops",
    ]);
  });

  it("the gateway made ready by /health, which fails whenever a subgraph does", () => {
    const broken = copy(deploymentOf("gateway"));
    container(broken).readinessProbe.httpGet.path = "/health";
    expect(deploymentProblems(broken, docs, facts.gateway!)).toEqual([
      "gateway: the readinessProbe asks /health, which the running service does not answer with 200",
    ]);
  });

  it("a setting no process reads, a bad value, a wrong port, too short a grace period", () => {
    const broken = copy(deploymentOf("networks"));
    container(broken).env.push(
      { name: "DATABASE_POOL_SIZE", value: "5" },
      { name: "DATABASE_STATEMENT_TIMEOUT_MS", value: "soon" },
    );
    container(broken).ports[0].containerPort = 8080;
    broken.spec.template.spec.terminationGracePeriodSeconds = 30;
    const problems = deploymentProblems(broken, docs, facts.networks!);
    expect(problems).toEqual(
      expect.arrayContaining([
        "DATABASE_POOL_SIZE is set, but networks reads no setting of that name",
        expect.stringMatching(/^networks would not start: DATABASE_STATEMENT_TIMEOUT_MS: /),
        "networks: the container port is 8080, the service listens on 4002",
        "networks: the readinessProbe asks port http, not 4002",
      ]),
    );
    // With the bad value gone the grace period is measured against the configured drain: 30 s is not more than 5 + 25 s.
    container(broken).env.pop();
    expect(deploymentProblems(broken, docs, facts.networks!)).toContain(
      "networks: terminationGracePeriodSeconds 30 is not longer than SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS (30000 ms)",
    );
  });

  it("a production pod without its OIDC provider", () => {
    const broken = copy(deploymentOf("budgets"));
    container(broken).envFrom = container(broken).envFrom.filter((source: Doc) => !source.secretRef);
    expect(deploymentProblems(broken, docs, facts.budgets!)).toContain(
      "budgets would not start: AUTH_JWKS_URL: required in production (the development secret is public)",
    );
  });

  it("a Deployment whose Service, autoscaler and disruption budget select other pods", () => {
    const broken = copy(deploymentOf("budgets"));
    broken.metadata.name = "budgets-v2";
    broken.spec.template.metadata.labels = { "app.kubernetes.io/name": "budgets-v2" };
    expect(companionProblems(broken, docs, facts.budgets!)).toEqual([
      "budgets: no Service selects its pods",
      "budgets: 0 HorizontalPodAutoscalers scale it, expected 1",
      "budgets: no PodDisruptionBudget selects its pods",
    ]);
  });

  it("a misspelt field, a wrong type, an unknown kind", () => {
    const misspelt = copy(deploymentOf("gateway"));
    container(misspelt).readinessProb = container(misspelt).readinessProbe;
    expect(schemaProblems(misspelt)).toEqual([
      "Deployment gateway: unknown field /spec/template/spec/containers/0/readinessProb",
    ]);
    const wrongType = copy(deploymentOf("gateway"));
    container(wrongType).ports[0].containerPort = "4000";
    expect(schemaProblems(wrongType)).toEqual([expect.stringContaining("containerPort must be integer")]);
    expect(schemaProblems({ apiVersion: "example.invalid/v1", kind: "Gadget", metadata: { name: "x" } })).toEqual([
      "Gadget x: unknown apiVersion/kind example.invalid/v1/Gadget",
    ]);
  });

  it("an Ingress that routes / as a prefix (and so /metrics)", () => {
    const broken = docs.map(copy);
    const ingress = broken.find((d) => d.kind === "Ingress")!;
    ingress.spec.rules[0].http.paths.find((p: Doc) => p.path === "/").pathType = "Prefix";
    expect(
      ingressProblems(broken, { allowed: ["/"], reachable: [], unreachable: ["/metrics"], service: "gateway" }),
    ).toContain("the Ingress routes /metrics (through Prefix /)");
  });

  it("a secret template with a value that could be real", () => {
    const broken = copy(docs.find((d) => d.kind === "Secret" && d.metadata.name === "database-urls")!);
    broken.stringData.budgets = "postgres://budgets:hunter2@db.internal:5432/budgets";
    expect(secretTemplateProblems(broken)).toEqual([
      "Secret database-urls: budgets is no placeholder (CHANGE-ME or an example.invalid host)",
    ]);
  });

  it("a Dockerfile whose runtime stage copies the sources, runs as root and checks no health", () => {
    const broken = dockerfile("organisations")
      .replace("COPY --from=build /out ./", "COPY --from=build /out ./\nCOPY . .")
      .replace("USER 1000:1000", "USER root")
      .replace(/HEALTHCHECK[^\n]*\\\n[^\n]*\n/, "");
    expect(dockerfileProblems(broken, facts.organisations!, PNPM_VERSION)).toEqual([
      "organisations: the runtime stage copies from the build context, not from the build stage",
      "organisations: USER root is no number (Kubernetes verifies runAsNonRoot only for numeric users)",
      "organisations: no HEALTHCHECK in the runtime stage",
    ]);
    expect(
      dockerfileProblems('FROM node:20\nCMD ["node", "dist/main.js"]\n', facts.organisations!, PNPM_VERSION),
    ).toEqual(["organisations: not a multi-stage build"]);
  });

  it("a compose file with an inline password, a dependency started but not healthy, an unread setting", () => {
    const broken = copy(compose);
    broken.services.budgets.environment.DATABASE_URL = "postgres://budgets:hunter2@postgres:5432/budgets";
    broken.services.postgres.environment.POSTGRES_PASSWORD = "hunter2";
    broken.services.gateway.depends_on.budgets.condition = "service_started";
    broken.services.gateway.environment.ADMIN_UI = "/app/admin-ui";
    delete broken.services.postgres.healthcheck;
    expect(composeProblems(broken, { healthcheckInImage: () => true, factsFor: (name) => facts[name] })).toEqual(
      expect.arrayContaining([
        "budgets: the password in DATABASE_URL is written inline",
        "postgres: POSTGRES_PASSWORD is written inline, not read from the env file as ${POSTGRES_PASSWORD}",
        "gateway: waits for budgets only until it is service_started, not service_healthy",
        "compose: ADMIN_UI is set, but gateway reads no setting of that name",
        "organisations: depends on postgres, which has no healthcheck",
      ]),
    );
  });
});
