import type { RegistryBackend } from "../../platform/registry/backend.js";

/** The backend's methods that change the registry: tags, claims, releases and their files. */
const WRITES: ReadonlySet<PropertyKey> = new Set<keyof RegistryBackend>([
  "createTag",
  "completeRelease",
  "storeAssets",
  "removeAssets",
]);

/**
 * The backend, calling `mark` before each write: a run refused by the registry's own checks
 * (a stage policy, evidence, a taken tag) has written nothing, and is told apart from one that
 * failed after a write. Every method runs on the backend itself, so its state stays one.
 */
export function markingWrites(backend: RegistryBackend, mark: () => void): RegistryBackend {
  return new Proxy(backend, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (!WRITES.has(property)) return value.bind(target);
      return (...args: unknown[]): unknown => {
        mark();
        return Reflect.apply(value, target, args);
      };
    },
  });
}
