/** One problem with one input field, as the server reports it (`field` is a dotted path). */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 problem details with the server's stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string';
}

/** A refused or failed API call. Pages branch on `status` and `problem.code`, never on text. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  static from(response: Response | undefined, body: unknown): ApiError {
    const status = response?.status ?? 0;
    if (isProblem(body)) return new ApiError(status, body);
    const code = status === 0 ? 'network' : status >= 500 ? 'internal' : 'unexpected';
    return new ApiError(status, { type: 'about:blank', title: code, status, detail: response?.statusText ?? '', code });
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
export const isNotFound = (e: unknown): boolean => isApiError(e) && e.status === 404;

/** Answers that mean "nobody is signed in (any more)": the app goes back to the sign-in page. */
export const SESSION_LOST_CODES = new Set(['auth.required', 'auth.session_expired']);
