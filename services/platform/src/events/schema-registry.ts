import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tolerantSchema } from '@voicegraph/events';
import { CloudEvent } from './envelope';

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/**
 * How strictly an event is checked (docs/events.md, "Evolution rules"):
 * - `producer`: exactly as its schema says; no property or extension the schema does not name.
 * - `consumer`: the same required properties, types and values, but unknown data properties and
 *   CloudEvents extension attributes (e.g. `traceparent`) are accepted and ignored, so a
 *   producer can add an optional field without parking events on consumers that have not upgraded.
 */
export type ValidationMode = 'producer' | 'consumer';

interface Validators {
  envelope: ValidateFunction;
  data: Map<string, ValidateFunction>;
}

/** The JSON Schemas under schema/events/: the envelope, and one per event type keyed by its `$id`. */
export class EventSchemaRegistry {
  private readonly modes: Record<ValidationMode, Validators>;

  constructor(readonly dir: string) {
    const schemas = listJsonFiles(dir).map((file) => {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string };
      if (!schema.$id) throw new Error(`Event schema ${file} has no $id`);
      return schema as { $id: string };
    });
    if (!schemas.some((s) => s.$id === ENVELOPE_ID))
      throw new Error(`No CloudEvent envelope schema ($id "${ENVELOPE_ID}") under ${dir}`);
    this.modes = {
      producer: compileAll(schemas),
      consumer: compileAll(schemas.map((s) => tolerantSchema(s))),
    };
  }

  has(type: string): boolean {
    return this.modes.producer.data.has(type);
  }

  types(): string[] {
    return [...this.modes.producer.data.keys()].sort();
  }

  /** Validates the envelope and the data of one event against its schema (strictly unless told). */
  validate(event: CloudEvent, mode: ValidationMode = 'producer'): ValidationResult {
    const { envelope, data } = this.modes[mode];
    const errors: string[] = [];
    if (!envelope(event)) errors.push(...formatErrors('envelope', envelope));
    const validateData = data.get(event.type);
    if (!validateData) errors.push(`no schema for event type ${event.type}`);
    else if (!validateData(event.data)) errors.push(...formatErrors('data', validateData));
    return { valid: errors.length === 0, errors };
  }
}

const ENVELOPE_ID = 'voicegraph.CloudEvent';

function compileAll(schemas: { $id: string }[]): Validators {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const data = new Map<string, ValidateFunction>();
  let envelope: ValidateFunction | undefined;
  for (const schema of schemas) {
    const validate = ajv.compile(schema);
    if (schema.$id === ENVELOPE_ID) envelope = validate;
    else data.set(schema.$id, validate);
  }
  return { envelope: envelope!, data };
}

function formatErrors(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}`);
}

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJsonFiles(path);
    return name.endsWith('.schema.json') ? [path] : [];
  });
}

export const DEFAULT_EVENT_SCHEMA_DIR = resolve(__dirname, '../../../../schema/events');

let shared: EventSchemaRegistry | undefined;

/** The process-wide registry, loaded once (VOICEGRAPH_EVENT_SCHEMA_DIR overrides the location). */
export function eventSchemas(): EventSchemaRegistry {
  shared ??= new EventSchemaRegistry(process.env.VOICEGRAPH_EVENT_SCHEMA_DIR ?? DEFAULT_EVENT_SCHEMA_DIR);
  return shared;
}
