"""The blind set's validator: the fresh set's (../../Fresh/tools/validate.py, which its writer adapted and left unchanged
but for the file names), run on this set's files: blind.tsv, conversations.tsv and tools/filters.json.
Exit code 0 and "0 errors" when everything passes."""
import os, runpy

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault('QSET_SINGLE', 'blind')
os.environ.setdefault('QSET_OUT', os.path.dirname(HERE))
runpy.run_path(os.path.join(HERE, '..', '..', 'Fresh', 'tools', 'validate.py'), run_name='__main__')
