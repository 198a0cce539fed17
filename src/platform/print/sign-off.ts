import { html, type SafeHtml } from './html.js';

/**
 * The box a drawn signature is printed in (about 50 × 20 mm, see SIGNATURE_BOX_MM), its caption above and
 * who signed when below; an empty box with "not signed" in it when there is no signature yet.
 */
export function signatureBlock(o: { caption: string; image: SafeHtml | null; notSigned: string; note?: SafeHtml | string }): SafeHtml {
  return html`<div class="sign-block"><div class="caption">${o.caption}</div><div class="sig-box">${
    o.image ?? html`<span class="muted">${o.notSigned}</span>`
  }</div>${o.note ? html`<div class="sig-note">${o.note}</div>` : ''}</div>`;
}

/** Ruled lines to sign and date by pen on the paper, each with its label (服务人员签字：______). */
export function penLines(labels: string[], separator: string): SafeHtml {
  return html`<div class="pen-lines">${labels.map((l) => html`<span>${l}${separator}</span><span class="blank"></span>`)}</div>`;
}

/** A ruled square for the office's seal (盖章处), its caption light enough for the seal to cover. */
export function sealBox(caption: string): SafeHtml {
  return html`<div class="seal"><span>${caption}</span></div>`;
}
