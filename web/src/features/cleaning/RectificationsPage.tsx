/** Placeholder of the contract branch: the page is built in its own branch. */
export function RectificationsPage() {
  return null;
}
