import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CloudEvent } from './envelope';

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/** The JSON Schemas under schema/events/: the envelope, and one per event type keyed by its `$id`. */
export class EventSchemaRegistry {
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly envelope: ValidateFunction;

  constructor(readonly dir: string) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    let envelope: ValidateFunction | undefined;
    for (const file of listJsonFiles(dir)) {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string };
      if (!schema.$id) throw new Error(`Event schema ${file} has no $id`);
      const validate = ajv.compile(schema);
      if (schema.$id === 'voicegraph.CloudEvent') envelope = validate;
      else this.validators.set(schema.$id, validate);
    }
    if (!envelope) throw new Error(`No CloudEvent envelope schema ($id "voicegraph.CloudEvent") under ${dir}`);
    this.envelope = envelope;
  }

  has(type: string): boolean {
    return this.validators.has(type);
  }

  types(): string[] {
    return [...this.validators.keys()].sort();
  }

  /** Validates the envelope and the data of one event against its schema. */
  validate(event: CloudEvent): ValidationResult {
    const errors: string[] = [];
    if (!this.envelope(event)) errors.push(...formatErrors('envelope', this.envelope));
    const validateData = this.validators.get(event.type);
    if (!validateData) errors.push(`no schema for event type ${event.type}`);
    else if (!validateData(event.data)) errors.push(...formatErrors('data', validateData));
    return { valid: errors.length === 0, errors };
  }
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
