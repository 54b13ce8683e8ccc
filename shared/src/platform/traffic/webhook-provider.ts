import { createHmac, randomUUID } from "node:crypto";
import { shorten } from "../../engine/report/shorten.js";
import { TrafficError, type TrafficProvider, type TrafficShift } from "./traffic-provider.js";

export interface WebhookProviderOptions {
  readonly url: URL;
  /** Signs each body with HMAC-SHA256 when given. */
  readonly secret?: string;
  readonly timeoutMs: number;
  /** Fields sent with every shift (the environment, the model's digest, the run's URL). */
  readonly context: Readonly<Record<string, string>>;
}

/** The header of the body's signature, `sha256=<hex>`, as GitHub's own webhooks sign theirs. */
export const SIGNATURE_HEADER = "x-mlops-signature-256";

/** The signature of a body: what a receiver recomputes with the shared secret to trust it. */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/** The URL as shown: without credentials or a query, which may carry a token. */
const shownUrl = (url: URL) => `${url.protocol}//${url.host}${url.pathname}`;

/** The header that repeats the body's `delivery`, for the receiver's logs. */
export const DELIVERY_HEADER = "x-mlops-delivery";

/**
 * Moves traffic by posting the shift as JSON to the user's endpoint (a deploy service, a
 * gateway's admin API): `{"action": "set-weight" | "rollback", "weight", "step", "variant", ...}`.
 * Each body also carries a `delivery` id of its own and the time it was `sent_at`, under the
 * signature, so that a receiver can refuse a captured post sent again: too old, or an id it has
 * applied. Any 2xx answer is success; the rollout stops on any other, or when the post runs past
 * its time.
 */
export function webhookProvider(options: WebhookProviderOptions): TrafficProvider {
  const post = async (action: "set-weight" | "rollback", shift: TrafficShift) => {
    const delivery = randomUUID();
    const sent = { delivery, sent_at: new Date().toISOString() };
    const body = JSON.stringify({ action, ...shift, ...options.context, ...sent });
    const headers: Record<string, string> = {
      "content-type": "application/json",
      [DELIVERY_HEADER]: delivery,
    };
    if (options.secret) headers[SIGNATURE_HEADER] = signBody(options.secret, body);
    const where = `posting ${action} at ${shift.weight}% to ${shownUrl(options.url)}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(options.url, {
        method: "POST",
        headers,
        body,
        // A redirect is answered, never followed: the signed post goes to the address given.
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Read inside the time limit: an answer whose body never ends is no answer.
      text = (await response.text()).slice(0, 200).replace(/\s+/g, " ");
    } catch (error) {
      const cause =
        error instanceof Error && error.name === "TimeoutError"
          ? `no answer within ${options.timeoutMs / 1000}s`
          : "the endpoint could not be reached";
      throw new TrafficError(
        `${where}: ${cause}`,
        "Check that the webhook-url answers from this runner",
      );
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null) {
      // The answer's address as a URL shows it (no query, no credentials), parsed or not shown,
      // and cut short: the endpoint's answer, not the user, sets its length.
      const to = URL.canParse(location, options.url.href)
        ? shorten(shownUrl(new URL(location, options.url)))
        : undefined;
      throw new TrafficError(
        `${where}: it answered ${response.status}, a redirect${to ? ` to ${to}` : ""}`,
        "Give the address it redirects to as webhook-url: a post is not sent on to another",
      );
    }
    if (!response.ok)
      throw new TrafficError(
        `${where}: it answered ${response.status}${text ? ` (${text})` : ""}`,
        "Check the endpoint's log; a 2xx answer means the weight is set",
      );
  };
  return {
    description: `webhook ${shownUrl(options.url)}`,
    setWeight: (shift) => post("set-weight", shift),
    rollback: (shift) => post("rollback", { ...shift, weight: 0 }),
  };
}
