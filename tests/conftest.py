import os
# Triton kernels read this when they are defined: set it before anything imports them, so that the
# kernel tests run on the CPU through Triton's interpreter. The library itself never needs it.
os.environ.setdefault('TRITON_INTERPRET', '1')
