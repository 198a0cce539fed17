/**
 * Where a customer's feedback may be forwarded (A4.5: "对有价值的意见和提议要综合整理，供给给相关部门"; "各地服务中心对
 * 客户提出的意见和提议，都应向公司相关部门反映"): to the departments of the company (or centre) the receiving unit
 * belongs to, its own first, whether or not the handler sees them. A department is worth sending to only when someone
 * of it can answer: a user working there who holds `feedback.answer` over it.
 */

export interface TreeNode {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  path: string;
}

/** Someone who holds `feedback.answer`: where they work and where their grant holds. */
export interface Answerer {
  displayName: string;
  homePath: string;
  grantPath: string;
}

export interface ForwardTarget {
  id: string;
  name: string;
  /** The unit the department belongs to (翠竹园管理处, 安居物业管理有限公司). */
  unitName: string;
  /** Under the receiving unit itself. */
  own: boolean;
  /** Who of the department answers it; none means a forward there would wait for ever. */
  answerers: string[];
}

const COMPANY_KINDS = new Set(['company', 'centre']);

/**
 * The company (or centre) a node belongs to, from its ancestors root first and itself: the nearest one of those kinds,
 * else the root (feedback taken at HQ goes to HQ's departments).
 */
export function companyOf<N extends { kind: string }>(ancestorsAndSelf: readonly N[]): N | undefined {
  return [...ancestorsAndSelf].reverse().find((n) => COMPANY_KINDS.has(n.kind)) ?? ancestorsAndSelf[0];
}

/**
 * The departments a feedback received at `receivedAt` may be forwarded to, among `nodes` (the company's active subtree):
 * every department but the receiving node, the receiving unit's own first, then in tree order; each with who answers it.
 */
export function forwardTargets(receivedAt: { id: string; path: string }, nodes: readonly TreeNode[], answerers: readonly Answerer[]) {
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  return nodes
    .filter((n) => n.kind === 'department' && n.id !== receivedAt.id)
    .map((n) => ({
      path: n.path,
      target: {
        id: n.id,
        name: n.name,
        unitName: (n.parentId && names.get(n.parentId)) || '',
        own: n.path.startsWith(receivedAt.path),
        answerers: [
          ...new Set(answerers.filter((a) => a.homePath.startsWith(n.path) && n.path.startsWith(a.grantPath)).map((a) => a.displayName)),
        ],
      } satisfies ForwardTarget,
    }))
    .sort((a, b) => Number(b.target.own) - Number(a.target.own) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((t) => t.target);
}
