/** Improves a plan the prices found, one reopened prefix at a time. */
import type { DirectoryTree } from './directory-tree.js';
import type { Budget, Found } from './plan-types.js';

/**
 * Local search from a plan that fits. A move reopens one prefix: its own
 * changed URLs become exact, and of its subdirectories the first j become
 * prefixes, the others exact, in two orders (least cost per changed URL first;
 * most changed URLs first); j = 0 drops the prefix, j = all opens it a level.
 * Each step takes the move that saves the most while the plan still fits, so
 * the cost only falls, and at most 2 × nodes steps are taken. It mends what
 * prices cannot express, such as one of two equal directories as a prefix.
 */
export function improveLocally(
  tree: DirectoryTree,
  cost: Float64Array,
  budget: Budget,
  found: Found,
): Found {
  const children = childLists(tree);
  const byEfficiency = (a: number, b: number) =>
    cost[a]! / tree.changedBelow[a]! - cost[b]! / tree.changedBelow[b]! ||
    tree.changedBelow[b]! - tree.changedBelow[a]!;
  const byCoverage = (a: number, b: number) =>
    tree.changedBelow[b]! - tree.changedBelow[a]! || cost[a]! - cost[b]!;
  const orders = new Map<number, number[][]>();
  const kidOrders = (node: number) => {
    let ordered = orders.get(node);
    if (!ordered) {
      const kids = [...children(node)].filter((child) => tree.accepted[child]);
      ordered = [kids.sort(byEfficiency), [...kids].sort(byCoverage)];
      orders.set(node, ordered);
    }
    return ordered;
  };
  const choice = found.choice.slice();
  const chosen = new Set<number>();
  for (let node = 0; node < tree.size; node++) if (choice[node]) chosen.add(node);
  let { urls, prefixes, cost: spent } = found.usage;
  for (let step = 0; step < 2 * tree.size; step++) {
    let best:
      | { node: number; kids: number[]; urls: number; prefixes: number; saves: number }
      | undefined;
    for (const node of chosen) {
      for (const kids of kidOrders(node)) {
        let moveUrls = tree.changedBelow[node]!;
        let saves = cost[node]!;
        for (let j = 0; j <= kids.length; j++) {
          if (j > 0) {
            moveUrls -= tree.changedBelow[kids[j - 1]!]!;
            saves -= cost[kids[j - 1]!]!;
          }
          if (saves <= 0 || (best && saves <= best.saves)) continue;
          if (!budget.fits(urls + moveUrls, prefixes + j - 1)) continue;
          best = { node, kids: kids.slice(0, j), urls: moveUrls, prefixes: j - 1, saves };
        }
      }
    }
    if (!best) break;
    chosen.delete(best.node);
    choice[best.node] = 0;
    for (const kid of best.kids) {
      chosen.add(kid);
      choice[kid] = 1;
    }
    urls += best.urls;
    prefixes += best.prefixes;
    spent -= best.saves;
  }
  return { choice, usage: { urls, prefixes, cost: spent } };
}

/** The kept children of each node, from the parent links. */
function childLists(tree: DirectoryTree): (node: number) => Int32Array {
  const start = new Int32Array(tree.size + 1);
  for (let node = 0; node < tree.size; node++) {
    const parent = tree.parent[node]!;
    if (parent >= 0) start[parent + 1]!++;
  }
  for (let node = 0; node < tree.size; node++) start[node + 1]! += start[node]!;
  const fill = start.slice(0, tree.size);
  const list = new Int32Array(Math.max(0, start[tree.size]!));
  for (let node = 0; node < tree.size; node++) {
    const parent = tree.parent[node]!;
    if (parent >= 0) list[fill[parent]!++] = node;
  }
  return (node) => list.subarray(start[node]!, start[node + 1]!);
}
