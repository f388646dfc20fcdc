import { environmentWithFiles, parseConfig } from './config';
import { composeApp } from './compose';
import { consoleLogger } from './compose-adapters';

async function main() {
  const config = parseConfig(environmentWithFiles(process.env, process.cwd()));
  const app = await composeApp(config);
  app.server.listen(config.port, () => {
    consoleLogger.info('SKA i Teams is listening', { url: config.publicUrl, store: config.store, auth: config.auth, stage: config.stage });
  });
  const stop = () => {
    app.server.close(async () => {
      await app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  consoleLogger.error('start-up failed', { err: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
