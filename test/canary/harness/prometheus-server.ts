import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  endProcess,
  freePort,
  harnessDir,
  onCleanup,
  spawnTracked,
  waitUntilReady,
} from "./processes.js";
import { PROMETHEUS } from "./requirements.js";

export interface PrometheusServer {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL now: "Prometheus goes down". */
  kill(): void;
}

/**
 * The scrape configuration: one job per target, so that each keeps its own metrics path, with a
 * `variant` label on every series scraped from it. JSON is YAML, so no YAML writer is needed.
 */
function config(targets: readonly { variant: string; url: string }[], intervalS: number): string {
  const scrapeConfigs = targets.map(({ variant, url }, index) => {
    const target = new URL(url);
    return {
      job_name: `model-${index}`,
      scheme: target.protocol.replace(":", ""),
      metrics_path: target.pathname === "/" ? "/metrics" : target.pathname,
      static_configs: [{ targets: [target.host], labels: { variant } }],
    };
  });
  const timing = { scrape_interval: `${intervalS}s`, scrape_timeout: `${intervalS}s` };
  return JSON.stringify({ global: timing, scrape_configs: scrapeConfigs }, null, 2);
}

/** Whether Prometheus has scraped each of its `count` targets at least once, successfully. */
async function scrapedAll(url: string, count: number): Promise<boolean> {
  const response = await fetch(`${url}/api/v1/targets?state=active`);
  const { data } = (await response.json()) as { data: { activeTargets: { health: string }[] } };
  return data.activeTargets.length === count && data.activeTargets.every((t) => t.health === "up");
}

/** Scrapes each target every scrapeIntervalS with a `variant` label = the target's variant. */
export async function startPrometheus(
  targets: readonly { variant: string; url: string }[],
  options: { scrapeIntervalS?: number } = {},
): Promise<PrometheusServer> {
  const dir = harnessDir("prometheus");
  const configFile = join(dir, "prometheus.yml");
  const log = join(dir, "prometheus.log");
  writeFileSync(configFile, config(targets, options.scrapeIntervalS ?? 1));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnTracked(
    PROMETHEUS,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    log,
  );
  const stop = onCleanup(() => endProcess(child, "SIGTERM"));
  // Ready, and every target scraped once: Prometheus hands new targets to its scrapers every
  // 5 s, so the first scrape can come that long after /-/ready.
  await waitUntilReady("Prometheus", {
    child,
    ready: async () =>
      (await fetch(`${url}/-/ready`)).ok && (await scrapedAll(url, targets.length)),
    timeoutMs: 15_000,
    detail: () => `its log:\n${readFileSync(log, "utf8").slice(-2000)}`,
  });
  return { url, stop, kill: () => child.kill("SIGKILL") };
}
