/** Every write holds the document lock, so two clicks (or two editors) never interleave writes. */
import { AddonError } from "../shared/errors";
import type { Services } from "./services";

export function withDocumentLock<T>(svc: Services, work: () => T): T {
  const lock = svc.LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10_000)) throw new AddonError("busy");
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
