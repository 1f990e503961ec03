import os
# Triton kernels read this when they are defined: set it before anything imports them, so that the
# kernel tests run on the CPU through Triton's interpreter. The library itself never needs it.
os.environ.setdefault('TRITON_INTERPRET', '1')

# The loaders read real weights and images from GMIXOUT_DATA; the checkout's sibling `shared/data` (there in CI and
# in the development sessions) is the default for the tests.
from pathlib import Path
_shared = Path(__file__).resolve().parents[2]/'shared'/'data'
if 'GMIXOUT_DATA' not in os.environ and _shared.is_dir(): os.environ['GMIXOUT_DATA'] = str(_shared)
