/** Placeholder of the contract branch: the page is built in its own branch. */
export function InspectionPage() {
  return null;
}
