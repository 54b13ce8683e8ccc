/**
 * The young generation, in MB, of the engine's threads (the reader's, a shared work's). Their
 * arrays live outside the heap (a batch's columns, handed back to be refilled; a sample's
 * values), so little they allocate outlives a batch or an item; the default young generation
 * only held some 8-10 MB more at the reader's peak, no faster.
 */
export const THREAD_YOUNG_MB = 2;
