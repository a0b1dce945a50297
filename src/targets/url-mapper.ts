/** Repository paths -> URLs with the compiled `url-map` rules: the first matching rule wins. */
import { type CompiledGlob, compileGlob, type StepMeter } from './glob.js';
import { normaliseTarget } from './url.js';
import { fillTemplate, type UrlMapRule } from './url-map.js';

/** One URL and where it came from, for the plan. */
export interface MappedUrl {
  readonly url: string;
  /** the repository path it was made from */
  readonly file: string;
  /** the glob of the rule that made it */
  readonly rule: string;
}

export interface UrlMapping {
  /** in file order, then template order; a URL made twice is listed once */
  mapped: MappedUrl[];
  /** files no rule mapped (no rule matched, or an exclusion rule did) */
  unmatched: string[];
}

interface CompiledRule {
  readonly rule: UrlMapRule;
  readonly glob: CompiledGlob;
}

export class UrlMapper {
  private readonly rules: CompiledRule[];

  constructor(rules: readonly UrlMapRule[], options: { dotfiles: boolean }) {
    this.rules = rules.map((rule) => ({
      rule,
      // an exclusion (`!<glob>` alone) applies to the files its glob matches
      glob: compileGlob(rule.templates.length === 0 ? rule.glob.slice(1) : rule.glob, {
        dot: options.dotfiles,
      }),
    }));
  }

  /**
   * The directories every mapped file lies below: each mapping rule's fixed
   * leading directories, none inside another ('' when a rule can match anywhere).
   */
  walkRoots(): string[] {
    const bases = [
      ...new Set(
        this.rules.filter(({ rule }) => rule.templates.length > 0).map(({ glob }) => glob.base),
      ),
    ].sort();
    if (bases.includes('')) return [''];
    return bases.filter(
      (base) => !bases.some((other) => other !== base && base.startsWith(`${other}/`)),
    );
  }

  /** The URLs of one file; [] when no rule maps it. Throws InputError for a URL that is not valid. */
  map(path: string, meter?: StepMeter): MappedUrl[] {
    const file = path.replace(/^(\.\/)+/, '');
    const hit = this.rules.find((candidate) => candidate.glob.match(file, meter));
    if (!hit) return [];
    const { base } = hit.glob;
    const relative =
      base !== '' && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
    return hit.rule.templates.map((template) => ({
      url: normaliseTarget(fillTemplate(template, relative), 'url-map'),
      file,
      rule: hit.rule.glob,
    }));
  }

  mapAll(files: readonly string[]): UrlMapping {
    const mapped: MappedUrl[] = [];
    const unmatched: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const urls = this.map(file);
      if (urls.length === 0) unmatched.push(file);
      for (const entry of urls) {
        if (seen.has(entry.url)) continue;
        seen.add(entry.url);
        mapped.push(entry);
      }
    }
    return { mapped, unmatched };
  }
}
