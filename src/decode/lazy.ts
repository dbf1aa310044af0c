/**
 * Decoder modules loaded on first use. The decoders register themselves by name when
 * their module is evaluated (defineStruct, defineRule, defineFlags ...); evaluating all of
 * them, with their generated tables, was most of the command line's start-up time and
 * memory, though a short command uses a few. So the bundled command line (scripts/bundle.mjs)
 * turns each side-effect import of the decoder aggregators (structs/index.ts, xlat/all.ts,
 * subsys/index.ts, ioctl/index.ts) into a "unit" loaded here on demand: a registry lookup that misses a
 * name asks loadFor(), which evaluates the unit that defines that name, then looks again.
 * Each unit is a chunk of the bundle, most in a file of their own, read at that first use.
 * A unit stays eager when the order of evaluation could show: when it defines a name
 * that something else defines too, or when a name of it was looked up before it loaded.
 *
 * Which unit defines which names is learnt at build time, by running the units in their
 * import order with recordUnit() (every define* reports to noteDefinition), so new
 * decoders and tables become lazy without being listed anywhere. Nothing is deferred
 * outside the bundle (tsc's dist/ imports every module as written).
 */

/**
 * The registries' name spaces: xlat tables, struct decoders, result notes, per-syscall rules,
 * ioctl argument decoders (by request number, or `type:N` for a whole _IOC type).
 */
export type RegistryKind = 'xlat' | 'struct' | 'result' | 'rule' | 'ioctl';

/** What the build learnt of one unit: the names it defines, by kind. */
export type UnitNames = Readonly<Record<RegistryKind, readonly string[]>>;

const KINDS: readonly RegistryKind[] = ['xlat', 'struct', 'result', 'rule', 'ioctl'];

interface Unit {
  load: (() => void) | null;
  readonly names: UnitNames;
}

/**
 * Per kind, the units not yet loaded by the names they define; made at the first lookup
 * of that kind that misses (a short trace never looks up an ioctl, whose names are most).
 */
const PENDING: Record<RegistryKind, Map<string, Unit> | null> = {
  xlat: null, struct: null, result: null, rule: null, ioctl: null,
};
const UNITS: Unit[] = [];

/** Registers a unit whose `names` load it on first lookup (the bundle calls it, with what the build learnt). */
export function deferUnit(names: UnitNames, load: () => void): void {
  const unit: Unit = { load, names };
  UNITS.push(unit);
  // A unit deferred once its kind's index is made (by an aggregator unit that loaded) joins it.
  for (let k = 0; k < KINDS.length; k++) {
    const kind = KINDS[k]!;
    const pending = PENDING[kind];
    if (pending !== null) index(pending, names[kind], unit);
  }
}

/** Indexed loops here and below: these run at start-up, before V8 optimises anything. */
function index(pending: Map<string, Unit>, names: readonly string[], unit: Unit): void {
  for (let i = 0; i < names.length; i++) pending.set(names[i]!, unit);
}

function pendingOf(kind: RegistryKind): Map<string, Unit> {
  let pending = PENDING[kind];
  if (pending === null) {
    pending = new Map();
    for (let u = 0; u < UNITS.length; u++) {
      const unit = UNITS[u]!;
      if (unit.load !== null) index(pending, unit.names[kind], unit);
    }
    PENDING[kind] = pending;
  }
  return pending;
}

function run(unit: Unit): void {
  const load = unit.load;
  if (load === null) return;
  unit.load = null;
  load();
}

/**
 * For a registry lookup that missed: loads the unit defining `name`, if one is pending.
 * True when it did (the caller looks again); false when the name has no decoder.
 */
export function loadFor(kind: RegistryKind, name: string): boolean {
  if (recording !== null) recording.missed.add(`${kind}:${name}`);
  const pending = pendingOf(kind);
  let loaded = false;
  // A unit may be an aggregator of units (subsys/index.ts): loading it defers its own,
  // one of which defines the name.
  for (let unit = pending.get(name); unit !== undefined; unit = pending.get(name)) {
    pending.delete(name);
    if (unit.load === null) continue;
    run(unit);
    loaded = true;
  }
  return loaded;
}

/** Loads every pending unit (for listings of all names). */
export function loadAll(): void {
  // Aggregators defer more units as they load: until none is left.
  for (let i = 0; i < UNITS.length; i++) run(UNITS[i]!);
  for (const kind of KINDS) PENDING[kind] = new Map();
}

// --- the build's side: which unit defines what -------------------------------------------

interface RecordedUnit {
  readonly id: string;
  readonly names: Record<RegistryKind, string[]>;
}

interface Recording {
  /** The units being evaluated, innermost last; none between units (eager modules). */
  readonly current: RecordedUnit[];
  readonly units: RecordedUnit[];
  /** `kind:name` of every definition, in order, and of every lookup that missed. */
  readonly defined: Map<string, number>;
  readonly missed: Set<string>;
  /** Names looked up (and missed) before a unit defined them: such a unit must stay eager. */
  readonly early: Set<string>;
}

let recording: Recording | null = null;

/** Called by every define* of the registries. */
export function noteDefinition(kind: RegistryKind, name: string): void {
  if (recording === null) return;
  const key = `${kind}:${name}`;
  recording.defined.set(key, (recording.defined.get(key) ?? 0) + 1);
  // An aggregator's unit defines what the units within it define.
  for (const unit of recording.current) {
    unit.names[kind].push(name);
    if (recording.missed.has(key)) recording.early.add(unit.id);
  }
}

/**
 * The build's stand-in for deferUnit: evaluates the unit at once (in import order, as
 * without the bundle) and notes the names it defines.
 */
export function recordUnit(id: string, load: () => void): void {
  recording ??= { current: [], units: [], defined: new Map(), missed: new Set(), early: new Set() };
  const unit: RecordedUnit = { id, names: { xlat: [], struct: [], result: [], rule: [], ioctl: [] } };
  recording.current.push(unit);
  try {
    load();
  } finally {
    recording.current.pop();
  }
  recording.units.push(unit);
}

/**
 * What the build learnt: per unit, its names, or why it must load eagerly: it defines a
 * name defined elsewhere too (the last definition wins, so the order must stay), or a
 * lookup needed one of its names before it was loaded.
 */
export function recordedUnits(): Record<string, UnitNames | string> {
  const out: Record<string, UnitNames | string> = {};
  if (recording === null) return out;
  const r = recording;
  for (const u of r.units) {
    const shared = KINDS.flatMap((k) => u.names[k].filter((n) => r.defined.get(`${k}:${n}`)! > 1).map((n) => `${k} ${n}`));
    if (shared.length > 0) out[u.id] = `defined more than once: ${[...new Set(shared)].join(', ')}`;
    else if (r.early.has(u.id)) out[u.id] = 'one of its names was looked up before it loaded';
    else out[u.id] = u.names;
  }
  return out;
}
