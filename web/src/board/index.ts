import { ConfigError } from '@voicegraph/platform';
import { startBoard } from './start-board';

startBoard().then(
  (board) => {
    process.stdout.write(`board ready at ${board.origin}/board/<partnership-id>\n`);
    let stopping: Promise<void> | undefined;
    const shutdown = () => {
      stopping ??= board.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
  },
  (error: Error) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `board failed to start: ${error.stack}`}\n`);
    process.exit(1);
  },
);
