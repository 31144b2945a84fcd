import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a gateway sent to a subgraph, as it sent it. */
export interface SubgraphRequest {
  subgraph: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** How long the subgraph took to answer it, in milliseconds (seen from here, on loopback). */
  ms: number;
}

const PASSED_ON = ["authorization", "content-type", "x-request-id", "accept", "apollo-require-preflight"];

function passedOn(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    PASSED_ON.flatMap((name) => (typeof headers[name] === "string" ? [[name, headers[name] as string]] : [])),
  );
}

/**
 * A pass-through in front of each subgraph that notes what a gateway asks while `recording` is on: the requests of
 * one operation, to send them to the subgraphs directly afterwards (the benchmark's floor).
 */
export class SubgraphRecorder {
  private readonly servers: Server[] = [];
  private notes: SubgraphRequest[] | undefined;
  /** The recorder's URL for each subgraph (give these to the recording gateway). */
  readonly urls: Record<string, string> = {};

  static async start(subgraphUrls: Record<string, string>): Promise<SubgraphRecorder> {
    const recorder = new SubgraphRecorder();
    for (const [subgraph, target] of Object.entries(subgraphUrls)) {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", async () => {
          const body = Buffer.concat(chunks).toString();
          const headers = passedOn(req.headers);
          const note =
            req.method === "POST" && recorder.notes ? { subgraph, url: target, headers, body, ms: 0 } : undefined;
          if (note) recorder.notes!.push(note);
          try {
            const started = performance.now();
            const answer = await fetch(new URL(req.url ?? "/", target), {
              method: req.method,
              headers,
              body: req.method === "POST" ? body : undefined,
            });
            const payload = Buffer.from(await answer.arrayBuffer());
            if (note) note.ms = performance.now() - started;
            res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
            res.end(payload);
          } catch (error) {
            res.writeHead(502).end(String(error));
          }
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      recorder.servers.push(server);
      // The gateway reaches a subgraph's health checks at the same origin as its GraphQL path.
      recorder.urls[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`;
    }
    return recorder;
  }

  /** The subgraph requests `work` makes the gateway send, in the order they went out. */
  async record(work: () => Promise<void>): Promise<SubgraphRequest[]> {
    this.notes = [];
    try {
      await work();
      return this.notes;
    } finally {
      this.notes = undefined;
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}
