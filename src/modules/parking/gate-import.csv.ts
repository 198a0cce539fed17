/**
 * A small CSV reader for gate systems' exports (RFC 4180): fields split by commas — or by tabs when the header line
 * has tabs and no comma —, a field in double quotes may hold the separator, line breaks and `""` for a quote; lines
 * end in CRLF or LF. Cells are trimmed; a line with every cell empty is skipped, keeping the others' line numbers.
 */
export interface CsvLine {
  /** The line number in the file (the header is line 1), as a user sees it in a spreadsheet. */
  line: number;
  cells: string[];
}

export function readCsv(text: string): CsvLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const out: CsvLine[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endLine = () => {
    endCell();
    if (cells.some((c) => c !== '')) out.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === sep) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endLine();
      start = ++line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endLine();
  return out;
}

/**
 * The text of an uploaded CSV: UTF-8 (with or without a BOM) when it is valid UTF-8, else GB18030 — the encoding
 * Chinese Excel and most gate systems save CSV in (GBK is its subset).
 */
export function decodeCsv(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}
