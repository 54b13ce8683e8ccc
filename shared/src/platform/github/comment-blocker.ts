/**
 * What stops a report from being posted as a pull-request comment before any request is made.
 * Kept apart from the client so that an action can decide without loading it.
 */
import { MlopsError } from "../../engine/errors.js";
import type { GitHubContext } from "./github-context.js";

export type CommentMode = "auto" | "always" | "never";

export type PublishOutcome =
  | { readonly posted: true; readonly url: string; readonly action: string }
  | { readonly posted: false; readonly reason: string };

/** The reason no comment can be posted from this context, if there is one. */
export function commentBlocker(context: GitHubContext, mode: CommentMode): string | undefined {
  if (mode === "never") return "comment is set to never";
  if (!context.token) return "no token was given (set the github-token input)";
  if (!context.repo) return "this run is not in a GitHub repository (GITHUB_REPOSITORY is not set)";
  return undefined;
}

/** Not posting: a reason to show with `auto`, an error with `always`. */
export function notPosted(mode: CommentMode, reason: string): PublishOutcome {
  if (mode === "always") {
    throw new MlopsError(
      `the comment could not be posted: ${reason}`,
      "Set comment: auto to keep it in the job summary instead",
    );
  }
  return { posted: false, reason };
}
