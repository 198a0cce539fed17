export async function seedGateRecords() { return 0; }
