/** The example queries of `docs/queries/`, bundled at build time: each file's first line (`# …`) names it. */
export interface Example {
  file: string;
  title: string;
  query: string;
}

const files = import.meta.glob<string>("../../docs/queries/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const examples: Example[] = Object.entries(files)
  .map(([path, query]) => {
    const file = path.slice(path.lastIndexOf("/") + 1);
    return { file, title: /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? file, query };
  })
  .sort((a, b) => a.title.localeCompare(b.title, "de"));
