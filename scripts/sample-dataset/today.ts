/**
 * "Today" for the sample dataset: every date in it is written relative to this day, and the tests
 * build the site and pin the browser's clock to a moment of it (tests/support/clock.ts).
 */
export const DATASET_TODAY = '2026-11-26'

/** 10:00 in Hà Nội on the dataset's today: the moment the tests build and browse the sample site at. */
export const DATASET_NOW = `${DATASET_TODAY}T10:00:00+07:00`
