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

# The classics (issue 12), each written from its defining formula, not from the Java form: e.g. log-sigmoid as
# log(σ(x)) through the branch that keeps it finite, hard swish through x·hard_sigmoid(x). Points include the kinks.
hsig = lambda x: min(max(x + 3, 0), 6) / 6
def log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))
classics = {
    'step': lambda x: 1.0 if x >= 0 else 0.0,
    'relu6': lambda x: float(min(max(0, x), 6)),
    'hard_sigmoid': hsig,
    'hard_tanh': lambda x: float(min(max(x, -1), 1)),
    'softsign': lambda x: x / (1 + abs(x)),
    'celu': lambda x: max(0, x) + min(0, math.expm1(x)),             # alpha = 1
    'celu(alpha=0.5)': lambda x: max(0, x) + min(0, 0.5 * math.expm1(x / 0.5)),
    'hard_swish': lambda x: x * min(max(x + 3, 0), 6) / 6,
    'log_sigmoid': log_sigmoid,
}
for name, f in classics.items():
    print(name, [(x, repr(f(x))) for x in (-20, -5, -3, -1, -1e-8, 0, 0.5, 1, 2, 3, 6, 20)])
