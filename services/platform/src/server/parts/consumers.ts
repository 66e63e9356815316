import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { EventConsumer } from '../../consumer/event-consumer';
import { KeepConsuming } from '../../consumer/keep-consuming';
import { eventType, topicOf } from '../../events/envelope';
import { Logger } from '../../logging/logger';
import { ServiceDefinition } from '../service-definition';
import { topicsOf } from './relay';

export interface ConsumerParts {
  definition: ServiceDefinition;
  config: ServiceConfig;
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  groupId?: string;
}

/**
 * Starts consuming the events the service handles (each applied once through its inbox) and
 * waits a while for the group to join; with Kafka down the service starts anyway.
 */
export async function startConsumers(parts: ConsumerParts): Promise<KeepConsuming> {
  const { definition, config, logger } = parts;
  const consumes = definition.consumes ?? [];
  const options = {
    kafka: parts.kafka,
    dataSource: parts.dataSource,
    schema: definition.name,
    logger: logger.child({ component: 'consumer' }),
    maxAttempts: config.consumerMaxAttempts,
    erasureKey: config.erasureKey,
    groupId: parts.groupId ?? `voicegraph-${definition.name}`,
    topics: [...new Set(consumes.map((c) => topicOf(c.event)))],
    handlers: Object.fromEntries(consumes.map((c) => [eventType(c.event), c.handle])),
  };
  const consumer = new KeepConsuming(
    parts.kafka,
    topicsOf(definition),
    () => new EventConsumer(options),
    logger,
    config.topicRetention,
  );
  consumer.start();
  if (!(await consumer.waitUntilConnected(15_000)))
    logger.warn('starting without Kafka: events will be consumed when it is reachable');
  return consumer;
}
