# Compares the eight classic fixed families with PyTorch's functions of the same names: values, and autograd
# derivatives away from the kinks (where PyTorch picks a one-sided convention, as the Java code does too, but the
# derivative is not defined). Reads `bin/explorer curve --activation NAME --range -8:8 --points 33`, whose CSV
# prints y and dy to 9 significant digits, so differences near 1e-9·|y| are the print's rounding. (PyTorch 1.13's
# hardsigmoid backward multiplies by 1/6 rounded to float even in double, 0.16666667163: a 5e-9 difference.)
# Needs: apt-get install -y python3-torch libopenblas0-pthread; run with /usr/bin/python3 from anywhere.
# Run `mvn -q -B -DskipTests package` first if the sources changed since the jar was built.
import os
import subprocess
import sys

import torch
import torch.nn.functional as F

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..', '..'))
RANGE, POINTS = '-8:8', 33

# name, extra CLI args, torch function (float64 tensor → tensor), x where f′ is undefined
CASES = [
    ('relu6', [], F.relu6, [0, 6]),
    ('hard_sigmoid', [], F.hardsigmoid, [-3, 3]),
    ('hard_tanh', [], F.hardtanh, [-1, 1]),
    ('softsign', [], F.softsign, []),
    ('celu', [], lambda x: F.celu(x, alpha=1.0), []),
    ('celu', ['--param', 'alpha=0.5'], lambda x: F.celu(x, alpha=0.5), []),
    ('hard_swish', [], F.hardswish, [-3, 3]),
    ('log_sigmoid', [], F.logsigmoid, []),
]


def curve(name, extra):
    out = subprocess.run([os.path.join(ROOT, 'bin', 'explorer'), 'curve', '--activation', name, '--range', RANGE,
                          '--points', str(POINTS)] + extra, capture_output=True, text=True, check=True).stdout
    rows = [list(map(float, line.split(','))) for line in out.splitlines()[1:]]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def compare(label, xs, ys, dys, f, kinks):
    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = f(x)
    (dy,) = torch.autograd.grad(y.sum(), x)
    value_diff = max(abs(a - b) for a, b in zip(ys, y.tolist()))
    smooth = [i for i, v in enumerate(xs) if all(abs(v - k) > 1e-9 for k in kinks)]
    slope_diff = max(abs(dys[i] - dy[i].item()) for i in smooth)
    print(f'{label:26s} max |Δf| = {value_diff:.3g}   max |Δf′| = {slope_diff:.3g}   '
          f'({len(smooth)} of {len(xs)} points away from kinks)')
    return max(value_diff, slope_diff)


worst = 0
for name, extra, f, kinks in CASES:
    xs, ys, dys = curve(name, extra)
    worst = max(worst, compare(' '.join([name] + extra), xs, ys, dys, f, kinks))

# step: PyTorch's heaviside with value 1 at 0 has no autograd; the slope printed is the straight-through estimator
xs, ys, dys = curve('step', [])
x = torch.tensor(xs, dtype=torch.float64)
step_diff = max(abs(a - b) for a, b in zip(ys, torch.heaviside(x, torch.tensor(1.0, dtype=torch.float64)).tolist()))
ste_diff = max(abs(d - (1.0 if abs(v) <= 1 else 0.0)) for v, d in zip(xs, dys))
print(f'{"step":26s} max |Δf| = {step_diff:.3g}   max |Δ(STE 1[|x| ≤ 1])| = {ste_diff:.3g}   (torch.heaviside)')
worst = max(worst, step_diff, ste_diff)
print(f'torch {torch.__version__}; worst difference {worst:.3g}')
sys.exit(0 if worst < 1e-7 else 1)
