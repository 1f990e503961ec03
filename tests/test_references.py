"""What users read refers only to what they have: the repository and the package registries. No notebook (source or
text output), README, `pyproject.toml` or library module may point at the project's internal design note, its
`shared/` folder, its issue tracker or its development sessions."""
import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each pattern is matched case-insensitively, line by line. Ordinary English stays allowed ("a known issue",
# "parameters shared by several modules", "the design of a kernel"); only references to what users lack fail.
BANNED = [
    r'\bDESIGN\.md\b',                          # the internal design note, by file name ...
    r'\bdesign notes?\b',                       # ... or by what it is
    r'\bthe design\b(?! of\b)',                 # "what the design fixes": that same note
    r'\.\./shared\b',                           # the folder beside the checkout
    r'\bshared/',                               # a path through it: `shared/data`, `/work/shared/...`
    r'\bissues?\s*#?\d+',                       # a tracker issue by number: "issue 13", "issue #13"
    r'\b(?:the|this|that|these|those|our|its)\s+issues?\b',     # "the goals", "this issue asks"
    r'\b(?:speed|benchmark|robustness|docs|tracker|github|open|closed|linked|related|original|parent)\s+issues?\b',  # an issue by topic
    r'\bissues?\s+(?:tracker|page|thread|list)\b|/issues\b',    # the tracker itself
    r'(?<![\w.])sessions?\b(?!\()',             # development sessions: nothing in the library has a session
    r'\bCEO\b',                                 # whoever files the issues
    r'\bDEVELOPERS\.md\b',                      # the developers' notes, not shipped
]
_banned = re.compile('|'.join(f'(?:{p})' for p in BANNED), re.IGNORECASE)
_data_uri = re.compile(r'data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+')

def _output_text(o):
    "The text of a notebook output: streams, tracebacks and `text/*` data (images and other base64 data skipped)"
    yield o.get('text', ''); yield '\n'.join(o.get('traceback', []))
    yield from (v for k, v in o.get('data', {}).items() if k.startswith('text/'))

def _texts(path):
    "(place, text) pairs of `path`: a notebook's cell sources and text outputs, or the whole of any other file"
    if path.suffix != '.ipynb': yield '', path.read_text(); return
    for i, cell in enumerate(json.loads(path.read_text())['cells']):
        yield f'cell {i} line ', ''.join(cell['source'])
        for o in cell.get('outputs', []):
            yield f'cell {i} output line ', '\n'.join(''.join(t) for t in _output_text(o))

def references(path:Path)->list:
    "'file:line: match' for every banned reference in `path`"
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return [f'{name}:{place}{j}: {m.group(0)!r} in {line.strip()[:150]!r}'
            for place, text in _texts(path) for j, line in enumerate(_data_uri.sub('', text).splitlines(), 1)
            for m in _banned.finditer(line)]

def user_files():
    return [*sorted((ROOT/'nbs').glob('*.ipynb')), ROOT/'README.md', ROOT/'pyproject.toml', *sorted((ROOT/'gmixout_fastai').glob('*.py'))]

def test_no_references_to_what_users_lack():
    files = user_files()
    assert len(files) > 20, files
    hits = [h for f in files for h in references(f)]
    assert not hits, 'references to what users do not have:\n' + '\n'.join(hits)

def test_scanner_finds_planted_references(tmp_path):
    nb = {'cells': [{'cell_type': 'markdown', 'source': ['Ordinary text: a known issue.\n', 'As issue 13 asks.']},
                    {'cell_type': 'code', 'source': [], 'outputs': [{'output_type': 'stream', 'text': ['see DESIGN.md\n']}]}]}
    (tmp_path/'x.ipynb').write_text(json.dumps(nb))
    (tmp_path/'y.py').write_text('x = 1\n# the development sessions measured it\n')
    hits = references(tmp_path/'x.ipynb') + references(tmp_path/'y.py')
    assert [h.split(': ')[0].split('/')[-1] for h in hits] == ['x.ipynb:cell 0 line 2', 'x.ipynb:cell 1 output line 1', 'y.py:2'], hits
    assert "'issue 13'" in hits[0] and "'DESIGN.md'" in hits[1] and "'sessions'" in hits[2], hits
