"""Correctness checks of every GPU path before `gpu_bench.sh` times them: each must match its oracle on this GPU.

Run by `bash tools/gpu_bench.sh`; exits non-zero, naming the failing path, so no timing of a wrong kernel is kept."""
import sys, torch
from gmixout_fastai.core import mask_indices
from gmixout_fastai.kernels import sddmm, SDDMM_KERNELS, scatter_lerp, gather_add

def oracle(go, x, idx): return (go.double().T @ x.double()).view(-1)[idx].float()

def check_sddmm():
    "Every sampled-gradient kernel against the dense product in fp64, on ViT-B's qkv and fc1 shapes at batch 8"
    worst = {}
    for T, R, C in ((8 * 197, 2304, 768), (8 * 197, 3072, 768)):
        g = torch.Generator(device='cuda').manual_seed(R)
        go, x = torch.randn(T, R, device='cuda', generator=g), torch.randn(T, C, device='cuda', generator=g)
        for block in (None, 32):
            idx = mask_indices((R, C), 0.9, 0, 0, 'w', 'entry', 'cuda', block)
            for dt, tol in ((torch.float32, 1e-3), (torch.bfloat16, 0.1)):
                ref = oracle(go.to(dt), x.to(dt), idx)
                for k in SDDMM_KERNELS:
                    err = ((sddmm(go.to(dt), x.to(dt), idx, block, kernel=k) - ref).abs().max() / ref.abs().max()).item()
                    worst[k, block, str(dt)] = err
                    if not err <= tol: sys.exit(f"sddmm kernel={k!r} block={block} {dt}: relative error {err:.2e} > {tol}")
    print('sddmm: all kernels match the fp64 product; worst relative errors:')
    for key, err in sorted(worst.items(), key=str): print(f'  {key}: {err:.1e}')

def check_scatter_gather():
    "The Triton scatter and gather kernels equal the torch ops bit for bit"
    w = torch.randn(2304, 768, device='cuda', dtype=torch.bfloat16)
    idx = mask_indices(tuple(w.shape), 0.9, 0, 0, 'w', 'entry', 'cuda')
    a, v = torch.randn(len(idx), device='cuda'), torch.randn(len(idx), device='cuda')
    out = {k: scatter_lerp(w.clone(), idx, a, v, 0.3, kernel=k) for k in ('torch', 'triton')}
    if not torch.equal(out['torch'], out['triton']): sys.exit('scatter_lerp: triton differs from torch')
    acc = {k: gather_add(w, idx, torch.zeros(len(idx), device='cuda'), 2.0, kernel=k) for k in ('torch', 'triton')}
    if not torch.equal(acc['torch'], acc['triton']): sys.exit('gather_add: triton differs from torch')
    print('scatter_lerp and gather_add: triton equals torch bit for bit')

if __name__ == '__main__':
    if not torch.cuda.is_available(): sys.exit('gpu_checks.py needs a CUDA GPU')
    print(torch.cuda.get_device_name(), 'torch', torch.__version__)
    check_sddmm(); check_scatter_gather()
