"""Start the viewer: ``python main.py [FILE]`` opens the window, ``python main.py --check`` and
the other options run without one. See ``python main.py --help``."""
import sys
from pathlib import Path

# Run from a fresh clone without installing: the package lives in src/.
sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from viewer.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
