/**
 * 托收协议 rules. The full account number is never kept: the mask (first 4 and last 4 digits) is all the system
 * stores or shows; the bank knows the account by the mandate number (托收协议号) the export file carries.
 */

/** The digits of an account number as typed (spaces and dashes dropped), or null when it is not 8–32 digits. */
export function accountDigits(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{8,32}$/.test(digits) ? digits : null;
}

/** `6222 **** **** 1234`: the first and last four digits of an account number, the rest hidden. */
export function maskAccountNo(digits: string): string {
  return `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
}

/** 托收协议号: letters, digits and - / _, 4–40 characters (what banks print on the mandate). */
export function isMandateNo(no: string): boolean {
  return /^[A-Za-z0-9_/-]{4,40}$/.test(no);
}
