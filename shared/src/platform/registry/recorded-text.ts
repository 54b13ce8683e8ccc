import { shorten } from "../../engine/report/shorten.js";

/** One line: a tag message's first line is its summary everywhere git shows it. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Text a file holds (a report's champion, a run's id) as a tag and its model card record it: one
 * line of at most NAME_LIMIT characters. GitHub caps a release body's size, and the file itself
 * is named by its digest.
 */
export const recordedText = (text: string): string => shorten(oneLine(text));
