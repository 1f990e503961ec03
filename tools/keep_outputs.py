"""Copy the outputs of the notebooks the tests executed (`_proc/executed/`, written by tests/test_notebooks.py) into
the source notebooks in `nbs/`, so that GitHub and notebook viewers show the tables and plots the prose talks about.
Cells are matched by id. On the way, stderr (library warnings) is left out, progress bars keep their last
state, an exercise's unmet check keeps its one-line message, the data folder and the repository's path become
`$GMIXOUT_DATA` and `.`, and plots drawn at double resolution for high-density screens are stored at the size they
are shown (a quarter of the pixels), in 256 colours. Prints each notebook's run time (the sum of its cells'
execution times) and the size of its outputs. Run `nbdev-clean` afterwards.

    python tools/keep_outputs.py [NOTEBOOK ...]    # default: every notebook that was executed, but the index"""
import base64, io, json, os, sys
from pathlib import Path
from PIL import Image
from gmixout_fastai.docs import reader_output

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

def _shown_size(o):
    "A PNG output at the width and height its metadata shows it at (execnb draws them at twice that), in 256 colours"
    size = o.get('metadata', {}).get('image/png', {})
    png = o.get('data', {}).get('image/png')
    if not png or not size.get('width'): return o
    img = Image.open(io.BytesIO(base64.b64decode(png)))
    if img.width > size['width']: img = img.resize((size['width'], size['height']), Image.LANCZOS)
    buf = io.BytesIO(); img.quantize(256, method=Image.Quantize.FASTOCTREE).save(buf, 'PNG', optimize=True)   # 256 colours
    return {**o, 'data': {**o['data'], 'image/png': base64.b64encode(buf.getvalue()).decode() + '\n'}}

def _kept(outputs, reps):
    return [_shown_size(reader_output(_scrub(o, reps))) for o in outputs if o.get('name') != 'stderr']

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
