import { existsSync } from "node:fs";

/**
 * The real parts the canary tests run: Debian's prometheus and nginx (PROMETHEUS and NGINX name
 * others). Without them the tests skip here, and fail under CI, where .ci/run installs them.
 */
export const PROMETHEUS = process.env.PROMETHEUS ?? "/usr/bin/prometheus";
export const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
export const hasPrometheus = existsSync(PROMETHEUS);
export const hasNginx = existsSync(NGINX);

const missing = [hasPrometheus ? "" : PROMETHEUS, hasNginx ? "" : NGINX].filter(Boolean);
if (missing.length > 0 && process.env.CI === "true") {
  throw new Error(
    `not found: ${missing.join(", ")}: install Debian's packages (apt-get install -y prometheus nginx), or set PROMETHEUS and NGINX`,
  );
}
