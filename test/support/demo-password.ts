/**
 * The password the test suites give every demo user when they seed (npm start picks a random one;
 * tests choose theirs, as GUANJIA_DEMO_PASSWORD lets any caller do).
 */
export const DEMO_PASSWORD = 'guanjia2026';
