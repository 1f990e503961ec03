"""Write README.md from nbs/index.ipynb without Quarto: markdown cells as they are, code cells as fenced
Python, their text outputs as fenced blocks; cells marked `#| hide` are left out. `--check` exits 1 when
README.md is out of date."""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_directive = re.compile(r'^\s*#\|\s*(\S+)')

def _directives(src): return {m.group(1) for l in src.splitlines() if (m := _directive.match(l))}
def _strip_directives(src): return '\n'.join(l for l in src.splitlines() if not _directive.match(l)).strip('\n')

def _outputs(cell):
    for o in cell.get('outputs', []):
        txt = o.get('text') if o['output_type'] == 'stream' else o.get('data', {}).get('text/plain')
        if txt: yield ''.join(txt).rstrip('\n')

def _cell_md(cell):
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown': return src.strip('\n')
    if cell['cell_type'] != 'code' or 'hide' in _directives(src): return ''
    parts = [f"```python\n{_strip_directives(src)}\n```"] if 'hide_input' not in _directives(src) else []
    parts += [f"```\n{o}\n```" for o in _outputs(cell)]
    return '\n\n'.join(parts)

def readme_text(nb_path=ROOT/'nbs'/'index.ipynb'):
    "The README.md text generated from the notebook at `nb_path`"
    nb = json.loads(Path(nb_path).read_text())
    body = '\n\n'.join(md for c in nb['cells'] if (md := _cell_md(c)))
    return "<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file -->\n\n" + body + '\n'

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    txt, out = readme_text(), ROOT/'README.md'
    if '--check' in argv:
        if not out.exists() or out.read_text() != txt:
            sys.exit("README.md is out of date: run `python tools/make_readme.py`")
        return
    out.write_text(txt)

if __name__ == '__main__': main()
