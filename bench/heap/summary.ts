/**
 * Summarizes V8 heap snapshots (`.heapsnapshot`, e.g. from `bench/heap/profile.ts --snapshots`) by constructor:
 * count, self size and retained size (dominator tree, weak edges ignored, as DevTools computes it), and the
 * scripts whose functions hold the most (closures, their code and shared infos, by script).
 *
 *   npx tsx bench/heap/summary.ts <snapshot> [--top 25]
 *   npx tsx bench/heap/summary.ts <before> <after> --per 5000 [--top 25]   # what grew, per unit (subscription)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, per: { type: 'string', default: '1' } },
});
const top = Number(options.top);
const per = Number(options.per);

interface Group {
  count: number;
  self: number;
  retained: number;
}
interface Summary {
  total: number;
  byConstructor: Map<string, Group>;
  byScript: Map<string, Group>;
}

function summarize(file: string): Summary {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: {
      meta: {
        node_fields: string[];
        node_types: [string[]];
        edge_fields: string[];
        edge_types: [string[]];
      };
    };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const { meta } = snapshot.snapshot;
  const nodeFieldCount = meta.node_fields.length;
  const edgeFieldCount = meta.edge_fields.length;
  const typeField = meta.node_fields.indexOf('type');
  const nameField = meta.node_fields.indexOf('name');
  const sizeField = meta.node_fields.indexOf('self_size');
  const edgeCountField = meta.node_fields.indexOf('edge_count');
  const edgeTypeField = meta.edge_fields.indexOf('type');
  const edgeNameField = meta.edge_fields.indexOf('name_or_index');
  const edgeToField = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const { nodes, edges, strings } = snapshot;
  const n = nodes.length / nodeFieldCount;

  // Edges of each node, as node indexes (not offsets), strong ones only.
  const firstEdge = new Int32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    firstEdge[i] = e;
    e += (nodes[i * nodeFieldCount + edgeCountField] ?? 0) * edgeFieldCount;
    firstEdge[i + 1] = e;
  }
  const strongTarget = (e: number): number => {
    const type = edges[e + edgeTypeField];
    if (type === weak || type === shortcut) return -1;
    return (edges[e + edgeToField] ?? 0) / nodeFieldCount;
  };

  // Dominators (Cooper, Harvey, Kennedy: iterate over reverse postorder), root = node 0.
  const order = new Int32Array(n).fill(-1); // postorder number
  const postorder = new Int32Array(n);
  let visited = 0;
  {
    const stack = new Int32Array(n);
    const cursor = new Int32Array(n);
    const seen = new Uint8Array(n);
    let depth = 0;
    stack[0] = 0;
    cursor[0] = firstEdge[0] ?? 0;
    seen[0] = 1;
    while (depth >= 0) {
      const node = stack[depth] ?? 0;
      const end = firstEdge[node + 1] ?? 0;
      let pushed = false;
      while ((cursor[depth] ?? 0) < end) {
        const e = cursor[depth] ?? 0;
        cursor[depth] = e + edgeFieldCount;
        const to = strongTarget(e);
        if (to < 0 || seen[to]) continue;
        seen[to] = 1;
        depth++;
        stack[depth] = to;
        cursor[depth] = firstEdge[to] ?? 0;
        pushed = true;
        break;
      }
      if (!pushed) {
        order[node] = visited;
        postorder[visited++] = node;
        depth--;
      }
    }
  }
  // Predecessors (strong edges, reachable nodes only).
  const predecessorCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    if (order[i] === -1) continue;
    for (let e = firstEdge[i] ?? 0; e < (firstEdge[i + 1] ?? 0); e += edgeFieldCount) {
      const to = strongTarget(e);
      if (to >= 0) predecessorCount[to + 1] = (predecessorCount[to + 1] ?? 0) + 1;
    }
  }
  for (let i = 0; i < n; i++)
    predecessorCount[i + 1] = (predecessorCount[i + 1] ?? 0) + (predecessorCount[i] ?? 0);
  const predecessors = new Int32Array(predecessorCount[n] ?? 0);
  {
    const fill = predecessorCount.slice();
    for (let i = 0; i < n; i++) {
      if (order[i] === -1) continue;
      for (let e = firstEdge[i] ?? 0; e < (firstEdge[i + 1] ?? 0); e += edgeFieldCount) {
        const to = strongTarget(e);
        if (to >= 0) {
          predecessors[fill[to] ?? 0] = i;
          fill[to] = (fill[to] ?? 0) + 1;
        }
      }
    }
  }
  const dominator = new Int32Array(n).fill(-1);
  dominator[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while ((order[a] ?? 0) < (order[b] ?? 0)) a = dominator[a] ?? 0;
      while ((order[b] ?? 0) < (order[a] ?? 0)) b = dominator[b] ?? 0;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = visited - 2; k >= 0; k--) {
      const node = postorder[k] ?? 0;
      let next = -1;
      for (let p = predecessorCount[node] ?? 0; p < (predecessorCount[node + 1] ?? 0); p++) {
        const from = predecessors[p] ?? 0;
        if (dominator[from] === -1) continue;
        next = next === -1 ? from : intersect(from, next);
      }
      if (next !== -1 && dominator[node] !== next) {
        dominator[node] = next;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (let i = 0; i < n; i++) retained[i] = nodes[i * nodeFieldCount + sizeField] ?? 0;
  for (let k = 0; k < visited - 1; k++) {
    const node = postorder[k] ?? 0;
    const parent = dominator[node] ?? 0;
    if (parent !== node) retained[parent] = (retained[parent] ?? 0) + (retained[node] ?? 0);
  }

  // Groups: "type:name" for objects (name = constructor), type alone for the rest.
  const groupName = (i: number): string => {
    const type = nodeTypes[nodes[i * nodeFieldCount + typeField] ?? 0] ?? '?';
    const name = strings[nodes[i * nodeFieldCount + nameField] ?? 0] ?? '';
    if (type === 'object' || type === 'native') return name.split(' ')[0] ?? name;
    if (type === 'closure') return '(closure)';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return '(string)';
    if (type === 'number') return '(heap number)';
    return `(${type}) ${type === 'array' || type === 'code' || type === 'hidden' ? name.slice(0, 40) : ''}`.trim();
  };
  // Retained size of a group counts only its outermost members (a member dominated by another is inside it).
  const byConstructor = new Map<string, Group>();
  const names = new Array<string>(n);
  for (let i = 0; i < n; i++) names[i] = groupName(i);
  for (let i = 0; i < n; i++) {
    if (order[i] === -1) continue;
    const name = names[i] ?? '';
    const group = byConstructor.get(name) ?? { count: 0, self: 0, retained: 0 };
    group.count++;
    group.self += nodes[i * nodeFieldCount + sizeField] ?? 0;
    let outer = true;
    for (let d = dominator[i] ?? 0; d !== 0; d = dominator[d] ?? 0) {
      if (names[d] === name) {
        outer = false;
        break;
      }
    }
    if (outer) group.retained += retained[i] ?? 0;
    byConstructor.set(name, group);
  }

  // Scripts: the self size of closures, shared function infos and code, attributed through "shared" → "script".
  const edgeName = (e: number): string => {
    const type = edgeTypes[edges[e + edgeTypeField] ?? 0];
    const value = edges[e + edgeNameField] ?? 0;
    return type === 'element' || type === 'hidden' ? String(value) : (strings[value] ?? '');
  };
  const child = (node: number, name: string): number => {
    for (let e = firstEdge[node] ?? 0; e < (firstEdge[node + 1] ?? 0); e += edgeFieldCount) {
      if (edgeName(e) === name) return (edges[e + edgeToField] ?? 0) / nodeFieldCount;
    }
    return -1;
  };
  const scriptName = (shared: number): string => {
    const script = child(shared, 'script');
    if (script < 0) return '(no script)';
    const source = child(script, 'name');
    const name = source >= 0 ? (strings[nodes[source * nodeFieldCount + nameField] ?? 0] ?? '') : '';
    return shortScript(name);
  };
  const byScript = new Map<string, Group>();
  const closureType = nodeTypes.indexOf('closure');
  for (let i = 0; i < n; i++) {
    if (order[i] === -1 || nodes[i * nodeFieldCount + typeField] !== closureType) continue;
    const shared = child(i, 'shared');
    const name = shared >= 0 ? scriptName(shared) : '(no shared)';
    const group = byScript.get(name) ?? { count: 0, self: 0, retained: 0 };
    group.count++;
    group.self += nodes[i * nodeFieldCount + sizeField] ?? 0;
    group.retained += retained[i] ?? 0;
    byScript.set(name, group);
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (order[i] !== -1) total += nodes[i * nodeFieldCount + sizeField] ?? 0;
  return { total, byConstructor, byScript };
}

/** `file:///…/node_modules/@azure/identity/dist/…` → `@azure/identity`; the gateway's own files relative. */
function shortScript(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 1);
  if (url.startsWith('node:')) return 'node:*';
  return url || '(anonymous)';
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
function table(title: string, rows: [string, Group][], unit: string): void {
  console.log(`\n${title}\n`);
  console.log(`| ${unit} | count | self (KiB) | retained (KiB) |`);
  console.log('|---|---:|---:|---:|');
  for (const [name, group] of rows.slice(0, top)) {
    const count = Number.isInteger(group.count) ? String(group.count) : group.count.toFixed(2);
    console.log(`| \`${name}\` | ${count} | ${kib(group.self)} | ${kib(group.retained)} |`);
  }
}

if (positionals.length === 1) {
  const summary = summarize(positionals[0] ?? '');
  console.log(`reachable: ${(summary.total / 1024 / 1024).toFixed(1)} MiB`);
  table(
    'By constructor, by retained size',
    [...summary.byConstructor].sort((a, b) => b[1].retained - a[1].retained),
    'constructor',
  );
  table(
    'By constructor, by self size',
    [...summary.byConstructor].sort((a, b) => b[1].self - a[1].self),
    'constructor',
  );
  table(
    "Functions by script (closures' self and retained size)",
    [...summary.byScript].sort((a, b) => b[1].retained - a[1].retained),
    'script',
  );
} else {
  const before = summarize(positionals[0] ?? '');
  const after = summarize(positionals[1] ?? '');
  console.log(
    `reachable: +${((after.total - before.total) / per / 1024).toFixed(2)} KiB per unit (${per} units)`,
  );
  const diff = (a: Map<string, Group>, b: Map<string, Group>): [string, Group][] =>
    [...new Set([...a.keys(), ...b.keys()])]
      .map((name): [string, Group] => {
        const x = a.get(name) ?? { count: 0, self: 0, retained: 0 };
        const y = b.get(name) ?? { count: 0, self: 0, retained: 0 };
        return [
          name,
          {
            count: (y.count - x.count) / per,
            self: (y.self - x.self) / per,
            retained: (y.retained - x.retained) / per,
          },
        ];
      })
      .sort((p, q) => q[1].self - p[1].self);
  table(
    'Growth by constructor (per unit), by self size',
    diff(before.byConstructor, after.byConstructor),
    'constructor',
  );
  table('Growth of closures by script (per unit)', diff(before.byScript, after.byScript), 'script');
}
