/**
 * A QR code as an SVG element of `width` pixels, no margin. qrcode is loaded at the first code drawn, not at start
 * (about 3 MB of a server's resident memory): only the printed notices and feedback cards draw one.
 */
export async function qrCodeSvg(text: string, width: number): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', margin: 0, width });
}
