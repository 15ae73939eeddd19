/**
 * "Can this run after that?" for nodes of one function, answered with ESLint's code-path
 * analysis. The rule passes the nodes it cares about; this records the code-path segments each
 * one runs in and, when a function's code path ends, hands the rule a reachability query.
 */
import type { Rule } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, enclosingFunction, isFunction } from './ast.js';
import { cached } from '../utils/cached.js';

type Segment = Rule.CodePathSegment;
type CodePath = Rule.CodePath;

export interface FunctionFlow {
  /** True when `later` can run after `earlier` has run, on some path (a loop allows `later === earlier`). */
  canFollow(earlier: TSESTree.Node, later: TSESTree.Node): boolean;
}

interface PathState {
  readonly current: Set<Segment>;
  readonly segmentsOf: Map<TSESTree.Node, readonly Segment[]>;
}

/**
 * Listeners that track `nodes` through code paths. `onFunctionEnd` runs once per function whose
 * code path held any of them.
 */
export function trackFlow(
  nodes: ReadonlySet<TSESTree.Node>,
  onFunctionEnd: (fn: TSESTree.Node, flow: FunctionFlow) => void,
): Record<string, (...args: never[]) => void> {
  // Only the code paths of functions that hold a tracked node need their segments followed.
  const owners = new Set<TSESTree.Node | null>([...nodes].map((node) => enclosingFunction(node)));
  const stack: (PathState | null)[] = [];
  const record = (node: TSESTree.Node): void => {
    const state = stack.at(-1);
    if (state && nodes.has(node)) state.segmentsOf.set(node, [...state.current]);
  };
  const listeners: Record<string, (...args: never[]) => void> = {
    onCodePathStart: (_path: CodePath, node: TSESTree.Node) => {
      stack.push(owners.has(node) ? { current: new Set(), segmentsOf: new Map() } : null);
    },
    onCodePathEnd: (_path: CodePath, node: TSESTree.Node) => {
      const state = stack.pop();
      if (state && state.segmentsOf.size > 0) onFunctionEnd(node, flowOf(state.segmentsOf));
    },
    onCodePathSegmentStart: (segment: Segment) => stack.at(-1)?.current.add(segment),
    onCodePathSegmentEnd: (segment: Segment) => stack.at(-1)?.current.delete(segment),
    onUnreachableCodePathSegmentStart: (segment: Segment) => stack.at(-1)?.current.add(segment),
    onUnreachableCodePathSegmentEnd: (segment: Segment) => stack.at(-1)?.current.delete(segment),
  };
  for (const type of new Set([...nodes].map((node) => node.type))) listeners[type] = record;
  return listeners;
}

/** Every segment that can run after `start`. */
function segmentsAfter(start: Segment): Set<Segment> {
  const found = new Set<Segment>();
  const queue = [...start.nextSegments];
  while (queue.length > 0) {
    const segment = queue.pop()!;
    if (found.has(segment)) continue;
    found.add(segment);
    queue.push(...segment.nextSegments);
  }
  return found;
}

function flowOf(segmentsOf: ReadonlyMap<TSESTree.Node, readonly Segment[]>): FunctionFlow {
  const reachable = new Map<Segment, Set<Segment>>();
  const reachableFrom = (start: Segment): Set<Segment> => cached(reachable, start, segmentsAfter);
  return {
    canFollow(earlier, later) {
      const from = segmentsOf.get(earlier) ?? [];
      const to = segmentsOf.get(later) ?? [];
      return from.some((a) => {
        if (!a.reachable) return false;
        return to.some((b) => (a === b && (later.range[0] >= earlier.range[1] || runsAround(later, earlier))) || reachableFrom(a).has(b));
      });
    },
  };
}

/**
 * `res.sendStatus(500).json(x)`: a call runs after what it holds (its callee's chain and its
 * arguments) has run, though it starts where they start.
 */
function runsAround(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer !== inner && (outer.type === 'CallExpression' || outer.type === 'AssignmentExpression') && contains(outer, inner);
}

const LOOP = /^(?:For|ForIn|ForOf|While|DoWhile)Statement$/;

/**
 * The structural half of `canFollow`, cheap enough to ask before any code path is followed:
 * `false` when `later` surely cannot run after `earlier` in `fn` — it lies wholly before it
 * with no loop around `earlier` to come back, or `earlier` is part of a `return` or `throw`
 * that `later` is outside of (and no `finally` runs in between); `true` when only the code
 * paths can tell.
 */
export function mayFollow(earlier: TSESTree.Node, later: TSESTree.Node, fn: TSESTree.Node): boolean {
  let exit: TSESTree.Node | null = null;
  let inStatement = false;
  for (let child = earlier, parent = earlier.parent; parent && child !== fn; child = parent, parent = parent.parent) {
    if (LOOP.test(parent.type)) return true;
    if (parent.type === 'TryStatement' && parent.finalizer && child !== parent.finalizer) return true;
    if (isFunction(parent)) break;
    if (!inStatement && /Statement$|Declaration$/.test(parent.type)) {
      inStatement = true;
      if (parent.type === 'ReturnStatement' || parent.type === 'ThrowStatement') exit = parent;
    }
  }
  if (earlier === later) return false;
  if (later.range[1] <= earlier.range[0]) return false;
  return exit === null || contains(exit, later);
}
