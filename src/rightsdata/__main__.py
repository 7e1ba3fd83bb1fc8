"""``python -m rightsdata``: the ``rightsdata`` command, for an environment whose scripts
folder is not on the ``PATH``."""

from rightsdata.cli import console

if __name__ == "__main__":
    console()
