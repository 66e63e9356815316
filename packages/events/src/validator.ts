import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { EVENT_SCHEMAS, ENVELOPE_SCHEMA } from './generated/schemas';
import { EventPayloads, VoiceGraphEvent } from './envelope';
import { tolerantSchema } from './tolerant';

export interface EventCheck {
  valid: boolean;
  errors: string[];
}

export interface EventValidatorOptions {
  /**
   * `tolerant` (the default, for consumers): unknown data properties and CloudEvents extensions
   * are accepted. `strict` (for producers and tests): exactly what the schema names.
   */
  mode?: 'tolerant' | 'strict';
}

/** Checks events against the catalogue's JSON Schemas; types it does not know are reported, not thrown. */
export class EventValidator {
  private readonly envelope: ValidateFunction;
  private readonly data = new Map<string, ValidateFunction>();

  constructor(options: EventValidatorOptions = {}) {
    const adapt = options.mode === 'strict' ? <T>(s: T) => s : tolerantSchema;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    this.envelope = ajv.compile(adapt(ENVELOPE_SCHEMA));
    for (const [type, schema] of Object.entries(EVENT_SCHEMAS)) this.data.set(type, ajv.compile(adapt(schema)));
  }

  /** True when the catalogue has a schema for this type (e.g. voicegraph.feedback.FeedbackSent.v1). */
  knows(type: string): boolean {
    return this.data.has(type);
  }

  check(event: unknown): EventCheck {
    const errors: string[] = [];
    if (!this.envelope(event)) errors.push(...formatErrors('envelope', this.envelope));
    const type = (event as { type?: unknown } | null)?.type;
    const validateData = typeof type === 'string' ? this.data.get(type) : undefined;
    if (!validateData) errors.push(`no schema for event type ${String(type)}`);
    else if (!validateData((event as { data?: unknown }).data)) errors.push(...formatErrors('data', validateData));
    return { valid: errors.length === 0, errors };
  }

  /** Narrows `event` to the catalogued event of type `type`, or says why it is not one. */
  is<K extends keyof EventPayloads>(event: unknown, type: K): event is VoiceGraphEvent<K> {
    return (event as { type?: unknown } | null)?.type === type && this.check(event).valid;
  }

  /** Parses a Kafka message value; throws with every reason when it is not a valid catalogued event. */
  parse(raw: string | Buffer): VoiceGraphEvent {
    const event: unknown = JSON.parse(raw.toString());
    const result = this.check(event);
    if (!result.valid) throw new Error(`not a valid VoiceGraph event: ${result.errors.join('; ')}`);
    return event as VoiceGraphEvent;
  }
}

function formatErrors(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}`);
}
