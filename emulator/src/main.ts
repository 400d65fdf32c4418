import { createEmulator, DEFAULT_ACCESS_KEY } from './index.ts';

// The only place that reads process.env (architecture.md §4).
const port = Number(process.env.EMULATOR_PORT ?? 8090);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}".`);
  process.exit(1);
}
const emulator = createEmulator({
  port,
  host: process.env.EMULATOR_HOST ?? '127.0.0.1',
  accessKey: process.env.EMULATOR_ACCESS_KEY ?? DEFAULT_ACCESS_KEY,
  ...(process.env.EMULATOR_RESOURCE_ID ? { resourceId: process.env.EMULATOR_RESOURCE_ID } : {}),
});

await emulator.start();
console.error(`ACS emulator listening on ${emulator.url} (control API: ${emulator.url}/emulator/state)`);
for (const [name, value] of Object.entries(emulator.env())) console.log(`${name}=${value}`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`${signal} received, stopping the ACS emulator.`);
  emulator.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
