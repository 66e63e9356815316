export * from './board/start-board';
export * from './board/config';
export * from './board/board-query';
export * from './report/build';
export * from './report/operation';
