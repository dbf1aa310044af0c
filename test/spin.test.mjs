// The wait policy of the stop loop picks, by measurement, whichever of polling and
// blocking gives the shorter time per stop, and probes again after a while.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EPOCH, HOLD, SpinPolicy } from '../dist/engine/spin.js';

/** Runs `waits` waits; each costs `spinCost` or `blockCost` ms on the fake clock. */
function drive(p, clock, waits, spinCost, blockCost) {
  let spun = 0;
  for (let i = 0; i < waits; i++) {
    const s = p.shouldSpin();
    if (s) {
      spun++;
      p.hit();
    }
    clock.t += s ? spinCost : blockCost;
  }
  return spun;
}

for (const [name, spinCost, blockCost, expectSpin] of [['polling', 0.010, 0.020, true], ['blocking', 0.030, 0.015, false]]) {
  test(`when ${name} is faster, it is chosen after one epoch of each`, () => {
    const clock = { t: 1000 };
    const p = new SpinPolicy(0.06, 8, 64, () => clock.t);
    drive(p, clock, 2 * EPOCH + 1, spinCost, blockCost); // probe: one epoch each way
    const spun = drive(p, clock, 10 * EPOCH, spinCost, blockCost);
    assert.equal(spun, expectSpin ? 10 * EPOCH : 0);
  });
}

test('after HOLD epochs it measures again, and follows a change of regime', () => {
  const clock = { t: 0 };
  const p = new SpinPolicy(0.06, 8, 64, () => clock.t);
  drive(p, clock, 2 * EPOCH + 1, 0.010, 0.020); // polling wins
  drive(p, clock, HOLD * EPOCH, 0.030, 0.015); // the host changed; still holding
  drive(p, clock, 3 * EPOCH, 0.030, 0.015); // re-probe: blocking wins now
  assert.equal(drive(p, clock, 4 * EPOCH, 0.030, 0.015), 0);
});

test('misses in a row switch polling off for a while; budget 0 never polls', () => {
  const p = new SpinPolicy(0.06, 3, 5, () => 0);
  for (let i = 0; i < 3; i++) {
    assert.equal(p.shouldSpin(), true);
    p.miss();
  }
  let off = 0;
  for (let i = 0; i < 5; i++) if (!p.shouldSpin()) off++;
  assert.equal(off, 5);
  assert.equal(p.shouldSpin(), true);
  assert.equal(new SpinPolicy(0).shouldSpin(), false);
});
