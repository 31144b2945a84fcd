// Monaco's language workers, built by Vite into files of our own origin (GraphiQL would otherwise need a CDN).
// As graphiql/setup-workers/vite does, but in our source: Vite's dependency pre-bundling (dev server) cannot
// resolve `?worker` imports inside a package.
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};
