/**
 * Local Shopify Storefront API emulator: `npm run emulator`.
 * Env: EMULATOR_PORT (4010), EMULATOR_HOST (127.0.0.1), EMULATOR_PUBLIC_ORIGIN, EMULATOR_PUBLIC_TOKEN,
 * EMULATOR_PRIVATE_TOKEN, EMULATOR_DATA_DIR (emulator/.data), EMULATOR_CONTENT_DIR (emulator/content).
 */
import {createEmulator} from './src/emulator';
import {DataFileError} from './src/store/state-store';

let emulator: ReturnType<typeof createEmulator>;
try {
  emulator = createEmulator();
} catch (error) {
  // A data file of the wrong shape (or unreadable content): say which and stop, without a stack trace.
  if (error instanceof DataFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const {content, config} = emulator;

emulator
  .listen()
  .then(() => {
    console.log(`Storefront API emulator listening on http://${config.host}:${config.port}`);
    if (content.warnings.length) {
      console.warn(`[emulator] ${content.warnings.length} content warning(s), listed above`);
    }
  })
  .catch((error: unknown) => {
    console.error(`[emulator] cannot listen on ${config.host}:${config.port}:`, error);
    process.exit(1);
  });

const stop = () => {
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(0),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
