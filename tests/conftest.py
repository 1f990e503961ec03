import os
# Triton kernels read this when they are defined: set it before anything imports them, so that the
# kernel tests run on the CPU through Triton's interpreter. The library itself never needs it.
os.environ.setdefault('TRITON_INTERPRET', '1')

from pathlib import Path

# The notebooks that read real datasets or checkpoints beyond what the package registries ship, and what they read
# (names of `gmixout_fastai.sources.SOURCES`). Where one is missing the notebook is skipped, with the command that
# fetches it. Fashion-MNIST comes from Debian's `dataset-fashion-mnist` or its download.
NEEDS = {
    '05_corruptions': ['cifar10', 'fashion-mnist'],
    '06_data': ['cifar10', 'resnet20', 'resnet56', 'mnist', 'mnist-m', 'fashion-mnist'],
    '10_bench': ['cifar10', 'resnet20', 'mnist', 'mnist-m', 'fashion-mnist'],
    '13_distributed': ['cifar10', 'resnet20'],
    '20_tutorial_robust_finetuning': ['cifar10', 'resnet20'],
    '21_tutorial_levers': ['cifar10', 'resnet20'],
    '22_tutorial_posthoc': ['cifar10', 'resnet20'],
    '19_tutorial_first_finetune': ['fashion-mnist'],
    'index': ['fashion-mnist'],
}

def missing_data(nb:Path)->str:
    "Why notebook `nb` cannot run here (the data it lacks and how to fetch it), or '' when it can"
    from gmixout_fastai.sources import SOURCES, data_roots, data_status
    status = data_status()
    lacking = [n for n in NEEDS.get(nb.stem, []) if not status.loc[n, 'found_in']]
    if not lacking: return ''
    where = ' or '.join(str(r) for r in data_roots())
    return (f"{nb.name} needs {', '.join(SOURCES[n].about for n in lacking)}, not found in {where}: "
            f"fetch with `gmixout data download {' '.join(lacking)}`, or set GMIXOUT_DATA to a folder that holds them")
