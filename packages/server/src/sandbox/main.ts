// `pnpm sandbox`: serves the DQE sandbox on Node. Configuration comes from the environment only.
import process from "node:process";
import { createSandbox } from "./createSandbox.js";
import { SANDBOX_LICENCE, sandboxOptionsFromEnv } from "./sandboxOptions.js";
import { type SandboxAddress, sandboxAddressFromEnv, startSandboxServer } from "./sandboxServer.js";

function fail(error: unknown): never {
  console.error(`DQE sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let address: SandboxAddress;
let sandbox: ReturnType<typeof createSandbox>;
try {
  address = sandboxAddressFromEnv(process.env);
  sandbox = createSandbox(sandboxOptionsFromEnv(process.env));
} catch (error) {
  fail(error);
}

const server = await startSandboxServer(sandbox, address).catch(fail);
// PINs are never logged: GET /__sandbox/messages is the way to read them.
console.info(`DQE sandbox listening on ${server.url} (licence ${SANDBOX_LICENCE})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  });
}
