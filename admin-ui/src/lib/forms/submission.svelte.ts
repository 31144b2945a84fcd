// What every form of the interface does when it is sent, once: its own checks first, then the service; the
// service's refusals next to their fields in German, focus on the first field in error, what was typed kept on any
// failure. A form that changes a stored record sends the version it started from; when someone else saved
// meanwhile (CONFLICT) it loads what is stored now and lists the differences, and the person keeps theirs or takes
// the stored values.
import { tick } from "svelte";
import { germanFieldErrors } from "#lib/field-errors.ts";
import type { Problem } from "#lib/graphql/client.svelte.ts";
import type { FieldIssue } from "#lib/graphql/problems.ts";

export interface Difference {
  label: string;
  mine: string;
  theirs: string;
}

/** The rows of a comparison that differ. */
export const differing = (rows: Difference[]): Difference[] => rows.filter((r) => r.mine !== r.theirs);

type Messages = Record<string, string>;

export interface SubmissionOptions<Stored extends { version: number }, Answer> {
  /** The fields in the order the form shows them: the first one in error gets the focus. */
  fields: readonly string[] | (() => readonly string[]);
  /** The id of a field's input, when it is not the field's name. */
  idOf?: (field: string) => string;
  /** The form's own checks, field → German message; nothing is sent while there is one. */
  check?: () => Messages;
  /** Sends the form with the version it holds; a refusal comes back as a problem, never thrown. */
  send: (version: number) => Promise<{ data?: Answer | undefined; problem?: Problem | undefined }>;
  /** The service's field refusals in the form's words; by default a general German sentence per field. */
  refusals?: (fields: Record<string, FieldIssue>) => Promise<Messages>;
  /** What follows a success, e.g. going back to the record with a message; it has the service's answer. */
  saved: (answer: Answer) => unknown;
  /** For a change of a stored record: what is stored now, how it differs from what was typed, and taking it. */
  stored?: {
    version: number;
    load: () => Promise<Stored | null | undefined>;
    compare: (stored: Stored) => Difference[];
    take: (stored: Stored) => void;
  };
}

export class Submission<Stored extends { version: number } = { version: number }, Answer = unknown> {
  errors = $state<Messages>({});
  problem = $state<Problem | undefined>(undefined);
  conflict = $state<{ stored: Stored; differences: Difference[] } | undefined>(undefined);
  busy = $state(false);
  /** Whether the person typed or chose something that is not saved yet (the page warns before it is left). */
  unsaved = $state(false);
  #version: number;
  readonly #options: SubmissionOptions<Stored, Answer>;

  constructor(options: SubmissionOptions<Stored, Answer>) {
    this.#options = options;
    this.#version = options.stored?.version ?? 0;
  }

  /** The version of the stored record that the form's values are based on (for a removal beside the form). */
  get version(): number {
    return this.#version;
  }

  /** The record arrived after the form was set up: its fields start from this version. */
  startFrom(version: number): void {
    this.#version = version;
  }

  /** The form's submit handler. */
  submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.busy) return;
    const options = this.#options;
    this.problem = undefined;
    this.errors = options.check?.() ?? {};
    if (Object.keys(this.errors).length === 0) {
      this.busy = true;
      const { data, problem } = await options.send(this.#version);
      this.busy = false;
      if (!problem) {
        this.conflict = undefined;
        this.unsaved = false;
        await options.saved(data as Answer);
        return;
      }
      if (problem.code === "CONFLICT" && (await this.#compare())) return;
      this.problem = problem;
      this.errors = await (options.refusals ?? germanFieldErrors)(problem.fields);
    }
    await tick();
    const fields = typeof options.fields === "function" ? options.fields() : options.fields;
    const first = fields.find((field) => this.errors[field]);
    if (first) document.getElementById(options.idOf?.(first) ?? first)?.focus();
  };

  /** After a conflict: save what was typed over what is stored now. */
  keepMine = (): void => {
    if (!this.conflict) return;
    this.#version = this.conflict.stored.version;
    this.conflict = undefined;
    void this.submit();
  };

  /** After a conflict: the form takes the stored values, and what was typed is let go. */
  takeStored = (): void => {
    if (!this.conflict) return;
    const { stored } = this.conflict;
    this.#options.stored?.take(stored);
    this.#version = stored.version;
    this.conflict = undefined;
    this.unsaved = false;
  };

  async #compare(): Promise<boolean> {
    const stored = this.#options.stored;
    const now = stored && (await stored.load());
    if (!stored || !now) return false;
    this.conflict = { stored: now, differences: differing(stored.compare(now)) };
    return true;
  }
}
