# Reference values for the fixed families' tests (FixedFamiliesTest): Python's math module, whose erf/erfc,
# exp, expm1, log1p and tanh are correctly rounded or within 1 ulp in double. Run: python3 reference_values.py
import math

s = lambda x: 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))
sp = lambda x: max(x, 0) + math.log1p(math.exp(-abs(x)))
Phi = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))
L, A = 1.0507009873554804934, 1.6732632423543772848
families = {
    'sigmoid': s, 'tanh': math.tanh, 'softplus': sp, 'silu': lambda x: x * s(x), 'gelu': lambda x: x * Phi(x),
    'mish': lambda x: x * math.tanh(sp(x)), 'elu': lambda x: x if x > 0 else math.expm1(x),
    'selu': lambda x: L * (x if x > 0 else A * math.expm1(x)),
}
for name, f in families.items():
    print(name, [(x, repr(f(x))) for x in (-20, -5, -1, -1e-8, 0, 0.5, 1, 2, 20)])
