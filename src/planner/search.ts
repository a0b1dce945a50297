/**
 * The search for the cheapest plan that fits: which directories to purge as
 * prefixes so that the exact URLs left and the prefixes chosen fit the budget,
 * at the least cost (extra objects purged, or a depth-based proxy for them).
 *
 * Core: a Lagrangian relaxation solved exactly by one pass over the tree. With
 * a price `λ` per exact URL and `μ` per prefix, every node picks the cheaper of
 * "a prefix here" (μ + its cost) and "what is below" (its own changed URLs at λ
 * each, plus its children's best). Whatever the prices, that plan is Pareto-
 * optimal: no plan with at most as many exact URLs and prefixes purges fewer
 * extra objects (it would have a lower priced total). Prices are searched along
 * rays μ = ρλ (ρ: what a prefix is worth in exact URLs) for the cheapest plan
 * on each ray that fits; then a local search (local-search.ts) spends what
 * budget the prices left unused, which only lowers the cost.
 */
import type { DirectoryTree } from './directory-tree.js';
import { improveLocally } from './local-search.js';
import type { Budget, Found, Usage } from './plan-types.js';

export type { Budget, Found, Usage } from './plan-types.js';

/** hull vertices tried per ray at most: a handful usually suffice */
const HULL_STEPS = 64;
/** ratios refined around the best ray: 2^(j/8) for j = -7..7 */
const REFINE_STEPS = 8;

/**
 * The cheapest plan found that `budget.fits`, or undefined when none of the
 * plans searched fits (the caller has checked the exact plan already). `cost`
 * is per node: what a prefix there purges beyond the changed URLs.
 */
export function cheapestFit(
  tree: DirectoryTree,
  cost: Float64Array,
  budget: Budget,
): Found | undefined {
  return new PrefixSearch(tree, cost, budget).run();
}

class PrefixSearch {
  private readonly n: number;
  private readonly take: Uint8Array;
  private readonly accCost: Float64Array;
  private readonly accUrls: Float64Array;
  private readonly accPrefixes: Float64Array;
  private readonly accSpent: Float64Array;
  private best: Found | undefined;
  private bestRatio = 1;
  /** summed cost of all nodes, plus 1, and the smallest positive cost */
  private readonly costTotal: number;
  private readonly costSmallest: number;

  constructor(
    private readonly tree: DirectoryTree,
    private readonly cost: Float64Array,
    private readonly budget: Budget,
  ) {
    this.n = tree.size;
    this.take = new Uint8Array(this.n);
    this.accCost = new Float64Array(this.n);
    this.accUrls = new Float64Array(this.n);
    this.accPrefixes = new Float64Array(this.n);
    this.accSpent = new Float64Array(this.n);
    let total = 1;
    let smallest = Number.POSITIVE_INFINITY;
    for (const each of cost) {
      total += each;
      if (each > 0 && each < smallest) smallest = each;
    }
    this.costTotal = total;
    this.costSmallest = Number.isFinite(smallest) ? smallest : 1;
  }

  run(): Found | undefined {
    this.coarsest();
    const changed = this.tree.changed.length;
    const ratios = [0];
    for (let ratio = 1 / 8; ratio <= 4 * changed; ratio *= 2) ratios.push(ratio);
    for (const ratio of ratios) this.ray(ratio);
    if (this.best && this.bestRatio > 0) {
      const center = this.bestRatio;
      for (let j = 1; j < REFINE_STEPS; j++) {
        this.ray(center * 2 ** (j / REFINE_STEPS));
        this.ray(center * 2 ** (-j / REFINE_STEPS));
      }
    }
    if (this.best) this.best = improveLocally(this.tree, this.cost, this.budget, this.best);
    return this.best;
  }

  /**
   * The plans that use the least budget: the k busiest top directories as
   * prefixes, the rest exact. Every plan with k prefixes uses at least as many
   * exact URLs as one of these, so if any plan fits, one of these does.
   */
  private coarsest(): void {
    const { tree } = this;
    const tops: number[] = [];
    for (let node = 0; node < this.n; node++)
      if (tree.parent[node] === -1 && tree.accepted[node]) tops.push(node);
    tops.sort((a, b) => tree.changedBelow[b]! - tree.changedBelow[a]!);
    const choice = new Uint8Array(this.n);
    let urls = tree.changed.length;
    let spent = 0;
    for (const [k, top] of tops.entries()) {
      choice[top] = 1;
      urls -= tree.changedBelow[top]!;
      spent += this.cost[top]!;
      this.consider({ urls, prefixes: k + 1, cost: spent }, 0, () => choice.slice());
    }
  }

  /**
   * The cheapest plan that fits on the ray μ = ratio · λ. Along a ray, the plans
   * the prices pick are the vertices of a convex hull: usage (exact URLs plus
   * ratio × prefixes) falls as λ rises, cost grows. Between a plan that does not
   * fit and one that does, the next price tried is where their priced totals are
   * equal; the plan found there is a vertex between them, or none exists and the
   * two are neighbours. Like bisection, but it lands on the vertices themselves.
   */
  private ray(ratio: number): void {
    const { lowest, highest } = this.priceRange(ratio);
    const at = (lambda: number) => {
      const usage = this.evaluate(lambda, ratio * lambda);
      const fits = this.consider(usage, ratio, () => this.choiceFromTake());
      return { usage, fits, weight: usage.urls + ratio * usage.prefixes };
    };
    let high = at(highest);
    if (!high.fits) return;
    let low = at(lowest);
    for (let step = 0; step < HULL_STEPS && !low.fits && low.weight > high.weight; step++) {
      const lambda = (high.usage.cost - low.usage.cost) / (low.weight - high.weight);
      const middle = at(lambda);
      const line = low.usage.cost + lambda * low.weight;
      const total = middle.usage.cost + lambda * middle.weight;
      if (!(total < line - 1e-9 * Math.abs(line))) break;
      if (middle.fits) high = middle;
      else low = middle;
    }
  }

  /**
   * Below `lowest` a price per exact URL buys nothing a prefix could save;
   * above `highest` it outweighs every cost, so the plan uses the least budget
   * the ray allows.
   */
  private priceRange(ratio: number): { lowest: number; highest: number } {
    const changed = this.tree.changed.length + 1;
    return {
      lowest: this.costSmallest / (4 * changed * Math.max(1, ratio)),
      highest: (4 * this.costTotal) / Math.min(1, ratio || 1),
    };
  }

  /** One pass over the tree at prices λ and μ; leaves the per-node decisions in `take`. */
  private evaluate(lambda: number, mu: number): Usage {
    const { tree, cost, take, accCost, accUrls, accPrefixes, accSpent } = this;
    let urls = 0;
    let prefixes = 0;
    let spent = 0;
    for (let node = 0; node < this.n; node++) {
      const here = tree.changedHere[node]!;
      let nodeCost = accCost[node]! + lambda * here;
      let nodeUrls = accUrls[node]! + here;
      let nodePrefixes = accPrefixes[node]!;
      let nodeSpent = accSpent[node]!;
      // read once: clear for the next pass instead of filling every array
      accCost[node] = accUrls[node] = accPrefixes[node] = accSpent[node] = 0;
      const prefixCost = mu + cost[node]!;
      if (tree.accepted[node] && prefixCost < nodeCost) {
        take[node] = 1;
        nodeCost = prefixCost;
        nodeUrls = 0;
        nodePrefixes = 1;
        nodeSpent = cost[node]!;
      } else take[node] = 0;
      const parent = tree.parent[node]!;
      if (parent < 0) {
        urls += nodeUrls;
        prefixes += nodePrefixes;
        spent += nodeSpent;
      } else {
        accCost[parent]! += nodeCost;
        accUrls[parent]! += nodeUrls;
        accPrefixes[parent]! += nodePrefixes;
        accSpent[parent]! += nodeSpent;
      }
    }
    return { urls, prefixes, cost: spent };
  }

  /** The topmost taken nodes: a prefix below another is redundant. */
  private choiceFromTake(): Uint8Array {
    const { tree, take } = this;
    const choice = new Uint8Array(this.n);
    const inside = new Uint8Array(this.n);
    for (let node = this.n - 1; node >= 0; node--) {
      const parent = tree.parent[node]!;
      if (parent >= 0 && (inside[parent] || choice[parent])) inside[node] = 1;
      else if (take[node]) choice[node] = 1;
    }
    return choice;
  }

  /** Keeps the plan when it fits and beats the best so far; says whether it fits. */
  private consider(usage: Usage, ratio: number, choice: () => Uint8Array): boolean {
    if (!this.budget.fits(usage.urls, usage.prefixes)) return false;
    if (!this.best || this.cheaper(usage, this.best.usage)) {
      this.best = { choice: choice(), usage };
      this.bestRatio = ratio;
    }
    return true;
  }

  private cheaper(a: Usage, b: Usage): boolean {
    if (a.cost !== b.cost) return a.cost < b.cost;
    const requests =
      this.budget.requests(a.urls, a.prefixes) - this.budget.requests(b.urls, b.prefixes);
    if (requests !== 0) return requests < 0;
    return a.prefixes < b.prefixes;
  }
}
