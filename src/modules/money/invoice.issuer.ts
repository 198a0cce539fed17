/**
 * Where invoice numbers come from. There is no live tax-platform connection: the manual issuer takes
 * the number and date the cashier wrote on the paper invoice. A platform adapter would implement the
 * same interface and return what the platform assigned.
 */
export interface InvoiceIssuer {
  issue(request: {
    orderNumber: string;
    payer: string;
    amountFen: number;
    number?: string;
    date?: string;
  }): Promise<{ number: string; date: string }>;
}

export const manualInvoiceIssuer: InvoiceIssuer = {
  async issue(request) {
    if (!request.number || !request.date) throw new Error('the manual issuer needs the number and date from the paper invoice');
    return { number: request.number, date: request.date };
  },
};
