/**
 * How a GraphQL result becomes CSV rows: which list is exported, which columns it has, and how each value is
 * written. Plain functions over the parsed query and the API schema, so they are tested without a server.
 *
 * Columns come from the query's selection (not from the data), so a column exists even when every value in it is
 * null, and every page of a paged export has the same columns.
 */
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** The largest page the subgraphs serve (`MAX_PAGE_SIZE` of the kit's pagination). */
export const EXPORT_PAGE_SIZE = 500;

/** A request the export cannot serve although the query itself may be fine (answered with 400). */
export class ExportRequestError extends Error {}

export interface Column {
  /** Response keys (aliases where given) from a row's item to the value. */
  path: string[];
  /** `value`: one scalar; `list`: a list (of scalars or objects) written into one cell. */
  kind: "value" | "list";
}

export interface ExportPlan {
  /** Response keys from `data` to the exported list; a list on the way is flattened (each item's list in turn). */
  listPath: string[];
  columns: Column[];
  /** Set when the export pages through a connection: where it is, and the variables that page it. */
  paging: { connectionPath: string[]; afterVariable: string; firstVariable: string | null } | null;
}

interface CollectedField {
  nodes: FieldNode[];
  type: GraphQLOutputType;
}

/** The fields a selection set asks for, by response key, fragments merged in (document order). */
function collectFields(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  into = new Map<string, CollectedField>(),
): Map<string, CollectedField> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const name = selection.name.value;
      if (name === "__typename") {
        into.set(key, { nodes: [selection], type: schema.getType("String") as GraphQLOutputType });
        continue;
      }
      // On an interface or union the field lives on the fragment's type; a field the parent lacks was refused
      // by validation already, so it is simply skipped here.
      const field = "getFields" in parent ? parent.getFields()[name] : undefined;
      if (!field) continue;
      const seen = into.get(key);
      if (seen) seen.nodes.push(selection);
      else into.set(key, { nodes: [selection], type: field.type });
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined)
        : parent;
      collectFields(schema, condition ?? parent, fragment.selectionSet, fragments, into);
    }
  }
  return into;
}

const mergedSelection = (field: CollectedField): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: field.nodes.flatMap((n) => n.selectionSet?.selections ?? []),
});

const isList = (type: GraphQLOutputType) => isListType(getNullableType(type));

/** The operation a request runs, or why there is none to export. */
export function exportedOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation && operation.operation !== "query") {
    throw new ExportRequestError(`Only queries can be exported; '${operation.operation}' is not one.`);
  }
  return operation ?? null;
}

/**
 * Finds the list to export and its columns. Without `path` the first list of objects in the query (depth
 * first, in the order written) is taken, so a connection exports its `nodes`; `path` (response keys joined by
 * dots, e.g. `organisations.nodes.contacts`) picks another one, and a path that ends at a connection means its
 * `nodes`.
 */
export function planExport(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  path?: string | null,
): ExportPlan {
  const operation = exportedOperation(document, operationName);
  if (!operation)
    throw new ExportRequestError("Name the operation to export (operationName): the document has several or none.");
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = schema.getQueryType()!;
  const fieldsOf = (type: GraphQLOutputType, selection: SelectionSetNode | undefined) =>
    collectFields(schema, getNamedType(type) as GraphQLCompositeType, selection, fragments);

  // Walk to the list: each step is a response key; `trail` keeps what each step selected, for paging.
  const trail: { key: string; field: CollectedField }[] = [];
  let fields = collectFields(schema, root, operation.selectionSet, fragments);
  if (path) {
    const keys = path.split(".").filter(Boolean);
    for (const [i, key] of keys.entries()) {
      const field = fields.get(key);
      if (!field || isLeafType(getNamedType(field.type))) {
        throw new ExportRequestError(
          `The query selects no list of objects at '${keys.slice(0, i + 1).join(".")}': pass a path of response keys to a list, e.g. 'organisations.nodes'.`,
        );
      }
      trail.push({ key, field });
      fields = fieldsOf(field.type, mergedSelection(field));
    }
    const last = trail.at(-1);
    if (last && !isList(last.field.type)) {
      const nodes = fields.get("nodes");
      if (!nodes || !isList(nodes.type))
        throw new ExportRequestError(
          `'${path}' is not a list: pass a path to a list or a connection that selects 'nodes'.`,
        );
      trail.push({ key: "nodes", field: nodes });
      fields = fieldsOf(nodes.type, mergedSelection(nodes));
    }
  } else {
    const search = (level: Map<string, CollectedField>): boolean => {
      for (const [key, field] of level) {
        if (isLeafType(getNamedType(field.type))) continue;
        trail.push({ key, field });
        const inner = fieldsOf(field.type, mergedSelection(field));
        if (isList(field.type)) {
          fields = inner;
          return true;
        }
        if (search(inner)) return true;
        trail.pop();
      }
      return false;
    };
    if (!search(fields))
      throw new ExportRequestError(
        "The query selects no list of objects to export: select one, e.g. organisations { nodes { name } }.",
      );
  }

  return {
    listPath: trail.map((t) => t.key),
    columns: columnsOf(fields, [], fieldsOf),
    paging: pagingOf(trail, operation, fieldsOf),
  };
}

function columnsOf(
  fields: Map<string, CollectedField>,
  prefix: string[],
  fieldsOf: (type: GraphQLOutputType, selection: SelectionSetNode | undefined) => Map<string, CollectedField>,
): Column[] {
  return [...fields].flatMap(([key, field]): Column[] => {
    const path = [...prefix, key];
    if (isList(field.type)) return [{ path, kind: "list" }];
    if (isLeafType(getNamedType(field.type))) return [{ path, kind: "value" }];
    return columnsOf(fieldsOf(field.type, mergedSelection(field)), path, fieldsOf);
  });
}

/**
 * A connection is paged when nothing above it is a list, it selects `pageInfo { hasNextPage endCursor }` and
 * its `after` argument is a variable of the operation.
 */
function pagingOf(
  trail: { key: string; field: CollectedField }[],
  operation: OperationDefinitionNode,
  fieldsOf: (type: GraphQLOutputType, selection: SelectionSetNode | undefined) => Map<string, CollectedField>,
): ExportPlan["paging"] {
  const declared = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  const variableOf = (field: CollectedField, argument: string) => {
    const value = field.nodes[0]!.arguments?.find((a) => a.name.value === argument)?.value;
    return value?.kind === Kind.VARIABLE && declared.has(value.name.value) ? value.name.value : null;
  };
  for (const [i, step] of trail.entries()) {
    if (trail[i + 1]?.key !== "nodes") {
      if (isList(step.field.type)) return null;
      continue;
    }
    const pageInfo = fieldsOf(step.field.type, mergedSelection(step.field)).get("pageInfo");
    const pageFields = pageInfo && fieldsOf(pageInfo.type, mergedSelection(pageInfo));
    const afterVariable = variableOf(step.field, "after");
    if (
      !pageInfo ||
      pageInfo.nodes[0]!.alias ||
      !pageFields?.has("hasNextPage") ||
      !pageFields.has("endCursor") ||
      !afterVariable
    )
      return null;
    return {
      connectionPath: trail.slice(0, i + 1).map((t) => t.key),
      afterVariable,
      firstVariable: variableOf(step.field, "first"),
    };
  }
  return null;
}

/** The items of the exported list in one result; lists on the way are flattened, nulls skipped. */
export function itemsAt(data: unknown, listPath: string[]): Record<string, unknown>[] {
  let current: unknown[] = [data];
  for (const key of listPath) {
    current = current.flatMap((value) => {
      const next = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
      return Array.isArray(next) ? next.flat(Infinity) : next == null ? [] : [next];
    });
  }
  return current.filter((item): item is Record<string, unknown> => item !== null && typeof item === "object");
}

/** Whether `data` holds the list at all (a null on the way means the query failed there). */
export function hasList(data: unknown, listPath: string[]): boolean {
  let current: unknown = data;
  for (const key of listPath) {
    if (Array.isArray(current)) return true;
    if (current === null || typeof current !== "object") return false;
    current = (current as Record<string, unknown>)[key];
  }
  return Array.isArray(current);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const berlin = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * One value as spreadsheet software in German offices reads it, as the budgets subgraph's service report does:
 * decimal commas; dates (YYYY-MM-DD) as DD.MM.YYYY; points in time as DD.MM.YYYY HH:MM:SS German local time;
 * null as an empty cell; text starting with = + - @ with a leading apostrophe so that it is not run as a formula.
 * Everything else (ids, keys like '13071', enum values, true/false) as sent.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value !== "string") return String(value);
  const date = ISO_DATE.exec(value);
  if (date) return `${date[3]}.${date[2]}.${date[1]}`;
  if (ISO_DATE_TIME.test(value)) {
    const time = new Date(value);
    if (Number.isNaN(time.getTime())) return value;
    const part = Object.fromEntries(berlin.formatToParts(time).map((p) => [p.type, p.value]));
    return `${part.day}.${part.month}.${part.year} ${part.hour}:${part.minute}:${part.second}`;
  }
  // Text that spreadsheet software would run as a formula (entered by anyone who may edit a record) is marked
  // as text, as OWASP advises against CSV injection.
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The scalar values in an object (nested objects and lists included), in the order the query selected them. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leaves);
  const text = formatValue(value);
  return text === "" ? [] : [text];
}

/**
 * A list in one cell, items separated by ", ": scalars as formatted values; objects as their selected values
 * joined by " / " (select only `name` to get a list of names, or `id` for ids).
 */
export function formatList(list: unknown): string {
  if (!Array.isArray(list)) return formatValue(list);
  return list
    .flat(Infinity)
    .map((item) => (item !== null && typeof item === "object" ? leaves(item).join(" / ") : formatValue(item)))
    .filter((text) => text !== "")
    .join(", ");
}

/** One item as a CSV record, in the order of `columns`. */
export function flattenItem(item: Record<string, unknown>, columns: Column[]): string[] {
  return columns.map((column) => {
    let value: unknown = item;
    for (const key of column.path)
      value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return column.kind === "list" ? formatList(value) : formatValue(value);
  });
}

export const header = (columns: Column[]) => columns.map((c) => c.path.join("."));
