"""Copy the outputs of the notebooks the tests executed (`_proc/executed/`, written by tests/test_notebooks.py) into
the source notebooks in `nbs/`, so that GitHub and notebook viewers show the tables and plots the prose talks about.
Cells are matched by id; stderr (library warnings, progress bars) is left out, and the data folder and the
repository's path are replaced by `$GMIXOUT_DATA` and `.`. Prints each notebook's run time (the sum of its cells'
execution times) and the size its outputs add. Run `nbdev-clean` afterwards.

    python tools/keep_outputs.py [NOTEBOOK ...]    # default: every notebook that was executed, but the index"""
import json, os, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXECUTED = ROOT/'_proc'/'executed'

def _replacements():
    res = [(str(ROOT), '.')]
    if data := os.environ.get('GMIXOUT_DATA'): res.insert(0, (str(Path(data).resolve()), '$GMIXOUT_DATA'))
    return res

def _scrub(x, reps):
    if isinstance(x, str):
        for a, b in reps: x = x.replace(a, b)
        return x
    if isinstance(x, list): return [_scrub(v, reps) for v in x]
    if isinstance(x, dict): return {k: _scrub(v, reps) for k, v in x.items()}
    return x

def _kept(outputs, reps):
    return [_scrub(o, reps) for o in outputs if o.get('name') != 'stderr']

def keep_outputs(name:str)->tuple:
    "Copy the executed outputs of `nbs/<name>` into it; return (seconds the cells ran, bytes of outputs added)"
    src, done = ROOT/'nbs'/name, json.loads((EXECUTED/name).read_text())
    nb, reps = json.loads(src.read_text()), _replacements()
    ran = {c['id']: c for c in done['cells'] if c['cell_type'] == 'code' and 'id' in c}
    seconds, size = 0.0, 0
    for c in nb['cells']:
        if c['cell_type'] != 'code': continue
        r = ran.get(c['id'], {})
        c['outputs'] = _kept(r.get('outputs', []), reps)
        c['execution_count'] = r.get('execution_count')
        seconds += r.get('metadata', {}).get('execution', {}).get('total', 0)
        size += len(json.dumps(c['outputs']))
    src.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return seconds, size

if __name__ == '__main__':
    names = sys.argv[1:] or sorted(p.name for p in EXECUTED.glob('*.ipynb') if p.name != 'index.ipynb')
    total = 0
    for n in names:
        s, b = keep_outputs(n); total += b
        print(f'{n:45s} {s/60:5.1f} min  {b/1024:7.0f} KiB of outputs')
    print(f'{"all":45s} {"":9s}  {total/1024:7.0f} KiB')
