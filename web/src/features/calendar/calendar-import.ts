import type { DayKind, SpecialDay } from './calendar-queries';

/** The words a pasted line may give for a kind: the notice's 休 / 班, the page's names, or the API's codes. */
const KIND_WORDS: Record<string, DayKind> = {
  休: 'holiday',
  节假日: 'holiday',
  假: 'holiday',
  holiday: 'holiday',
  班: 'workday',
  调休上班: 'workday',
  上班: 'workday',
  workday: 'workday',
};

export interface LineProblem {
  /** 1-based line number of the pasted text. */
  line: number;
  /** `calendar:import.<key>` */
  key: 'badLine' | 'badKind';
}

/**
 * Pasted lines `2027-01-01 休 元旦` (blank lines skipped, any run of spaces or tabs between the parts) as the import's
 * list, and the line numbers of the list's entries, so the server's `days.<i>.<field>` refusals name the pasted line.
 * Dates are only split off here; whether each is one is the server's rule.
 */
export function parseImport(text: string): { days: SpecialDay[]; lines: number[]; problems: LineProblem[] } {
  const days: SpecialDay[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\S+)\s+(\S+)\s+(.+)$/.exec(line);
    const kind = m ? KIND_WORDS[m[2]!.toLowerCase()] : undefined;
    if (!m || !kind) {
      problems.push({ line: i + 1, key: m ? 'badKind' : 'badLine' });
      continue;
    }
    days.push({ day: m[1]!, kind, name: m[3]!.trim() });
    lines.push(i + 1);
  }
  return { days, lines, problems };
}
