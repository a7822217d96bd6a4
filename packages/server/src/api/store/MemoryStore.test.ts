import { MemoryStore } from "./MemoryStore.js";
import { describeStoreContract } from "./storeContract.js";

describeStoreContract("MemoryStore", () => {
  let offset = 0;
  return {
    store: new MemoryStore({ now: () => Date.now() + offset }),
    advance: (ms) => {
      offset += ms;
    },
  };
});
