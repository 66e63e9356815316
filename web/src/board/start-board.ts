import { closeServer, createLogger, listen } from '@voicegraph/platform';
import { BoardConfig, loadBoardConfig } from './config';
import { createBoardServer } from './board-server';

export interface RunningBoard {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the public board server. */
export async function startBoard(config: BoardConfig = loadBoardConfig()): Promise<RunningBoard> {
  const logger = createLogger('board', config.logLevel);
  const server = createBoardServer({ ...config, logger });
  const port = await listen(server, config.port, config.host);
  const origin = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ origin }, 'board ready');
  return { origin, port, stop: () => closeServer(server) };
}
